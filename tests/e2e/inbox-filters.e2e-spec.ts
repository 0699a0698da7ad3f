import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

/**
 * The leader's inbox filters run on the server (issue 11, «The leader's day»): a department with
 * far more than one page of open suggestions can still find the overdue, confidential or assigned
 * ones and those of one unit, page by page, with the same visibility rules as everywhere else.
 */
const ITEM = 'id title overdue responseDueAt confidential owner { id } unit { id name }';
const INBOX = `query($filter: InboxFilter, $first: Int, $after: String) {
  inbox(filter: $filter, first: $first, after: $after) {
    open overdue dueSoon unanswered totalCount pageInfo { hasNextPage endCursor }
    units { id name parentId } suggestions { ${ITEM} } assignedToMe { id title }
  } }`;

interface Item {
  id: string;
  title: string;
  overdue: boolean;
  responseDueAt: string | null;
  confidential: boolean;
  owner: { id: string } | null;
  unit: { id: string; name: string };
}

const D = (local: string) => `${local}@drammen.idehub.test`;
const NOW = new Date('2026-03-02T08:00:00Z');
const DAY = 86_400_000;
const PREFIX = 'Innboksfilter ';

describe('the inbox filters on the server', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  const unit: Record<string, string> = {};
  let ingridId = '';

  function ok<T = any>(result: GraphQLResult<T>): T {
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  /** Every page of the filtered inbox, following endCursor; checks totalCount against what came. */
  async function all(token: string, filter?: Record<string, unknown>, first = 40) {
    const items: Item[] = [];
    let after: string | null = null;
    let inbox: any;
    for (let pages = 0; pages < 20; pages++) {
      inbox = ok(await app.gql(INBOX, { filter, first, after }, token)).inbox;
      items.push(...inbox.suggestions);
      if (!inbox.pageInfo.hasNextPage) break;
      after = inbox.pageInfo.endCursor;
    }
    expect(inbox.pageInfo.hasNextPage).toBe(false);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items).toHaveLength(inbox.totalCount);
    return {
      items,
      inbox,
      mine: items.filter((i) => i.title.startsWith(PREFIX)).map((i) => i.title.slice(PREFIX.length)),
    };
  }

  const names = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const units: { id: string; name: string }[] = await app.db.query(
      `select u.id, u.name from unit u join municipality m on m.id = u.municipality_id where m.slug = 'drammen'`,
    );
    for (const u of units) unit[u.name] = u.id;
    const [ingrid] = await app.db.query(`select id from person where email = $1`, [D('leder')]);
    ingridId = ingrid.id;
    // Ola Hansen (staff of Hjemmetjenesten) also leads Fjell sykehjem, a sibling of Hjemmetjenesten.
    await app.db.query(
      `insert into membership (person_id, unit_id, role) select id, $2, 'LEADER' from person where email = $1`,
      [D('ansatt2'), unit['Fjell sykehjem']],
    );
    // 140 suggestions by Kari: most of them due in 8–13 days, so that those that matter to each
    // filter lie beyond the first 100 in the inbox's order (except the overdue ones, always first).
    await app.db.query(
      `with m as (select id from municipality where slug = 'drammen'),
            kari as (select id from person where email = $1)
       insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, confidential,
              owner_id, submitted_at, response_due_at, closed_at, version)
       select (select id from m),
              case when g between 121 and 125 then $3::uuid when g >= 139 then $4::uuid else $2::uuid end,
              (select id from kari), $6 || g, 'Beskrivelse av forslag ' || g,
              (case when g = 138 then 'IMPLEMENTED' when g % 2 = 0 then 'UNDER_REVIEW' else 'SUBMITTED' end)::suggestion_status,
              g = 121 or g between 126 and 128,
              case when g between 129 and 131 then $5::uuid end,
              $7::timestamptz - interval '20 days' + g * interval '1 minute',
              case
                when g = 138 then null
                when g between 132 and 134 then $7::timestamptz - g * interval '1 minute'
                when g between 135 and 137 then $7::timestamptz + interval '3 days' + g * interval '1 minute'
                when g between 121 and 131 then $7::timestamptz + interval '30 days' + g * interval '1 hour'
                when g >= 139 then $7::timestamptz + interval '60 days'
                else $7::timestamptz + interval '8 days' + g * interval '1 hour' end,
              case when g = 138 then $7::timestamptz end, 1
         from generate_series(1, 140) g`,
      [
        D('ansatt'),
        unit['Hjemmetjenesten'],
        unit['Fjell sykehjem'],
        unit['Helsehuset Drammen'],
        ingridId,
        PREFIX,
        NOW.toISOString(),
      ],
    );
    for (const who of ['leder', 'kommunalsjef', 'admin', 'ansatt', 'ansatt2', 'agent'])
      t[who] = await app.login(D(who));
    t.askerLeader = await app.login('leder@asker.idehub.test');
  }, 120_000);

  afterAll(() => app?.stop());

  it('pages through the whole inbox with «after»: each open suggestion once, in order; the counts are the whole inbox', async () => {
    const { items, inbox, mine } = await all(t.kommunalsjef, undefined, 30);
    expect(inbox.open).toBe(items.length);
    expect(items.length).toBeGreaterThan(100);
    expect(mine.sort((a, b) => +a - +b)).toEqual([...names(1, 137), '139', '140']);
    const due = items.map((i) => (i.responseDueAt ? Date.parse(i.responseDueAt) : Infinity));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(inbox.units.map((u: { name: string }) => u.name)).toEqual([
      'Helse og omsorg',
      'Fjell sykehjem',
      'Helsehuset Drammen',
      'Hjemmetjenesten',
    ]);
  });

  it('unit: that unit and the units below it, beyond the first 100, with the whole inbox’s counts', async () => {
    const whole = ok(await app.gql(INBOX, {}, t.kommunalsjef)).inbox;
    const fjell = await all(t.kommunalsjef, { unitId: unit['Fjell sykehjem'] });
    expect(fjell.items.every((i) => i.unit.name === 'Fjell sykehjem')).toBe(true);
    expect(fjell.mine.sort()).toEqual(names(121, 125));
    for (const key of ['open', 'overdue', 'dueSoon', 'unanswered']) expect(fjell.inbox[key]).toBe(whole[key]);
    expect(fjell.inbox.totalCount).toBeLessThan(whole.open);

    const top = await all(t.kommunalsjef, { unitId: unit['Helse og omsorg'] });
    expect(top.inbox.totalCount).toBe(whole.open);
  });

  it('overdue: only those past their deadline; as many as the overdue count', async () => {
    const { items, inbox, mine } = await all(t.kommunalsjef, { overdue: true });
    expect(items.every((i) => i.overdue)).toBe(true);
    expect(mine.sort()).toEqual(names(132, 134));
    expect(inbox.totalCount).toBe(inbox.overdue);
  });

  it('dueWithinDays 7: not overdue and due within the week; as many as the dueSoon count', async () => {
    const { items, inbox, mine } = await all(t.kommunalsjef, { dueWithinDays: 7 });
    expect(items.every((i) => !i.overdue && Date.parse(i.responseDueAt!) <= NOW.getTime() + 7 * DAY)).toBe(true);
    expect(mine.sort()).toEqual(names(135, 137));
    expect(inbox.totalCount).toBe(inbox.dueSoon);
    // Overdue and due within the week: none is both.
    expect((await all(t.kommunalsjef, { dueWithinDays: 7, overdue: true })).items).toEqual([]);
  });

  it('assignedToMe: only those I owe the answer for; «Tildelt meg» stays whole whatever the filter', async () => {
    const { items, mine } = await all(t.leder, { assignedToMe: true });
    expect(items.every((i) => i.owner?.id === ingridId)).toBe(true);
    expect(mine.sort()).toEqual(names(129, 131));
    const overdueOnly = ok(await app.gql(INBOX, { filter: { overdue: true } }, t.leder)).inbox;
    expect(overdueOnly.assignedToMe.map((s: { title: string }) => s.title)).toEqual(
      expect.arrayContaining(names(129, 131).map((n) => PREFIX + n)),
    );
    // Per owes none of these himself.
    expect((await all(t.kommunalsjef, { assignedToMe: true })).mine).toEqual([]);
  });

  it('confidential: the confidential ones of my units, and filters combine', async () => {
    const { items, mine } = await all(t.kommunalsjef, { confidential: true });
    expect(items.every((i) => i.confidential)).toBe(true);
    expect(mine.sort()).toEqual(['121', '126', '127', '128']);
    const fjell = await all(t.kommunalsjef, { confidential: true, unitId: unit['Fjell sykehjem'] });
    expect(fjell.mine).toEqual(['121']);
  });

  it('the leader of a sibling unit sees none of Hjemmetjenesten’s, confidential or not, and may not ask for them', async () => {
    const ola = await all(t.ansatt2);
    expect(ola.inbox.units.map((u: { name: string }) => u.name)).toEqual(['Fjell sykehjem']);
    expect(new Set(ola.items.map((i) => i.unit.name))).toEqual(new Set(['Fjell sykehjem']));
    expect(ola.mine.sort()).toEqual(names(121, 125));
    expect((await all(t.ansatt2, { confidential: true })).mine).toEqual(['121']);
    const refused = await app.gql(INBOX, { filter: { unitId: unit['Hjemmetjenesten'] } }, t.ansatt2);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual([
      { field: 'unitId', message: 'is not one of the units whose suggestions you answer for' },
    ]);
    expect(refused.data).toBeNull();
    // Ingrid leads Hjemmetjenesten only: nothing from Fjell sykehjem, and no asking for it.
    const ingrid = await all(t.leder);
    expect(new Set(ingrid.items.map((i) => i.unit.name))).toEqual(new Set(['Hjemmetjenesten']));
    expect(codeOf(await app.gql(INBOX, { filter: { unitId: unit['Fjell sykehjem'] } }, t.leder))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('staff, a digital agent and another municipality’s leader get no inbox and cannot name a unit', async () => {
    for (const token of [t.ansatt, t.agent]) {
      const inbox = ok(await app.gql(INBOX, { filter: { confidential: true } }, token)).inbox;
      expect(inbox).toMatchObject({ open: 0, totalCount: 0, suggestions: [], units: [] });
      expect(codeOf(await app.gql(INBOX, { filter: { unitId: unit['Hjemmetjenesten'] } }, token))).toBe(
        'BAD_USER_INPUT',
      );
    }
    const asker = await app.gql(INBOX, { filter: { unitId: unit['Hjemmetjenesten'] } }, t.askerLeader);
    expect(codeOf(asker)).toBe('BAD_USER_INPUT');
    const askerAll = await all(t.askerLeader);
    expect(askerAll.mine).toEqual([]);
  });

  it('bad input is refused with the field named: days out of range, a cursor not from the inbox, a page too big', async () => {
    for (const days of [0, 91]) {
      const r = await app.gql(INBOX, { filter: { dueWithinDays: days } }, t.kommunalsjef);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields).toEqual([
        { field: 'dueWithinDays', message: 'must be between 1 and 90' },
      ]);
    }
    const cursor = await app.gql(INBOX, { after: 'not-a-cursor' }, t.kommunalsjef);
    expect(codeOf(cursor)).toBe('BAD_USER_INPUT');
    expect(cursor.errors![0].extensions!.fields).toEqual([
      { field: 'after', message: 'is not a cursor returned by the inbox' },
    ]);
    expect(codeOf(await app.gql(INBOX, { first: 101 }, t.kommunalsjef))).toBe('BAD_USER_INPUT');
  });

  it('a page continues where the last ended even when a suggestion of the last page is answered meanwhile', async () => {
    const first = ok(await app.gql(INBOX, { first: 20 }, t.kommunalsjef)).inbox;
    const [answered] = first.suggestions;
    await app.db.query(
      `update suggestion set status = 'IMPLEMENTED', closed_at = $2, response_due_at = null where id = $1`,
      [answered.id, NOW.toISOString()],
    );
    const next = ok(await app.gql(INBOX, { first: 20, after: first.pageInfo.endCursor }, t.kommunalsjef)).inbox;
    const again = ok(await app.gql(INBOX, { first: 40 }, t.kommunalsjef)).inbox;
    const ids = (list: { id: string }[]) => list.map((s) => s.id);
    expect(ids(next.suggestions)).toEqual(ids(again.suggestions).slice(19, 39));
    expect(next.totalCount).toBe(first.totalCount - 1);
  });

  it('pages in order, each once, through deadlines and submissions that differ only in microseconds', async () => {
    // Written by SQL (an import, another tool), not by the app: timestamps with microseconds, several in one
    // millisecond. The cursor carries milliseconds; the order (and its index) cuts to them, so no page repeats or
    // skips one of these, whatever the page size.
    await app.db.query(
      `insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at,
              response_due_at, version)
       select u.municipality_id, u.id, p.id, $3 || 'mikro ' || g, 'Beskrivelse', 'SUBMITTED',
              $4::timestamptz - interval '9 days' + (g % 3) * interval '1 microsecond',
              $4::timestamptz - interval '2 days' + g * interval '7 microseconds', 1
         from unit u, person p, generate_series(1, 9) g where u.id = $1 and p.email = $2`,
      [unit['Hjemmetjenesten'], D('ansatt'), PREFIX, NOW.toISOString()],
    );
    for (const first of [1, 2, 4]) {
      const { items, mine } = await all(t.kommunalsjef, { overdue: true }, first);
      expect(mine.filter((m) => m.startsWith('mikro')).sort()).toEqual(names(1, 9).map((n) => `mikro ${n}`));
      const due = items.map((i) => Date.parse(i.responseDueAt!));
      expect(due).toEqual([...due].sort((a, b) => a - b));
    }
  });
});
