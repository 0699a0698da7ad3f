import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400_000;

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind createdAt readAt suggestion { id title status }
      title message actorName fromStatus toStatus unitName escalatedTo
    } }
  }
}`;
const UNREAD = '{ unreadCount }';
const MARK = 'mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }';
const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id } }';
const RESPOND = 'mutation($i: RespondToSuggestionInput!) { respondToSuggestion(input: $i) { id status } }';
const MESSAGE = 'Takk for forslaget, vi tar det opp på neste ledermøte.';

describe('in-app notifications', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  const units: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'admin'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    for (const who of ['ansatt', 'leder']) t[`k_${who}`] = await app.login(`${who}@kongsberg.idehub.test`);
    for (const [token, slug] of [
      [t.ansatt, 'drammen'],
      [t.k_ansatt, 'kongsberg'],
    ]) {
      const res = await app.gql('{ units { id name } }', {}, token);
      units[slug] = res.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
    }
  });
  afterAll(() => app?.stop());

  const list = async (token: string, vars: Record<string, unknown> = {}) => {
    const res = await app.gql(NOTIFICATIONS, vars, token);
    expect(res.errors).toBeUndefined();
    return res.data.notifications;
  };
  const unread = async (token: string) => (await app.gql(UNREAD, {}, token)).data.unreadCount as number;
  const submit = async (token: string, unitId: string, title: string, extra: Record<string, unknown> = {}) => {
    const res = await app.gql(
      SUBMIT,
      { i: { title, description: 'En beskrivelse som er lang nok til å bli godtatt.', unitId, ...extra } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion.id as string;
  };
  const respond = async (token: string, suggestionId: string, message = MESSAGE, status?: string) => {
    app.clock.advance(60_000);
    const res = await app.gql(RESPOND, { i: { suggestionId, message, ...(status ? { status } : {}) } }, token);
    expect(res.errors).toBeUndefined();
  };

  it('tells the submitter about a response, newest first, with what a UI needs, and counts it unread', async () => {
    const before = await unread(t.ansatt);
    const id = await submit(t.ansatt, units.drammen, 'Felles nøkkelskap på vaktrommet');
    await respond(t.leder, id, MESSAGE, 'UNDER_REVIEW');

    const page = await list(t.ansatt, { first: 5 });
    expect(page.edges[0].node).toMatchObject({
      kind: 'RESPONSE_RECEIVED',
      readAt: null,
      suggestion: { id, title: 'Felles nøkkelskap på vaktrommet', status: 'UNDER_REVIEW' },
      title: 'Felles nøkkelskap på vaktrommet',
      message: MESSAGE,
      actorName: 'Ingrid Berg',
      fromStatus: 'SUBMITTED',
      toStatus: 'UNDER_REVIEW',
      escalatedTo: [],
    });
    expect(await unread(t.ansatt)).toBe(before + 1);
    // The unit's leader was told about the new suggestion, with the unit's name.
    const leader = await list(t.leder, { first: 5 });
    expect(leader.edges.find((e: any) => e.node.suggestion?.id === id)?.node).toMatchObject({
      kind: 'SUGGESTION_SUBMITTED',
      unitName: 'Hjemmetjenesten',
      title: 'Felles nøkkelskap på vaktrommet',
    });
  });

  it('pages newest first with keyset cursors that stay stable when new notifications arrive', async () => {
    // A submitter in Kongsberg gets five responses, a minute apart.
    const id = await submit(t.k_ansatt, units.kongsberg, 'Digitalt tilsyn om natten');
    for (let i = 1; i <= 5; i++) await respond(t.k_leder, id, `${MESSAGE} Oppdatering nummer ${i}.`);
    const all = await list(t.k_ansatt, { first: 100 });
    const times = all.edges.map((e: any) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.edges.slice(0, 5).map((e: any) => e.node.message)).toEqual(
      [5, 4, 3, 2, 1].map((i) => `${MESSAGE} Oppdatering nummer ${i}.`),
    );

    const first = await list(t.k_ansatt, { first: 2 });
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.pageInfo.hasNextPage).toBe(true);
    // A sixth response arrives between page 1 and page 2: page 2 continues where page 1 ended.
    await respond(t.k_leder, id, `${MESSAGE} Oppdatering nummer 6.`);
    const seen: string[] = first.edges.map((e: any) => e.node.id);
    let after = first.pageInfo.endCursor;
    for (;;) {
      const next = await list(t.k_ansatt, { first: 2, after });
      seen.push(...next.edges.map((e: any) => e.node.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    expect(codeOf(await app.gql(NOTIFICATIONS, { after: 'not-a-cursor' }, t.k_ansatt))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(NOTIFICATIONS, { first: 0 }, t.k_ansatt))).toBe('BAD_USER_INPUT');
  });

  it('unreadOnly lists only unread ones; marking read by id counts only those newly read', async () => {
    const id = await submit(t.ansatt2, units.drammen, 'Kortere vaktrapport');
    await respond(t.leder, id, `${MESSAGE} Første svar.`);
    await respond(t.leder, id, `${MESSAGE} Andre svar.`);
    const unreadBefore = await unread(t.ansatt2);
    const mine = (await list(t.ansatt2, { first: 2, unreadOnly: true })).edges.map((e: any) => e.node);
    expect(mine.map((n: any) => n.message)).toEqual([`${MESSAGE} Andre svar.`, `${MESSAGE} Første svar.`]);

    const marked = await app.gql(MARK, { ids: [mine[0].id] }, t.ansatt2);
    expect(marked.data.markNotificationsRead).toBe(1);
    // Already read: nothing more to mark.
    expect((await app.gql(MARK, { ids: [mine[0].id] }, t.ansatt2)).data.markNotificationsRead).toBe(0);
    expect(await unread(t.ansatt2)).toBe(unreadBefore - 1);
    const unreadList = await list(t.ansatt2, { first: 100, unreadOnly: true });
    expect(unreadList.totalCount).toBe(unreadBefore - 1);
    expect(unreadList.edges.map((e: any) => e.node.id)).not.toContain(mine[0].id);
    expect(unreadList.edges.every((e: any) => e.node.readAt === null)).toBe(true);
    const readOne = (await list(t.ansatt2, { first: 100 })).edges.find((e: any) => e.node.id === mine[0].id).node;
    expect(readOne.readAt).toBe(app.clock.now().toISOString());
  });

  it('ignores other people’s notification ids: nothing is marked and the count says so', async () => {
    const id = await submit(t.ansatt, units.drammen, 'Bedre skjema for avvik');
    await respond(t.leder, id);
    const theirs = (await list(t.ansatt, { first: 1 })).edges[0].node;
    expect(theirs).toMatchObject({ readAt: null, suggestion: { id } });
    const ownUnread = await unread(t.ansatt2);

    // Someone else, and an admin in another municipality, cannot mark it, and never see it.
    const askerAdmin = await app.login('admin@asker.idehub.test');
    for (const token of [t.ansatt2, t.admin, askerAdmin]) {
      expect((await app.gql(MARK, { ids: [theirs.id] }, token)).data.markNotificationsRead).toBe(0);
      const visible = await list(token, { first: 100 });
      expect(visible.edges.map((e: any) => e.node.id)).not.toContain(theirs.id);
    }
    expect((await list(t.ansatt, { first: 1 })).edges[0].node.readAt).toBeNull();
    expect(await unread(t.ansatt2)).toBe(ownUnread);
  });

  it('all: true marks every unread notification of mine and nobody else’s', async () => {
    const id = await submit(t.ansatt, units.drammen, 'Opplæring i medisindispenser');
    await respond(t.leder, id);
    const othersUnread = await unread(t.ansatt2);
    const mine = await unread(t.ansatt);
    expect(mine).toBeGreaterThan(0);
    expect((await app.gql(MARK, { all: true }, t.ansatt)).data.markNotificationsRead).toBe(mine);
    expect(await unread(t.ansatt)).toBe(0);
    expect((await list(t.ansatt, { unreadOnly: true })).totalCount).toBe(0);
    expect(await unread(t.ansatt2)).toBe(othersUnread);
    expect((await app.gql(MARK, { all: true }, t.ansatt)).data.markNotificationsRead).toBe(0);
  });

  it('refuses a mark without ids or all, malformed ids, and anyone not signed in', async () => {
    const none = await app.gql(MARK, {}, t.ansatt);
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].extensions!.fields![0].field).toBe('ids');
    const bad = await app.gql(MARK, { ids: ['not-an-id'] }, t.ansatt);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0].field).toBe('ids');
    expect((await app.gql(MARK, { ids: [] }, t.ansatt)).data.markNotificationsRead).toBe(0);
    expect(codeOf(await app.gql(NOTIFICATIONS, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(UNREAD, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(MARK, { all: true }))).toBe('UNAUTHENTICATED');
  });

  it('does not reveal a suggestion the reader can no longer see, but the submitter still sees it', async () => {
    const id = await submit(t.ansatt, units.drammen, 'Hemmelig tittel om en kollega');
    await app.gql('mutation($id: ID!) { followSuggestion(id: $id) { id } }', { id }, t.ansatt2);
    await respond(t.leder, id, `${MESSAGE} Følgerne får også dette.`);
    const follower = () => list(t.ansatt2, { first: 1 }).then((p) => p.edges[0].node);
    expect(await follower()).toMatchObject({ suggestion: { id }, title: 'Hemmelig tittel om en kollega' });

    // The suggestion becomes confidential (only the submitter, the unit's leaders and admins see it).
    await app.db.query('update suggestion set confidential = true where id = $1', [id]);
    const hidden = await follower();
    expect(hidden).toMatchObject({
      kind: 'RESPONSE_RECEIVED',
      suggestion: null,
      title: null,
      message: null,
      actorName: null,
      fromStatus: null,
      toStatus: null,
      escalatedTo: [],
    });
    expect(JSON.stringify(hidden)).not.toContain('Hemmelig');
    const submitter = (await list(t.ansatt, { first: 1 })).edges[0].node;
    expect(submitter).toMatchObject({
      suggestion: { id },
      title: 'Hemmelig tittel om en kollega',
      message: `${MESSAGE} Følgerne får også dette.`,
    });
  });

  it('names who an escalated deadline went to, with no actor (the system acted)', async () => {
    const id = await submit(t.ansatt2, units.drammen, 'Færre dobbeltregistreringer');
    // First response due after 14 days; escalated after 3 more (the municipality's defaults).
    app.clock.advance(14 * DAY);
    await app.running.app.get(DeadlineSweepService).sweep();
    app.clock.advance(3 * DAY);
    await app.running.app.get(DeadlineSweepService).sweep();
    // Sessions expired while the clock moved on.
    for (const who of ['ansatt2', 'leder', 'kommunalsjef']) t[who] = await app.login(`${who}@drammen.idehub.test`);

    const notice = (await list(t.ansatt2, { first: 50 })).edges
      .map((e: any) => e.node)
      .find((n: any) => n.kind === 'ESCALATION_NOTICE' && n.suggestion?.id === id);
    expect(notice).toMatchObject({
      title: 'Færre dobbeltregistreringer',
      actorName: null,
      escalatedTo: ['Per Solberg'],
    });
    const missed = (await list(t.leder, { first: 50 })).edges
      .map((e: any) => e.node)
      .find((n: any) => n.kind === 'DEADLINE_MISSED' && n.suggestion?.id === id);
    expect(missed).toMatchObject({ unitName: 'Hjemmetjenesten', title: 'Færre dobbeltregistreringer' });
    const escalated = (await list(t.kommunalsjef, { first: 50 })).edges
      .map((e: any) => e.node)
      .find((n: any) => n.kind === 'ESCALATED' && n.suggestion?.id === id);
    expect(escalated).toBeDefined();
  });
});
