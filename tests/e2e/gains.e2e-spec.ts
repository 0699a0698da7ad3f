import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';
import { parseCsv } from '../support/parse-csv';

const CREATE = `mutation($input: CreateSuccessStoryInput!) { createSuccessStory(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSuccessStory(id: $id) { id publishedAt } }`;
const DASHBOARD = `query($filter: GainsDashboardFilter) { gainsDashboard(filter: $filter) {
  storyCount gainCount adoptionCount
  byCategory { category unit sum count }
  byMunicipality { municipality { name } category unit sum count }
  byMonth { month category unit sum count }
} }`;

function ok<T = any>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('gains dashboard and CSV export', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const municipalities: Record<string, string> = {};
  const JUNE = '2026-06-01T00:00:00+02:00';

  const publishAt = async (at: string, who: string, input: Record<string, unknown>) => {
    app.clock.set(new Date(at));
    const { id } = ok(await app.gql(CREATE, { input }, tokens[who])).createSuccessStory;
    ok(await app.gql(PUBLISH, { id }, tokens[who]));
    return id;
  };

  beforeAll(async () => {
    // Months pass in this file; keep the sessions signed in meanwhile.
    app = await startTestApp({ demo: true, config: { sessionTtlHours: 24 * 365 } });
    // The demo stories lie before 2026-03-02; the stories of this file are published from June on.
    app.clock.set(new Date('2026-06-10T08:00:00Z'));
    for (const who of ['agent@drammen', 'leder@asker', 'ansatt@kongsberg', 'ansatt@lier']) {
      tokens[who] = await app.login(`${who}.idehub.test`);
    }
    for (const who of ['agent@drammen', 'leder@asker']) {
      const me = ok(await app.gql('{ me { municipality { id name } } }', {}, tokens[who])).me;
      municipalities[me.municipality.name] = me.municipality.id;
    }
    const summary = 'En historie med gevinster som vi teller opp for hånd i testen.';
    ids.a = await publishAt('2026-06-10T10:00:00Z', 'agent@drammen', {
      title: 'Dispenser, «ny» og "bedre"',
      summary: 'Første linje\nandre linje, med komma',
      lessons: '=HYPERLINK("http://example.invalid")',
      technology: ['Medisindispenser'],
      gains: [
        { category: 'RESOURCE_USE', description: 'Sparte tid på morgenrunden', value: 6, unit: 'timer per uke' },
        { category: 'RESOURCE_USE', description: 'Sparte tid på kveldsrunden', value: 2.5, unit: 'Timer per uke' },
        { category: 'RESOURCE_USE', description: 'Mindre kjøring', value: 12000, unit: 'kr per år' },
        { category: 'PATIENT_SAFETY_QUALITY', description: 'Ingen glemte doser' },
      ],
    });
    ids.b = await publishAt('2026-06-12T10:00:00Z', 'leder@asker', {
      title: 'Fallsensor i Asker',
      summary,
      technology: ['Fallsensor'],
      gains: [
        { category: 'RESOURCE_USE', description: 'Færre tilsyn', value: 4, unit: 'timer per uke' },
        { category: 'STAFF_MASTERY', description: 'Tryggere nattevakter' },
        { category: 'STAFF_MASTERY', description: 'Tryggere vikarer' },
      ],
    });
    ids.e = await publishAt('2026-06-15T10:00:00Z', 'agent@drammen', {
      title: 'Historie uten gevinster ennå',
      summary,
    });
    // 22:30 UTC on 30 June is 00:30 on 1 July in Norway: a July story.
    ids.c = await publishAt('2026-06-30T22:30:00Z', 'agent@drammen', {
      title: 'E-læring i Drammen',
      summary,
      gains: [
        { category: 'RESOURCE_USE', description: 'Kortere opplæring', value: 1.5, unit: 'timer per uke' },
        { category: 'USER_INDEPENDENCE', description: 'Brukere som klarer seg selv', value: 3, unit: 'antall' },
      ],
    });
    // A draft's gains do not count.
    ok(
      await app.gql(
        CREATE,
        {
          input: {
            title: 'Utkast med store tall',
            summary,
            gains: [{ category: 'RESOURCE_USE', description: 'Ikke publisert', value: 100, unit: 'timer per uke' }],
          },
        },
        tokens['agent@drammen'],
      ),
    );
    // Kongsberg adopts story A.
    const kongsbergUnits = ok(await app.gql('{ units { id name } }', {}, tokens['ansatt@kongsberg'])).units;
    const home = kongsbergUnits.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
    ok(
      await app.gql(
        'mutation($input: AdoptSuccessStoryInput!) { adoptSuccessStory(input: $input) { id } }',
        { input: { storyId: ids.a, unitId: home } },
        tokens['ansatt@kongsberg'],
      ),
    );
  });
  afterAll(() => app?.stop());

  it('sums gains per unit of measure (ignoring case) and counts those without a number, by category', async () => {
    const d = ok(await app.gql(DASHBOARD, { filter: { from: JUNE } }, tokens['ansatt@lier'])).gainsDashboard;
    expect(d.storyCount).toBe(4);
    expect(d.gainCount).toBe(9);
    expect(d.adoptionCount).toBe(1);
    expect(d.byCategory).toEqual([
      { category: 'PATIENT_SAFETY_QUALITY', unit: null, sum: null, count: 1 },
      { category: 'RESOURCE_USE', unit: 'kr per år', sum: 12000, count: 1 },
      { category: 'RESOURCE_USE', unit: 'timer per uke', sum: 14, count: 4 }, // 6 + 2.5 + 4 + 1.5
      { category: 'USER_INDEPENDENCE', unit: 'antall', sum: 3, count: 1 },
      { category: 'STAFF_MASTERY', unit: null, sum: null, count: 2 },
    ]);
  });

  it('breaks the totals down by municipality and by month in Norwegian time', async () => {
    const d = ok(await app.gql(DASHBOARD, { filter: { from: JUNE } }, tokens['ansatt@lier'])).gainsDashboard;
    expect(d.byMunicipality).toEqual([
      { municipality: { name: 'Asker kommune' }, category: 'RESOURCE_USE', unit: 'timer per uke', sum: 4, count: 1 },
      { municipality: { name: 'Asker kommune' }, category: 'STAFF_MASTERY', unit: null, sum: null, count: 2 },
      {
        municipality: { name: 'Drammen kommune' },
        category: 'PATIENT_SAFETY_QUALITY',
        unit: null,
        sum: null,
        count: 1,
      },
      { municipality: { name: 'Drammen kommune' }, category: 'RESOURCE_USE', unit: 'kr per år', sum: 12000, count: 1 },
      { municipality: { name: 'Drammen kommune' }, category: 'RESOURCE_USE', unit: 'timer per uke', sum: 10, count: 3 },
      { municipality: { name: 'Drammen kommune' }, category: 'USER_INDEPENDENCE', unit: 'antall', sum: 3, count: 1 },
    ]);
    expect(d.byMonth).toEqual([
      { month: '2026-06', category: 'PATIENT_SAFETY_QUALITY', unit: null, sum: null, count: 1 },
      { month: '2026-06', category: 'RESOURCE_USE', unit: 'kr per år', sum: 12000, count: 1 },
      { month: '2026-06', category: 'RESOURCE_USE', unit: 'timer per uke', sum: 12.5, count: 3 },
      { month: '2026-06', category: 'STAFF_MASTERY', unit: null, sum: null, count: 2 },
      { month: '2026-07', category: 'RESOURCE_USE', unit: 'timer per uke', sum: 1.5, count: 1 },
      { month: '2026-07', category: 'USER_INDEPENDENCE', unit: 'antall', sum: 3, count: 1 },
    ]);
  });

  it('filters by municipality and period (to is exclusive), and refuses an empty period', async () => {
    const drammen = ok(
      await app.gql(
        DASHBOARD,
        { filter: { from: JUNE, municipalityId: municipalities['Drammen kommune'] } },
        tokens['leder@asker'],
      ),
    ).gainsDashboard;
    expect(drammen.storyCount).toBe(3);
    expect(drammen.byCategory.find((r: any) => r.unit === 'timer per uke')).toEqual({
      category: 'RESOURCE_USE',
      unit: 'timer per uke',
      sum: 10,
      count: 3,
    });

    const june = ok(
      await app.gql(DASHBOARD, { filter: { from: JUNE, to: '2026-06-30T22:30:00Z' } }, tokens['leder@asker']),
    ).gainsDashboard;
    expect(june.storyCount).toBe(3);
    expect(june.byCategory.find((r: any) => r.unit === 'timer per uke').sum).toBe(12.5);

    const empty = await app.gql(DASHBOARD, { filter: { from: JUNE, to: JUNE } }, tokens['leder@asker']);
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].extensions!.fields).toEqual([{ field: 'to', message: 'must be after from' }]);
  });

  it('includes the demo stories’ gains when no period is chosen', async () => {
    const d = ok(await app.gql(DASHBOARD, {}, tokens['ansatt@lier'])).gainsDashboard;
    // Demo: 6 + 2 + 3 + 1.5 + 1 hours a week in five gains, 150 000 kr a year; this file: 14 hours in four, 12 000 kr.
    expect(d.byCategory.find((r: any) => r.category === 'RESOURCE_USE' && r.unit === 'timer per uke')).toMatchObject({
      sum: 27.5,
      count: 9,
    });
    expect(d.byCategory.find((r: any) => r.category === 'RESOURCE_USE' && r.unit === 'kr per år')).toMatchObject({
      sum: 162000,
      count: 2,
    });
    // Eight published demo stories (one more is a draft) plus four here; five demo adoptions plus one here.
    expect(d.storyCount).toBe(12);
    expect(d.adoptionCount).toBe(6);
    expect(new Set(d.byMunicipality.map((r: any) => r.municipality.name))).toEqual(
      new Set(['Asker kommune', 'Drammen kommune', 'Kongsberg kommune', 'Lier kommune']),
    );
  });

  describe('GET /api/stories.csv', () => {
    it('exports one row per gain with the story repeated, escaped for Excel, with a BOM', async () => {
      const res = await app
        .http()
        .get('/api/stories.csv')
        .query({ from: '2026-06-01' })
        .set('authorization', `Bearer ${tokens['ansatt@lier']}`)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => callback(null, Buffer.concat(chunks).toString('utf8')));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="idehub-historier-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text: string = res.body;
      expect(text.charCodeAt(0)).toBe(0xfeff);
      // The raw escaping: commas and line breaks quoted, quotes doubled, formulas kept as text.
      expect(text).toContain('"Dispenser, «ny» og ""bedre"""');
      expect(text).toContain('"Første linje\nandre linje, med komma"');
      expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);

      const rows = parseCsv(text.slice(1));
      const [header, ...data] = rows;
      expect(header).toEqual([
        'Historie-ID',
        'Tittel',
        'Kommune',
        'Publisert',
        'Teknologi',
        'Sammendrag',
        'Problem',
        'Løsning',
        'Erfaringer',
        'Opplæringstips',
        'Kontaktperson',
        'Antall adopsjoner',
        'Gevinstkategori',
        'Gevinst',
        'Verdi',
        'Enhet',
      ]);
      expect(data.every((r) => r.length === header.length)).toBe(true);
      // Newest first: C (2 gains, published 1 July in Norway), E (no gains: one row), B (3), A (4).
      expect(data.map((r) => r[0])).toEqual([ids.c, ids.c, ids.e, ids.b, ids.b, ids.b, ids.a, ids.a, ids.a, ids.a]);
      const col = (name: string) => header.indexOf(name);
      expect(data[0][col('Publisert')]).toBe('2026-07-01');
      expect(data[2].slice(col('Gevinstkategori'))).toEqual(['', '', '', '']);
      const a = data.filter((r) => r[0] === ids.a);
      expect(a.map((r) => [r[col('Gevinstkategori')], r[col('Gevinst')], r[col('Verdi')], r[col('Enhet')]])).toEqual([
        ['Ressursbruk', 'Sparte tid på morgenrunden', '6', 'timer per uke'],
        ['Ressursbruk', 'Sparte tid på kveldsrunden', '2.5', 'Timer per uke'],
        ['Ressursbruk', 'Mindre kjøring', '12000', 'kr per år'],
        ['Pasientsikkerhet og kvalitet', 'Ingen glemte doser', '', ''],
      ]);
      expect(
        a.every((r) => r[col('Tittel')] === 'Dispenser, «ny» og "bedre"' && r[col('Kommune')] === 'Drammen kommune'),
      ).toBe(true);
      expect(a[0][col('Sammendrag')]).toBe('Første linje\nandre linje, med komma');
      expect(a[0][col('Antall adopsjoner')]).toBe('1');
      expect(data.some((r) => r[col('Tittel')] === 'Utkast med store tall')).toBe(false);
    });

    it('records every export in the audit log', async () => {
      const exportsBy = (email: string) =>
        app.db.query(
          `select a.after from audit_entry a join person p on p.id = a.actor_id
            where a.action = 'stories.export' and p.email = $1`,
          [email],
        );
      expect(await exportsBy('leder@asker.idehub.test')).toEqual([]);
      const res = await app.http().get('/api/stories.csv').set('authorization', `Bearer ${tokens['leder@asker']}`);
      expect(res.status).toBe(200);
      const entries = await exportsBy('leder@asker.idehub.test');
      expect(entries).toHaveLength(1);
      expect(entries[0].after).toEqual({
        format: 'csv',
        filter: { municipalityId: null, from: null, to: null },
        stories: 12,
        rows: expect.any(Number),
      });
      // The earlier export in this file was recorded too, with its filter.
      const [earlier] = await exportsBy('ansatt@lier.idehub.test');
      expect(earlier.after).toEqual({
        format: 'csv',
        filter: { municipalityId: null, from: '2026-06-01', to: null },
        stories: 4,
        rows: 10,
      });
    });

    it('works with the session cookie of the web app', async () => {
      const login = await app
        .http()
        .post('/graphql')
        .send({ query: 'mutation { login(email: "ansatt2@lier.idehub.test", password: "idehub-demo") { token } }' });
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const res = await app.http().get('/api/stories.csv').set('cookie', cookie);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    });

    it('refuses without a session (401) and names a bad parameter (400)', async () => {
      const anonymous = await app.http().get('/api/stories.csv');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      const bad = await app
        .http()
        .get('/api/stories.csv')
        .query({ from: 'i går' })
        .set('authorization', `Bearer ${tokens['ansatt@lier']}`);
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('BAD_USER_INPUT');
      expect(bad.body.fields).toEqual([
        { field: 'from', message: 'must be a date or time (ISO 8601), e.g. 2026-01-01' },
      ]);
    });
  });
});
