import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400_000;

const AUDIT_LOG = `query($first: Int, $after: String, $entityId: ID) {
  auditLog(first: $first, after: $after, entityId: $entityId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id action entityType entityId at actor { id name } actorName before after
      changes { field before after }
    } }
  }
}`;
const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id } }';
const RESPOND = 'mutation($i: RespondToSuggestionInput!) { respondToSuggestion(input: $i) { id status } }';
const ASSIGN = 'mutation($i: AssignSuggestionInput!) { assignSuggestion(input: $i) { id } }';
const MERGE = 'mutation($i: MergeSuggestionInput!) { mergeSuggestion(input: $i) { id status } }';
const SETTINGS =
  'mutation($i: MunicipalitySettingsInput!) { updateMunicipalitySettings(input: $i) { firstResponseDays } }';
const MESSAGE = 'Takk for forslaget, vi ser på dette i ledergruppen.';

interface Entry {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  at: string;
  actor: { id: string; name: string } | null;
  actorName: string;
  before: string | null;
  after: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

describe('the audit log', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  let homeUnit: string;
  let agentId: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.askerAdmin = await app.login('admin@asker.idehub.test');
    const units = await app.gql('{ units { id name } }', {}, t.ansatt);
    homeUnit = units.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
    const people = await app.gql('{ people { id name } }', {}, t.admin);
    agentId = people.data.people.find((p: { name: string }) => p.name === 'Sofie Lund').id;
  });
  afterAll(() => app?.stop());

  const ok = async (query: string, vars: Record<string, unknown>, token: string) => {
    app.clock.advance(60_000);
    const res = await app.gql(query, vars, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const submit = async (title: string, token = t.ansatt) =>
    (
      await ok(
        SUBMIT,
        { i: { title, description: 'En beskrivelse som er lang nok til å bli godtatt.', unitId: homeUnit } },
        token,
      )
    ).submitSuggestion.id as string;
  const log = async (token: string, vars: Record<string, unknown> = {}) => {
    const res = await app.gql(AUDIT_LOG, { first: 100, ...vars }, token);
    expect(res.errors).toBeUndefined();
    return res.data.auditLog.edges.map((e: { node: Entry }) => e.node) as Entry[];
  };
  const json = (s: string | null) => (s === null ? null : JSON.parse(s));

  it('records a response, a status change, an assignment and a merge, newest first, with who, when, before and after', async () => {
    const id = await submit('Nattevakt trenger bedre lys');
    const submittedAt = app.clock.now().toISOString();
    const target = await submit('Bedre belysning i gangene');
    await ok(RESPOND, { i: { suggestionId: id, message: MESSAGE } }, t.leder);
    const respondedAt = app.clock.now().toISOString();
    await ok(RESPOND, { i: { suggestionId: id, message: MESSAGE, status: 'UNDER_REVIEW' } }, t.kommunalsjef);
    await ok(ASSIGN, { i: { suggestionId: id, personId: agentId } }, t.leder);
    await ok(
      MERGE,
      { i: { suggestionId: id, targetId: target, message: 'Vi slår dette sammen med et likt forslag.' } },
      t.admin,
    );

    const entries = await log(t.admin, { entityId: id });
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['suggestion.merge', 'Anders Moe'],
      ['suggestion.assign', 'Ingrid Berg'],
      ['suggestion.response', 'Per Solberg'],
      ['suggestion.response', 'Ingrid Berg'],
      ['suggestion.submit', 'Kari Nordmann'],
    ]);
    expect(entries.every((e) => e.entityType === 'suggestion' && e.entityId === id)).toBe(true);
    const [merge, assign, statusChange, response, submitted] = entries;
    expect(response.at).toBe(respondedAt);
    expect(submitted.at).toBe(submittedAt);
    expect(response.actor).toEqual({ id: expect.any(String), name: 'Ingrid Berg' });

    // A response without a status change: the status stays, the next deadline moves.
    expect(json(response.before).status).toBe('SUBMITTED');
    expect(json(response.after).status).toBe('SUBMITTED');
    expect(response.changes.map((c) => c.field)).toContain('responseDueAt');
    expect(response.changes.map((c) => c.field)).not.toContain('status');
    // A status change shows before and after, also as a typed change.
    expect(statusChange.changes).toContainEqual({ field: 'status', before: '"SUBMITTED"', after: '"UNDER_REVIEW"' });
    // The assignment names the new owner.
    expect(assign.changes).toContainEqual({ field: 'ownerId', before: null, after: JSON.stringify(agentId) });
    // The merge: where it went, and the final status.
    expect(json(merge.after)).toMatchObject({ status: 'MERGED', mergedIntoId: target });
    expect(merge.changes).toContainEqual({ field: 'status', before: '"UNDER_REVIEW"', after: '"MERGED"' });
  });

  it('records a settings change with the old and new deadlines', async () => {
    await ok(SETTINGS, { i: { firstResponseDays: 10, escalationGraceDays: 2 } }, t.admin);
    const [entry] = await log(t.admin, { first: 1 });
    expect(entry).toMatchObject({
      action: 'municipality.settings',
      entityType: 'municipality',
      actorName: 'Anders Moe',
    });
    expect(entry.changes).toEqual([
      { field: 'escalationGraceDays', before: '3', after: '2' },
      { field: 'firstResponseDays', before: '14', after: '10' },
    ]);
    expect(json(entry.before)).toEqual({
      firstResponseDays: 14,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
      reminderDaysBefore: 3,
      deadlineDays: 'CALENDAR',
    });
    await ok(SETTINGS, { i: { firstResponseDays: 14, escalationGraceDays: 3 } }, t.admin);
  });

  it('shows the deadline sweep as «system», with no actor', async () => {
    const id = await submit('Rutiner for nøkkelutlevering', t.ansatt2);
    app.clock.advance(14 * DAY);
    await app.running.app.get(DeadlineSweepService).sweep();
    app.clock.advance(3 * DAY);
    await app.running.app.get(DeadlineSweepService).sweep();
    t.admin = await app.login('admin@drammen.idehub.test'); // the old session expired meanwhile
    const entries = await log(t.admin, { entityId: id });
    expect(entries.map((e) => [e.action, e.actorName, e.actor])).toEqual([
      ['suggestion.escalated', 'system', null],
      ['suggestion.deadline_missed', 'system', null],
      ['suggestion.submit', 'Ola Hansen', expect.anything()],
    ]);
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.askerAdmin = await app.login('admin@asker.idehub.test');
  });

  it('pages newest first with cursors, and the filter by entity counts only that entity', async () => {
    const all = await log(t.admin);
    const times = all.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const res = await app.gql(AUDIT_LOG, { first: 3 }, t.admin);
    const page1 = res.data.auditLog;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await app.gql(AUDIT_LOG, { first: 3, after: page1.pageInfo.endCursor }, t.admin)).data.auditLog;
    expect([...page1.edges, ...page2.edges].map((e: { node: Entry }) => e.node.id)).toEqual(
      all.slice(0, 6).map((e) => e.id),
    );
    const one = all.find((e) => e.entityType === 'municipality')!;
    const filtered = (await app.gql(AUDIT_LOG, { entityId: one.entityId }, t.admin)).data.auditLog;
    expect(filtered.totalCount).toBe(all.filter((e) => e.entityId === one.entityId).length);
    expect(codeOf(await app.gql(AUDIT_LOG, { entityId: 'nope' }, t.admin))).toBe('BAD_USER_INPUT');
  });

  it('is for admins only: staff, agents and leaders get FORBIDDEN', async () => {
    for (const who of ['ansatt', 'agent', 'leder', 'kommunalsjef']) {
      const res = await app.gql(AUDIT_LOG, {}, t[who]);
      expect(codeOf(res), who).toBe('FORBIDDEN');
      expect(res.data?.auditLog ?? null).toBeNull();
    }
    expect(codeOf(await app.gql(AUDIT_LOG, {}))).toBe('UNAUTHENTICATED');
  });

  it('another municipality’s admin sees none of it', async () => {
    const drammen = await log(t.admin);
    expect(drammen.length).toBeGreaterThan(5);
    const asker = await log(t.askerAdmin);
    const askerIds = new Set(asker.map((e) => e.id));
    expect(drammen.some((e) => askerIds.has(e.id))).toBe(false);
    // Even asked for by id, a Drammen suggestion's entries are not there.
    const suggestionEntry = drammen.find((e) => e.entityType === 'suggestion')!;
    const byId = await app.gql(AUDIT_LOG, { entityId: suggestionEntry.entityId }, t.askerAdmin);
    expect(byId.data.auditLog).toMatchObject({ totalCount: 0, edges: [] });
  });
});
