import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * SQL statements per GraphQL request are bounded by a constant, whatever the page size: every
 * suggestion field (support count, names, who owes the answer, responses, following, rating) is
 * batched per request. The statements are counted with a hook on the app's TypeORM logger, which
 * sees every statement the request runs.
 */

const LIST = `query($first: Int) { suggestions(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id title status submittedAt responseDueAt overdue escalatedAt submitterName supportCount
  unit { id name } owedBy { id name } } } } }`;

const INBOX = `query($first: Int, $filter: InboxFilter, $after: String) { inbox(first: $first, filter: $filter, after: $after) {
  open overdue dueSoon unanswered totalCount pageInfo { hasNextPage endCursor } units { id name }
  suggestions { id title status submittedAt responseDueAt overdue escalatedAt submitterName supportCount confidential
  owner { id name } unit { id name } owedBy { id name } }
  assignedToMe { id title status submittedAt responseDueAt overdue escalatedAt submitterName supportCount
  unit { id name } owedBy { id name } } } }`;

/** Everything the suggestion page asks for (web SuggestionDetail fragment). */
const DETAIL_FIELDS = `id title description status version confidential hideName submittedAt closedAt responseDueAt overdue
  deadlineMissedAt escalatedAt escalatedTo { id name } submitterName submittedByMe supportCount isFollowing canRespond
  unit { id name parentId } owedBy { id name } owner { id name } mergedInto { id title status }
  rating { useful comment ratedAt } responses { id kind message previousStatus status statusChanged wasLate createdAt
  author { id name } }`;
const DETAIL = `query($id: ID!) { suggestion(id: $id) { ${DETAIL_FIELDS} } }`;
/** The detail fields for a whole page: the worst case a client could ask for. */
const LIST_DETAIL = `query($first: Int) { suggestions(first: $first) { edges { node { ${DETAIL_FIELDS} } } } }`;

const EXTRA = 120;

describe('SQL statements per request', () => {
  let app: TestApp;
  let admin: string;
  let leader: string;
  let staff: string;
  let statements: string[] | null = null;

  /** Runs one request and returns its data and the statements it ran. */
  async function counted(query: string, variables: Record<string, unknown>, token: string) {
    statements = [];
    const result = await app.gql(query, variables, token);
    const ran = statements;
    statements = null;
    if (process.env.SHOW_STATEMENTS) console.log(ran.length, ran.map((q) => q.slice(0, 110)).join('\n'));
    expect(result.errors).toBeUndefined();
    return { data: result.data, count: ran.length, ran };
  }

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const logger = app.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements?.push(query);
      return logQuery(query, parameters, runner);
    };
    // Many open suggestions in every unit of Drammen, by many people, with supports, answers,
    // owners, escalations, hidden names, follows and ratings — so every batched field has work.
    await app.db.query(
      `with m as (select id from municipality where name = 'Drammen kommune'),
            u as (select row_number() over (order by id) - 1 as i, id from unit where municipality_id = (select id from m)),
            p as (select row_number() over (order by id) - 1 as i, id from person where municipality_id = (select id from m))
       insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, confidential,
              hide_name, owner_id, submitted_at, first_response_at, response_due_at, escalated_at, deadline_missed_at,
              closed_at, version)
       select (select id from m), (select id from u where u.i = g % (select count(*) from u)),
              (select id from p where p.i = g % (select count(*) from p)),
              'Forslag nummer ' || g, 'Beskrivelse av forslag ' || g,
              (case when g % 10 = 0 then 'IMPLEMENTED' when g % 3 = 0 then 'UNDER_REVIEW' else 'SUBMITTED' end)::suggestion_status,
              g % 7 = 0, g % 5 = 0,
              case when g % 4 = 0 then (select id from p where p.i = (g + 1) % (select count(*) from p)) end,
              timestamptz '2026-02-01' + g * interval '1 hour',
              case when g % 3 = 0 then timestamptz '2026-02-03' end,
              case when g % 10 <> 0 then timestamptz '2026-02-20' + g * interval '2 hours' end,
              case when g % 6 = 1 then timestamptz '2026-02-25' end,
              case when g % 6 = 1 then timestamptz '2026-02-25' end,
              case when g % 10 = 0 then timestamptz '2026-02-10' end, 1
         from generate_series(1, $1) g`,
      [EXTRA],
    );
    await app.db.query(
      `insert into support (suggestion_id, person_id, created_at)
       select s.id, p.id, now() from suggestion s join person p on p.municipality_id = s.municipality_id
        where s.title like 'Forslag nummer %' and (hashtext(s.id::text || p.id::text) % 3) = 0
       on conflict do nothing`,
    );
    await app.db.query(
      `insert into response (suggestion_id, author_id, kind, message, from_status, to_status, was_late, created_at)
       select s.id, coalesce(s.owner_id, s.submitter_id), 'RESPONSE', 'Vi ser på saken og kommer tilbake.', 'SUBMITTED',
              s.status, false, timestamptz '2026-02-03'
         from suggestion s where s.title like 'Forslag nummer %' and s.first_response_at is not null`,
    );
    await app.db.query(
      `insert into answer_rating (suggestion_id, useful, comment, rated_at)
       select id, true, 'Nyttig', timestamptz '2026-02-11' from suggestion
        where title like 'Forslag nummer %' and status = 'IMPLEMENTED'`,
    );
    await app.db.query(
      `insert into follower (suggestion_id, person_id, reason, created_at)
       select s.id, s.submitter_id, 'SUBMITTER', s.submitted_at from suggestion s where s.title like 'Forslag nummer %'
       on conflict do nothing`,
    );
    [admin, leader, staff] = await Promise.all([
      app.login('admin@drammen.idehub.test'),
      app.login('kommunalsjef@drammen.idehub.test'),
      app.login('ansatt@drammen.idehub.test'),
    ]);
    // The municipality's unit tree and leaders are read by the first request after a change, then kept (see the
    // last two tests).
    await app.gql(LIST, { first: 5 }, admin);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  it("me: one statement, the session's, and the same answer as the database gives", async () => {
    const ME =
      '{ me { id name email locale municipality { id name slug } memberships { role unit { id name parentId } } } }';
    const expected = async (email: string) => {
      const [row] = await app.db.query(
        `select p.id, p.name, p.email, p.locale, json_build_object('id', m.id, 'name', m.name, 'slug', m.slug) as municipality,
                coalesce((select json_agg(json_build_object('role', ms.role, 'unit', case when u.id is not null then
                            json_build_object('id', u.id, 'name', u.name, 'parentId', u.parent_id) end)
                            order by ms.role, u.name, ms.id)
                            from membership ms left join unit u on u.id = ms.unit_id where ms.person_id = p.id), '[]'::json)
                  as memberships
           from person p join municipality m on m.id = p.municipality_id where p.email = $1`,
        [email],
      );
      return row;
    };
    const { count, data } = await counted(ME, {}, staff);
    // The session statement reads the person, municipality and memberships; unit names come from the unit tree.
    expect(count).toBe(1);
    expect(data.me).toEqual(await expected('ansatt@drammen.idehub.test'));
    expect((await counted(ME, {}, leader)).data.me).toEqual(await expected('kommunalsjef@drammen.idehub.test'));
    expect((await counted(ME, {}, admin)).data.me).toEqual(await expected('admin@drammen.idehub.test'));

    // A unit of the leader renamed by another tool shows at once, in the order the database gives.
    const [unit] = await app.db.query(
      `select u.id, u.name from membership ms join unit u on u.id = ms.unit_id join person p on p.id = ms.person_id
        where p.email = 'kommunalsjef@drammen.idehub.test' order by u.name limit 1`,
    );
    await app.db.query(`update unit set name = $2 where id = $1`, [unit.id, `Å ${unit.name}`]);
    try {
      const renamed = (await counted(ME, {}, leader)).data.me;
      expect(renamed).toEqual(await expected('kommunalsjef@drammen.idehub.test'));
      expect(JSON.stringify(renamed)).toContain(`Å ${unit.name}`);
    } finally {
      await app.db.query(`update unit set name = $2 where id = $1`, [unit.id, unit.name]);
      await app.gql(LIST, { first: 5 }, admin); // the tree and leaders read again, as the other tests expect
    }
  });

  it.each([
    ['admin', () => admin],
    ['leader', () => leader],
    ['staff', () => staff],
  ])('list (%s): the same statements for 5 and 100 items, at most 10', async (_who, token) => {
    const small = await counted(LIST, { first: 5 }, token());
    const large = await counted(LIST, { first: 100 }, token());
    expect(small.data.suggestions.edges).toHaveLength(5);
    expect(large.data.suggestions.edges.length).toBeGreaterThan(50);
    expect(large.count).toBeLessThanOrEqual(10);
    // The session, the capped count, the page (with submitters, assignees and support counts); who owes the
    // answers comes from the municipality's leader directory, read once per org version (the last test).
    expect(large.count).toBe(3);
    expect(large.count).toBe(small.count);
    // The batched fields are filled in, not skipped.
    const nodes = large.data.suggestions.edges.map((e: { node: any }) => e.node);
    expect(nodes.some((n: any) => n.supportCount > 0)).toBe(true);
    expect(nodes.some((n: any) => n.owedBy.length > 0)).toBe(true);
  });

  it('inbox: the same statements for 5 and 100 items, at most 10', async () => {
    for (const token of [admin, leader]) {
      const small = await counted(INBOX, { first: 5 }, token);
      const large = await counted(INBOX, { first: 100 }, token);
      expect(small.data.inbox.suggestions).toHaveLength(5);
      expect(large.data.inbox.suggestions.length).toBeGreaterThan(50);
      expect(large.count).toBeLessThanOrEqual(10);
      // The session, «Tildelt meg», the counts, the page (cards as in the list).
      expect(large.count).toBe(4);
      expect(large.count).toBe(small.count);
    }
  });

  it('inbox with every filter and a next page: the same statements as without, at most 10', async () => {
    const plain = await counted(INBOX, { first: 100 }, leader);
    const filter = { overdue: true, confidential: true, assignedToMe: false, dueWithinDays: null };
    const filtered = await counted(INBOX, { first: 5, filter }, leader);
    expect(filtered.data.inbox.totalCount).toBeGreaterThan(5);
    const next = await counted(INBOX, { first: 5, filter, after: filtered.data.inbox.pageInfo.endCursor }, leader);
    expect(next.data.inbox.suggestions.length).toBeGreaterThan(0);
    expect(next.data.inbox.suggestions.every((s: any) => s.overdue && s.confidential)).toBe(true);
    const unit = await counted(INBOX, { first: 100, filter: { unitId: plain.data.inbox.units[1].id } }, leader);
    for (const { count } of [filtered, next, unit]) {
      expect(count).toBeLessThanOrEqual(10);
      expect(count).toBe(plain.count);
    }
  });

  it('detail: at most 10 statements, and a whole page of details costs the same as one', async () => {
    const page = await counted(LIST, { first: 100 }, admin);
    const ids: string[] = page.data.suggestions.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const id of ids.slice(0, 8)) {
      const { count } = await counted(DETAIL, { id }, admin);
      expect(count).toBeLessThanOrEqual(10);
    }
    const small = await counted(LIST_DETAIL, { first: 5 }, admin);
    const large = await counted(LIST_DETAIL, { first: 100 }, admin);
    expect(large.count).toBeLessThanOrEqual(12);
    expect(large.count).toBe(small.count);
    const nodes = large.data.suggestions.edges.map((e: { node: any }) => e.node);
    expect(nodes.some((n: any) => n.responses.length > 0)).toBe(true);
    expect(nodes.some((n: any) => n.rating)).toBe(true);
    expect(nodes.some((n: any) => n.escalatedTo.length > 0)).toBe(true);
    expect(nodes.some((n: any) => n.isFollowing)).toBe(true);
  });

  it('batching gives the same answers as asking one by one', async () => {
    const page = await counted(LIST_DETAIL, { first: 40 }, leader);
    for (const { node } of page.data.suggestions.edges.slice(0, 40)) {
      const one = await counted(DETAIL, { id: node.id }, leader);
      expect(one.data.suggestion).toEqual(node);
    }
  });

  it('hidden names stay hidden in batched pages', async () => {
    const { data } = await counted(LIST, { first: 100 }, staff);
    const names = await app.db.query(
      `select s.id, p.name, s.hide_name, s.submitter_id from suggestion s join person p on p.id = s.submitter_id
        where s.title like 'Forslag nummer %'`,
    );
    const me = (await counted('{ me { id } }', {}, staff)).data.me.id;
    const byId = new Map(names.map((r: any) => [r.id, r]));
    let hidden = 0;
    for (const { node } of data.suggestions.edges) {
      const row: any = byId.get(node.id);
      if (!row) continue;
      if (row.hide_name && row.submitter_id !== me) {
        hidden++;
        expect(node.submitterName).toMatch(/^Ansatt i /);
      } else expect(node.submitterName).toBe(row.name);
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('the unit tree is read again only after a unit changes, by the app or by any other tool', async () => {
    const readsTree = (ran: string[]) => ran.some((q) => /FROM "unit" "UnitEntity"/.test(q));
    const units = async () =>
      (await counted('{ units { id name } }', {}, leader)).data.units as { id: string; name: string }[];
    await counted(LIST, { first: 5 }, leader);
    const warm = await counted(LIST, { first: 5 }, leader);
    expect(readsTree(warm.ran)).toBe(false);

    // Another tool renames a unit and adds one, straight in SQL: the trigger bumps the version.
    const [unit] = await app.db.query(
      `select u.id, u.name, u.municipality_id from unit u join municipality m on m.id = u.municipality_id
        where m.name = 'Drammen kommune' and u.parent_id is not null order by u.name limit 1`,
    );
    await app.db.query(`update unit set name = $2 where id = $1`, [unit.id, `${unit.name} (nytt navn)`]);
    const afterRename = await counted(LIST, { first: 5 }, leader);
    expect(readsTree(afterRename.ran)).toBe(true);
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe(`${unit.name} (nytt navn)`);
    await app.db.query(`insert into unit (municipality_id, name, parent_id) values ($1, 'Nyoppretta enhet', $2)`, [
      unit.municipality_id,
      unit.id,
    ]);
    expect((await units()).map((u) => u.name)).toContain('Nyoppretta enhet');
    expect(readsTree((await counted(LIST, { first: 5 }, leader)).ran)).toBe(false);
    await app.db.query(`update unit set name = $2 where id = $1`, [unit.id, unit.name]);
    expect((await units()).find((u) => u.id === unit.id)?.name).toBe(unit.name);
  });
  it('who answers is read again only after a membership or a leader changes, by the app or by any other tool', async () => {
    const readsDirectory = (ran: string[]) => ran.some((q) => /from membership m join person p/.test(q));
    const page = async () => {
      const result = await counted(LIST, { first: 100 }, leader);
      const cards = result.data.suggestions.edges.map((e: { node: any }) => e.node);
      return { ran: result.ran, cards };
    };
    await page();
    const warm = await page();
    expect(readsDirectory(warm.ran)).toBe(false);
    // An open, unassigned card whose unit has its own leader: the leaders of exactly that unit owe the answer.
    const [row] = await app.db.query(
      `select s.id, s.unit_id from suggestion s
        where s.title like 'Forslag nummer %' and s.owner_id is null and s.status = 'SUBMITTED'
          and exists (select 1 from membership m join person p on p.id = m.person_id
                       where m.unit_id = s.unit_id and m.role = 'LEADER' and p.deactivated_at is null)
          and s.id = any($1::uuid[])
        limit 1`,
      [warm.cards.map((c: { id: string }) => c.id)],
    );
    expect(row).toBeDefined();
    const owedBy = async () => {
      const { ran, cards } = await page();
      return { ran, names: cards.find((c: { id: string }) => c.id === row.id).owedBy.map((p: any) => p.name) };
    };
    const [newcomer] = await app.db.query(
      `select p.id, p.name from person p join municipality m on m.id = p.municipality_id
        where m.name = 'Drammen kommune' and p.deactivated_at is null
          and not exists (select 1 from membership x where x.person_id = p.id and x.unit_id = $1)
        order by p.name limit 1`,
      [row.unit_id],
    );
    try {
      // Another tool makes someone leader of the unit: on the next request they owe the answer too.
      await app.db.query(`insert into membership (person_id, unit_id, role) values ($1, $2, 'LEADER')`, [
        newcomer.id,
        row.unit_id,
      ]);
      let now = await owedBy();
      expect(readsDirectory(now.ran)).toBe(true);
      expect(now.names).toContain(newcomer.name);
      // Renamed, then deactivated, in plain SQL.
      await app.db.query(`update person set name = $2 where id = $1`, [newcomer.id, `${newcomer.name} (nytt navn)`]);
      expect((await owedBy()).names).toContain(`${newcomer.name} (nytt navn)`);
      await app.db.query(`update person set deactivated_at = now() where id = $1`, [newcomer.id]);
      now = await owedBy();
      expect(now.names.some((n: string) => n.startsWith(newcomer.name))).toBe(false);
      // A change that does not touch who answers (the language) keeps the directory.
      await app.db.query(`update person set deactivated_at = null, name = $2 where id = $1`, [
        newcomer.id,
        newcomer.name,
      ]);
      expect((await owedBy()).names).toContain(newcomer.name);
      await app.db.query(`update person set locale = 'en' where id = $1`, [newcomer.id]);
      expect(readsDirectory((await page()).ran)).toBe(false);
      // The membership removed: no longer among those who owe the answer.
      await app.db.query(`delete from membership where person_id = $1 and unit_id = $2`, [newcomer.id, row.unit_id]);
      expect((await owedBy()).names).not.toContain(newcomer.name);
    } finally {
      await app.db.query(`delete from membership where person_id = $1 and unit_id = $2`, [newcomer.id, row.unit_id]);
      await app.db.query(`update person set deactivated_at = null, name = $2, locale = 'nb' where id = $1`, [
        newcomer.id,
        newcomer.name,
      ]);
    }
  });
});
