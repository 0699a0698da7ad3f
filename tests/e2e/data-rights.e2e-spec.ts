import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv as parse } from '../support/parse-csv';
import { SendNotificationEmailTask } from '../../api/src/jobs/send-notification-email.task';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id } }';
const RESPOND = 'mutation($i: RespondToSuggestionInput!) { respondToSuggestion(input: $i) { id } }';
const ANONYMISE = 'mutation($id: ID!) { anonymisePerson(id: $id) { id name email } }';
const DESCRIPTION = 'En beskrivelse som er lang nok til å bli godtatt av skjemaet.';
const MESSAGE = 'Takk for forslaget, vi tar det opp på neste ledermøte.';

describe('personal data rights: my data, anonymisation, suggestions export', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  const unit: Record<string, string> = {};
  const person: Record<string, string> = {};
  const s: Record<string, string> = {};

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql(query, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  const submit = async (token: string, unitId: string, title: string, extra: Record<string, unknown> = {}) =>
    (await ok(SUBMIT, { i: { title, description: DESCRIPTION, unitId, ...extra } }, token)).submitSuggestion
      .id as string;
  const auditCount = async (action: string) =>
    (await app.db.query(`select count(*)::int as n from audit_entry where action = $1`, [action]))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.k_admin = await app.login('admin@kongsberg.idehub.test');
    for (const u of (await ok('{ units { id name } }', {}, t.admin)).units) unit[u.name] = u.id;
    for (const p of (await ok('{ people { id email } }', {}, t.admin)).people) person[p.email.split('@')[0]] = p.id;
    const sibling = Object.keys(unit).find((n) => n !== 'Hjemmetjenesten' && n !== 'Helse og omsorg')!;
    unit.sibling = unit[sibling];

    s.plain = await submit(t.ansatt, unit.Hjemmetjenesten, '=HYPERLINK("http://evil.example","Klikk")');
    s.confidential = await submit(t.ansatt, unit.Hjemmetjenesten, 'Konfidensielt om vaktplan', { confidential: true });
    s.hidden = await submit(t.ansatt2, unit.Hjemmetjenesten, 'Skjult navn om dørlås', { hideName: true });
    s.siblingConfidential = await submit(t.ansatt, unit.sibling, 'Konfidensielt i nabo-enheten', {
      confidential: true,
    });
    s.top = await submit(t.ansatt2, unit['Helse og omsorg'], 'Forslag til hele helse og omsorg');
    // The leader answers and comments: their name now sits in notification payloads with e-mails queued.
    await ok(RESPOND, { i: { suggestionId: s.plain, message: MESSAGE, status: 'UNDER_REVIEW' } }, t.leder);
    await ok(
      'mutation($s: ID!, $b: String!) { addComment(suggestionId: $s, body: $b) { id } }',
      { s: s.plain, b: 'Jeg tar dette med meg til vaktmøtet.' },
      t.leder,
    );
    await ok('mutation($id: ID!) { supportSuggestion(id: $id) { id } }', { id: s.top }, t.ansatt);
    await ok('mutation($id: ID!) { followSuggestion(id: $id) { id } }', { id: s.top }, t.ansatt);
  }, 60_000);
  afterAll(() => app?.stop());

  describe('GET /api/me/export', () => {
    it('gives everything stored about me as a JSON download, and nothing about others', async () => {
      const before = await auditCount('person.export');
      const res = await app.http().get('/api/me/export').set('authorization', `Bearer ${t.ansatt}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        /attachment; filename="idehub-mine-data-\d{4}-\d\d-\d\d\.json"/,
      );
      const data = JSON.parse(res.text);
      expect(data.person).toMatchObject({
        id: person.ansatt,
        name: 'Kari Nordmann',
        email: 'ansatt@drammen.idehub.test',
      });
      expect(data.memberships).toEqual([expect.objectContaining({ role: 'STAFF', unitName: 'Hjemmetjenesten' })]);
      expect(data.suggestions.map((x: { id: string }) => x.id)).toEqual(
        expect.arrayContaining([s.plain, s.confidential, s.siblingConfidential]),
      );
      expect(data.supports).toEqual(expect.arrayContaining([expect.objectContaining({ suggestionId: s.top })]));
      expect(data.follows.map((f: { suggestionId: string }) => f.suggestionId)).toContain(s.top);
      expect(data.notifications.length).toBeGreaterThan(0);
      for (const key of ['responses', 'comments', 'ratings', 'identities', 'auditEntriesAboutMe', 'sessions'])
        expect(Array.isArray(data[key])).toBe(true);
      expect(res.text).not.toContain('password');
      expect(res.text).not.toContain('ansatt2@drammen.idehub.test');
      expect(await auditCount('person.export')).toBe(before + 1);

      const leader = JSON.parse(
        (await app.http().get('/api/me/export').set('authorization', `Bearer ${t.leder}`)).text,
      );
      expect(leader.responses).toEqual(
        expect.arrayContaining([expect.objectContaining({ suggestionId: s.plain, message: MESSAGE })]),
      );
      expect(leader.comments).toEqual(
        expect.arrayContaining([expect.objectContaining({ body: 'Jeg tar dette med meg til vaktmøtet.' })]),
      );
    });

    it('needs a session, and refuses a cross-site request carrying only the cookie, writing nothing', async () => {
      expect((await app.http().get('/api/me/export')).status).toBe(401);
      const before = await auditCount('person.export');
      const cookie = `idehub_session=${t.ansatt}`;
      const crossSite = await app
        .http()
        .get('/api/me/export')
        .set('cookie', cookie)
        .set('sec-fetch-site', 'cross-site');
      expect(crossSite.status).toBe(403);
      expect((await app.http().get('/api/me/export').set('cookie', cookie)).status).toBe(403);
      expect(await auditCount('person.export')).toBe(before);
      const sameOrigin = await app
        .http()
        .get('/api/me/export')
        .set('cookie', cookie)
        .set('sec-fetch-site', 'same-origin');
      expect(sameOrigin.status).toBe(200);
    });
  });

  describe('GET /api/suggestions.csv', () => {
    const csv = async (token: string) => {
      const res = await app.http().get('/api/suggestions.csv').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
      const rows: string[][] = parse(res.text.slice(1));
      const [header, ...body] = rows;
      return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };
    const apiNames = async (token: string, ids: string[]) => {
      const names: Record<string, string> = {};
      for (const id of ids)
        names[id] = (
          await ok('query($id: ID!) { suggestion(id: $id) { submitterName } }', { id }, token)
        ).suggestion.submitterName;
      return names;
    };

    it('gives leaders their units and below, with names exactly as the API shows them', async () => {
      const rows = await csv(t.leder);
      const ids = rows.map((r) => r['Forslag-ID']);
      expect(ids).toEqual(expect.arrayContaining([s.plain, s.confidential, s.hidden]));
      expect(ids).not.toContain(s.siblingConfidential);
      expect(ids).not.toContain(s.top);
      const names = await apiNames(t.leder, ids);
      for (const r of rows) expect(r.Innsender).toBe(names[r['Forslag-ID']]);
      expect(rows.find((r) => r['Forslag-ID'] === s.confidential)).toMatchObject({ Konfidensielt: 'Ja' });
      // Formula cells are neutralised.
      expect(rows.find((r) => r['Forslag-ID'] === s.plain)!.Tittel).toBe('\'=HYPERLINK("http://evil.example","Klikk")');
    });

    it('gives admins the whole municipality and refuses staff and digital agents', async () => {
      const ids = (await csv(t.admin)).map((r) => r['Forslag-ID']);
      expect(ids).toEqual(expect.arrayContaining(Object.values(s)));
      const kongsberg = (await csv(t.k_admin)).map((r) => r['Forslag-ID']);
      for (const id of Object.values(s)) expect(kongsberg).not.toContain(id);
      for (const who of ['ansatt', 'agent']) {
        const res = await app.http().get('/api/suggestions.csv').set('authorization', `Bearer ${t[who]}`);
        expect(res.status).toBe(403);
      }
    });

    it('gives the leader of a parent unit the units below too, names as the API shows them to that leader', async () => {
      const rows = await csv(t.kommunalsjef);
      const names = await apiNames(t.kommunalsjef, [s.hidden]);
      expect(rows.find((r) => r['Forslag-ID'] === s.hidden)!.Innsender).toBe(names[s.hidden]);
      expect(rows.map((r) => r['Forslag-ID'])).toEqual(expect.arrayContaining([s.top, s.siblingConfidential]));
    });

    it('is audited, and a cross-site GET with the cookie is refused without an audit entry', async () => {
      const before = await auditCount('suggestions.export');
      await csv(t.admin);
      expect(await auditCount('suggestions.export')).toBe(before + 1);
      const res = await app
        .http()
        .get('/api/suggestions.csv')
        .set('cookie', `idehub_session=${t.admin}`)
        .set('sec-fetch-site', 'cross-site');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await auditCount('suggestions.export')).toBe(before + 1);
    });
  });

  describe('anonymisePerson', () => {
    it('is for admins of the same municipality only, and never the last active admin', async () => {
      for (const who of ['ansatt', 'leder', 'kommunalsjef', 'agent'])
        expect(codeOf(await app.gql(ANONYMISE, { id: person.ansatt2 }, t[who]))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(ANONYMISE, { id: person.ansatt2 }, t.k_admin))).toBe('NOT_FOUND');
      const last = await app.gql(ANONYMISE, { id: person.admin }, t.admin);
      expect(codeOf(last)).toBe('BAD_USER_INPUT');
      expect((await app.db.query(`select name from person where id = $1`, [person.admin]))[0].name).toBe('Anders Moe');
    });

    it('removes the name everywhere — person, payloads, queued e-mails, audit — and ends sessions; the records stay', async () => {
      const leaderName = 'Ingrid Berg';
      const leaderEmail = 'leder@drammen.idehub.test';
      const queued: { id: string }[] = await app.db.query(
        `select n.id from notification n where n.payload::text like $1
           and not exists (select 1 from email_delivery d where d.notification_id = n.id)`,
        [`%${leaderName}%`],
      );
      expect(queued.length).toBeGreaterThan(0);
      expect((await app.gql('{ me { id } }', {}, t.leder)).data.me.id).toBe(person.leder);

      const res = (await ok(ANONYMISE, { id: person.leder }, t.admin)).anonymisePerson;
      expect(res).toEqual({ id: person.leder, name: 'Tidligere ansatt', email: null });

      expect(codeOf(await app.gql('{ me { id } }', {}, t.leder))).toBe('UNAUTHENTICATED');
      const [row] = await app.db.query(
        `select name, email, password_hash, deactivated_at, anonymised_at from person where id = $1`,
        [person.leder],
      );
      expect(row).toMatchObject({ name: 'Tidligere ansatt', email: null, password_hash: null });
      expect(row.deactivated_at).not.toBeNull();
      expect(row.anonymised_at).not.toBeNull();

      // No stored text anywhere names them any more.
      for (const table of ['notification', 'audit_entry', 'email_delivery', 'session', 'person', 'login_failure']) {
        const [hit] = await app.db.query(
          `select count(*)::int as n from ${table} x where strpos(lower(to_jsonb(x)::text), lower($1)) > 0 or strpos(lower(to_jsonb(x)::text), $2) > 0`,
          [leaderName, leaderEmail],
        );
        expect(hit.n, table).toBe(0);
      }
      await expect(app.login(leaderEmail)).rejects.toThrow();
      // The records stay, shown with the new name.
      const shown = await ok(
        'query($id: ID!) { suggestion(id: $id) { status responses { message author { name } } } }',
        { id: s.plain },
        t.ansatt,
      );
      expect(shown.suggestion.status).toBe('UNDER_REVIEW');
      expect(shown.suggestion.responses).toEqual([{ message: MESSAGE, author: { name: 'Tidligere ansatt' } }]);
      const notes = await ok('{ notifications(first: 20) { edges { node { kind actorName } } } }', {}, t.ansatt);
      const actors = notes.notifications.edges.map((e: { node: { actorName: string | null } }) => e.node.actorName);
      expect(actors).toContain('Tidligere ansatt');
      expect(actors).not.toContain(leaderName);

      // The e-mails that were queued go out without the name.
      const task = app.running.app.get(SendNotificationEmailTask);
      for (const { id } of queued) {
        expect(await task.run(id)).toBe('SENT');
        const mail = fs.readFileSync(path.join(app.config.mailDir, `${id}@idehub.eml`), 'utf8');
        expect(mail).not.toContain('Ingrid');
        expect(mail).toContain('Tidligere ansatt');
      }
      // E-mails queued for the anonymised person themself are never sent (no address).
      const own: { id: string }[] = await app.db.query(`select id from notification where person_id = $1`, [
        person.leder,
      ]);
      for (const { id } of own) expect(await task.run(id)).toBe('ALREADY_DELIVERED');

      const [entry] = await app.db.query(`select actor_id, after from audit_entry where action = 'person.anonymise'`);
      expect(entry.actor_id).toBe(person.admin);
      expect(entry.after).toMatchObject({ anonymised: true });
      // Cannot come back.
      expect(
        codeOf(await app.gql('mutation($id: ID!) { reactivatePerson(id: $id) { id } }', { id: person.leder }, t.admin)),
      ).toBe('BAD_USER_INPUT');
    });
  });
});
