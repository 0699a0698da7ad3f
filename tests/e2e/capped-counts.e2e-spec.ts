import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP } from '../../api/src/common/pagination';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Long lists count no further than COUNT_CAP (a thousand): the suggestion list and the audit log say
 * «over 1 000» (totalCount 1000, totalCountIsExact false) instead of counting every row on each page,
 * and keep paging through all of them; short lists and narrow filters stay exact.
 */
const LIST = `query($first: Int, $after: String, $filter: SuggestionFilter) {
  suggestions(first: $first, after: $after, filter: $filter) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const AUDIT = `query($first: Int, $after: String, $entityId: ID) {
  auditLog(first: $first, after: $after, entityId: $entityId) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { node { id entityId } } } }`;

describe('capped totals on long lists', () => {
  let app: TestApp;
  let admin: string;
  let staff: string;
  let exactBefore: number;
  let oneId: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    admin = await app.login('admin@drammen.idehub.test');
    staff = await app.login('ansatt@drammen.idehub.test');
    exactBefore = (await app.gql(LIST, { first: 1 }, admin)).data.suggestions.totalCount;
    // 1 050 more suggestions in Drammen (open, not confidential) and 1 050 audit entries about one of them.
    await app.db.query(
      `with m as (select id from municipality where slug = 'drammen'),
            u as (select id from unit where municipality_id = (select id from m) and name = 'Hjemmetjenesten'),
            p as (select id from person where email = 'ansatt2@drammen.idehub.test')
       insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at, version)
       select (select id from m), (select id from u), (select id from p), 'Mengdeforslag ' || g,
              'Beskrivelse av mengdeforslag ' || g, 'SUBMITTED', now() - g * interval '1 minute', 1
         from generate_series(1, 1050) g`,
    );
    [{ id: oneId }] = await app.db.query(`select id from suggestion where title = 'Mengdeforslag 1'`);
    await app.db.query(
      `insert into audit_entry (municipality_id, actor_id, action, entity_type, entity_id, before, after, at)
       select s.municipality_id, null, 'suggestion.deadline_missed', 'suggestion', s.id, null, null,
              now() - g * interval '1 second'
         from suggestion s cross join generate_series(1, 1050) g where s.id = $1`,
      [oneId],
    );
  });
  afterAll(() => app?.stop());

  it('the suggestion list says «over 1 000» and still pages to the end', async () => {
    const first = (await app.gql(LIST, { first: 100 }, staff)).data.suggestions;
    expect(first).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false });
    let seen = first.edges.length;
    let page = first;
    while (page.pageInfo.hasNextPage) {
      page = (await app.gql(LIST, { first: 100, after: page.pageInfo.endCursor }, staff)).data.suggestions;
      expect(page).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false });
      seen += page.edges.length;
    }
    // Staff see every one of them (none confidential) plus the demo data they may see.
    expect(seen).toBeGreaterThanOrEqual(1050 + 1);
    const all = (await app.gql(LIST, { first: 1 }, admin)).data.suggestions;
    expect(all).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false });
    expect(exactBefore).toBeLessThan(COUNT_CAP);
  });

  it('a filter under a thousand is counted exactly', async () => {
    const res = await app.gql(LIST, { first: 5, filter: { search: 'mengdeforslag 7' } }, staff);
    expect(res.errors).toBeUndefined();
    const narrow = await app.db.query(
      `select count(*)::int as n from suggestion
        where to_tsvector('norwegian', title || ' ' || description) @@ websearch_to_tsquery('norwegian', 'mengdeforslag 7')`,
    );
    expect(res.data.suggestions).toMatchObject({ totalCount: narrow[0].n, totalCountIsExact: true });
    const mine = (await app.gql(LIST, { first: 5, filter: { mine: true } }, staff)).data.suggestions;
    expect(mine.totalCountIsExact).toBe(true);
    expect(mine.totalCount).toBeLessThan(COUNT_CAP);
  });

  it('a search pages through every match in list order, whether its matches are counted exactly or capped', async () => {
    // 30 suggestions with a rarer word, spread in time among the 1 050.
    await app.db.query(
      `insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at, version)
       select s.municipality_id, s.unit_id, s.submitter_id, 'Nattevaktsjekkliste ' || g, 'Sjekkliste for nattevakt',
              'SUBMITTED', now() - (g * 35) * interval '1 minute' - interval '30 seconds', 1
         from suggestion s cross join generate_series(1, 30) g where s.id = $1`,
      [oneId],
    );
    const pageAll = async (search: string, size: number) => {
      const ids: string[] = [];
      let after: string | undefined;
      let first: { totalCount: number; totalCountIsExact: boolean } | undefined;
      for (;;) {
        const res = await app.gql(LIST, { first: size, after, filter: { search } }, staff);
        expect(res.errors).toBeUndefined();
        const page = res.data.suggestions;
        first ??= page;
        ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.pageInfo.hasNextPage) return { ids, ...first! };
        after = page.pageInfo.endCursor;
      }
    };
    const expected = async (where: string) =>
      (
        await app.db.query(
          `select id from suggestion where confidential = false and ${where} order by submitted_at desc, id desc`,
        )
      ).map((r: { id: string }) => r.id);

    const rare = await pageAll('nattevaktsjekkliste', 7);
    expect(rare).toMatchObject({ totalCount: 30, totalCountIsExact: true });
    expect(rare.ids).toEqual(await expected(`title like 'Nattevaktsjekkliste %'`));
    const common = await pageAll('mengdeforslag', 100);
    expect(common).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false });
    expect(common.ids).toEqual(await expected(`title like 'Mengdeforslag %'`));
  });

  it('the audit log says «over 1 000», pages by cursor, and counts one entity exactly when it can', async () => {
    const first = (await app.gql(AUDIT, { first: 100 }, admin)).data.auditLog;
    expect(first).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false, pageInfo: { hasNextPage: true } });
    const second = (await app.gql(AUDIT, { first: 100, after: first.pageInfo.endCursor }, admin)).data.auditLog;
    const ids = new Set([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id));
    expect(ids.size).toBe(200);
    const one = (await app.gql(AUDIT, { first: 5, entityId: oneId }, admin)).data.auditLog;
    expect(one).toMatchObject({ totalCount: COUNT_CAP, totalCountIsExact: false });
    const [{ id: otherId }] = await app.db.query(`select id from suggestion where title = 'Mengdeforslag 2'`);
    await app.db.query(
      `insert into audit_entry (municipality_id, actor_id, action, entity_type, entity_id, before, after, at)
       select s.municipality_id, null, 'suggestion.deadline_missed', 'suggestion', s.id, null, null,
              now() - g * interval '1 second'
         from suggestion s cross join generate_series(1, 3) g where s.id = $1`,
      [otherId],
    );
    const small = (await app.gql(AUDIT, { first: 5, entityId: otherId }, admin)).data.auditLog;
    expect(small).toMatchObject({ totalCount: 3, totalCountIsExact: true });
  });

  it('other connections are always exact', async () => {
    const res = await app.gql('{ notifications(first: 1) { totalCount totalCountIsExact } }', {}, staff);
    expect(res.errors).toBeUndefined();
    expect(res.data.notifications.totalCountIsExact).toBe(true);
  });
});
