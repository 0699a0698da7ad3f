import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config/app-config';
import { startIdehub, RunningIdehub } from '../../api/src/bootstrap';
import { startTestApp } from '../support/test-app';

/** These run on the embedded database whatever TEST_DATABASE_URL says: they test the embedded mode itself. */
describe('embedded database (PGlite)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-data-'));
  const config = loadConfig(
    {},
    {
      databaseUrl: undefined,
      dataDir: path.join(dataDir, 'data'),
      port: 0,
      demoData: true,
      runWorker: false,
      runSweep: false,
      mailDir: path.join(dataDir, 'mail'),
    },
  );
  const logger = pino({ level: 'silent' });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function gql(running: RunningIdehub, query: string, variables?: object, token?: string) {
    const req = request(running.app.getHttpServer()).post('/graphql');
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body;
  }
  const login = async (running: RunningIdehub) =>
    (await gql(running, 'mutation { login(email: "ansatt@lier.idehub.test", password: "idehub-demo") { token } }')).data
      .login.token;

  it('keeps data across a restart, seeds demo data only once, and refuses a second process on the folder', async () => {
    const first = await startIdehub(config, { logger });
    const token = await login(first);
    const units = (await gql(first, '{ units { id name } }', {}, token)).data.units;
    const created = await gql(
      first,
      'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id } }',
      {
        i: {
          title: 'Overlever en omstart',
          description: 'Dette forslaget skal finnes etter omstart.',
          unitId: units[0].id,
        },
      },
      token,
    );
    const id = created.data.submitSuggestion.id;
    const countBefore = (await gql(first, '{ suggestions { totalCount } }', {}, token)).data.suggestions.totalCount;

    // The folder is locked while in use: a second start is refused with a clear message.
    await expect(startIdehub(config, { logger })).rejects.toThrow(/in use by process/);
    await first.stop();

    const second = await startIdehub(config, { logger });
    try {
      const token2 = await login(second);
      const again = await gql(second, 'query($id: ID!) { suggestion(id: $id) { title } }', { id }, token2);
      expect(again.data.suggestion.title).toBe('Overlever en omstart');
      const countAfter = (await gql(second, '{ suggestions { totalCount } }', {}, token2)).data.suggestions.totalCount;
      expect(countAfter).toBe(countBefore); // demo data was not seeded twice
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('serialises concurrent transactions on the one PGlite session: every write lands, none interleave', async () => {
    const app = await startTestApp({
      demo: true,
      database: { url: undefined, kind: 'pglite', drop: async () => undefined },
    });
    try {
      const staff = await app.login('ansatt@drammen.idehub.test');
      const leader = await app.login('leder@drammen.idehub.test');
      const units = (await app.gql('{ units { id name } }', {}, staff)).data.units;
      const unitId = units.find((u: any) => u.name === 'Hjemmetjenesten').id;
      const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id title } }';
      const submitted = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          app.gql(
            SUBMIT,
            { i: { title: `Samtidig forslag ${i}`, description: `Beskrivelse nummer ${i} av tretti.`, unitId } },
            staff,
          ),
        ),
      );
      expect(submitted.every((r) => !r.errors)).toBe(true);
      // Each answer got its own row back (no mixed-up results between connections).
      expect(submitted.map((r) => r.data.submitSuggestion.title).sort()).toEqual(
        Array.from({ length: 30 }, (_, i) => `Samtidig forslag ${i}`).sort(),
      );
      // Reads and transactional writes at once.
      const mixed = await Promise.all(
        submitted.flatMap((r) => [
          app.gql(
            'mutation($i: RespondToSuggestionInput!) { respondToSuggestion(input: $i) { id status } }',
            {
              i: {
                suggestionId: r.data.submitSuggestion.id,
                message: 'Takk, vi ser på det i neste møte.',
                status: 'UNDER_REVIEW',
              },
            },
            leader,
          ),
          app.gql('query($id: ID!) { suggestion(id: $id) { id } }', { id: r.data.submitSuggestion.id }, staff),
        ]),
      );
      expect(mixed.filter((r) => r.errors)).toEqual([]);
      mixed.forEach((r, i) => {
        const expectedId = submitted[Math.floor(i / 2)].data.submitSuggestion.id;
        expect((r.data.respondToSuggestion ?? r.data.suggestion).id).toBe(expectedId);
      });
      const rows = await app.db.query(
        `select count(*)::int as n from response r join suggestion s on s.id = r.suggestion_id where s.title like 'Samtidig forslag %'`,
      );
      expect(rows[0].n).toBe(30);
    } finally {
      await app.stop();
    }
  }, 120_000);
});
