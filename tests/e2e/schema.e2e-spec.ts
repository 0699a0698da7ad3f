import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printAppSchema } from '../../api/src/schema/print-schema';
import { pendingSchemaChanges } from '../../api/src/database/schema-drift';
import { hashToken, VIEWER_FOR_TOKEN } from '../../api/src/auth/auth.service';
import { startTestApp, TestApp } from '../support/test-app';

describe('schema and migrations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ listen: false });
  });
  afterAll(() => app?.stop());

  it('api/schema.gql matches the resolvers (run `npm run schema` after changing the API)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../api/schema.gql'), 'utf8');
    expect(printAppSchema(app.running.app)).toBe(committed);
  });

  it('the migrations, run on an empty database, leave nothing for the entities to change', async () => {
    const { up } = await pendingSchemaChanges(app.db);
    expect(up).toEqual([]);
  });

  it('the migrations created the expression, partial and covering indexes', async () => {
    const rows = await app.db.query(
      `select indexname from pg_indexes where tablename in ('suggestion', 'audit_entry') order by 1`,
    );
    const names = rows.map((r: { indexname: string }) => r.indexname);
    expect(names).toContain('IDX_suggestion_search');
    expect(names).toContain('IDX_suggestion_open_search');
    expect(names).toContain('IDX_suggestion_open_title_gist');
    expect(names).toContain('IDX_suggestion_metrics');
    expect(names).toContain('IDX_audit_entry_sweep_events');
  });

  it('prepares the session statement on either database, and other statements only on the embedded one', async () => {
    const other = 'select $1::int + 1 as n';
    const runner = app.db.createQueryRunner();
    try {
      await runner.query(VIEWER_FOR_TOKEN, [hashToken('no such token'), new Date()]);
      await runner.query(other, [1]);
      const prepared = (await runner.query('select statement from pg_prepared_statements')).map(
        (r: { statement: string }) => r.statement,
      );
      expect(prepared).toContain(VIEWER_FOR_TOKEN);
      // PostgreSQL plans each statement afresh by default (a generic plan could suit one municipality badly);
      // PGlite plans in WebAssembly, where preparing every statement was worth it (preparing-client.ts).
      if (app.database.url) expect(prepared).not.toContain(other);
      else expect(prepared).toContain(other);
    } finally {
      await runner.release();
    }
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { production: true } });
  });
  afterAll(() => app?.stop());

  it('turns off introspection and GraphiQL, and never shows stack traces', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await app.http().get('/graphql').set('accept', 'text/html');
    expect(page.text ?? '').not.toMatch(/graphiql/i);
    const bad = await app.gql('{ me { id } }');
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('development mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it('allows introspection and serves GraphiQL', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.data.__schema.queryType.name).toBe('Query');
    const page = await app.http().get('/graphql').set('accept', 'text/html');
    expect(page.text).toMatch(/graphiql/i);
  });
});
