import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, TRANSITIONS, SUGGESTION_STATUSES } from '@idehub/libs';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const RESPOND = `mutation($i: RespondToSuggestionInput!) {
  respondToSuggestion(input: $i) { id status version responseDueAt responses { message status previousStatus statusChanged author { name } } }
}`;
const DETAIL = `query($id: ID!) { suggestion(id: $id) {
  id status version responseDueAt closedAt isFollowing canRespond owedBy { name } owner { name }
  mergedInto { id title } rating { useful comment }
  responses { kind message status statusChanged author { name } }
} }`;
const MESSAGE = 'Takk for forslaget, vi ser på dette i ledergruppen.';

describe('the feedback workflow through GraphQL', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  let homeUnit: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin']) {
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    }
    t.askerAdmin = await app.login('admin@asker.idehub.test');
    const units = await app.gql('{ units { id name } }', {}, t.ansatt);
    homeUnit = units.data.units.find((u: any) => u.name === 'Hjemmetjenesten').id;
  });
  afterAll(() => app?.stop());

  async function newSuggestion(token = t.ansatt, title = 'Bedre rutiner for nøkler') {
    const res = await app.gql(
      'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id version } }',
      { i: { title, description: 'En beskrivelse som er lang nok til å bli godtatt.', unitId: homeUnit } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion.id as string;
  }
  const respond = (token: string, i: Record<string, unknown>) => app.gql(RESPOND, { i }, token);
  const detail = async (id: string, token = t.ansatt) => (await app.gql(DETAIL, { id }, token)).data.suggestion;

  it('the unit leader, the parent unit’s leader and the admin may respond; staff and agents get FORBIDDEN', async () => {
    const id = await newSuggestion();
    for (const who of ['leder', 'kommunalsjef', 'admin']) {
      app.clock.advance(60_000);
      const res = await respond(t[who], { suggestionId: id, message: `${MESSAGE} (${who})` });
      expect(res.errors, who).toBeUndefined();
    }
    for (const who of ['ansatt', 'ansatt2', 'agent']) {
      expect(codeOf(await respond(t[who], { suggestionId: id, message: MESSAGE })), who).toBe('FORBIDDEN');
    }
    const s = await detail(id);
    expect(s.responses.map((r: any) => r.author.name)).toEqual(['Ingrid Berg', 'Per Solberg', 'Anders Moe']);
    expect(s.responses.every((r: any) => !r.statusChanged && r.status === 'SUBMITTED')).toBe(true);
  });

  it('requires a message of at least 20 characters after trimming (RESPONSE_REQUIRED), storing nothing', async () => {
    const id = await newSuggestion();
    for (const message of ['', 'For kort svar', `   ${'x'.repeat(19)}     `]) {
      const res = await respond(t.leder, { suggestionId: id, message, status: 'ACCEPTED' });
      expect(codeOf(res)).toBe('RESPONSE_REQUIRED');
    }
    const s = await detail(id);
    expect(s.status).toBe('SUBMITTED');
    expect(s.responses).toEqual([]);
    expect((await respond(t.leder, { suggestionId: id, message: ` ${'x'.repeat(20)} ` })).errors).toBeUndefined();
  });

  it('allows exactly the transitions of the shared table, INVALID_TRANSITION for the rest', async () => {
    // Walk every status reachable by RESPOND from SUBMITTED and try every target from it.
    const respondable = TRANSITIONS.filter((tr) => tr.action === 'RESPOND');
    const paths: Record<string, string[]> = {
      SUBMITTED: [],
      UNDER_REVIEW: ['UNDER_REVIEW'],
      ACCEPTED: ['ACCEPTED'],
      IN_PROGRESS: ['ACCEPTED', 'IN_PROGRESS'],
      DECLINED: ['DECLINED'],
      IMPLEMENTED: ['ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'],
      PARKED: ['PARKED'],
    };
    // «Ikke nå» takes a review date (1–365 days ahead); every other status takes none.
    const reviewOn = (status: string) =>
      status === 'PARKED' ? { reviewOn: addCalendarDays(app.clock.now(), 30).toISOString().slice(0, 10) } : {};
    for (const [from, path] of Object.entries(paths)) {
      for (const to of SUGGESTION_STATUSES) {
        if (to === from) continue;
        const id = await newSuggestion();
        for (const step of path)
          expect(
            (await respond(t.leder, { suggestionId: id, message: MESSAGE, status: step, ...reviewOn(step) })).errors,
          ).toBeUndefined();
        const res = await respond(t.leder, { suggestionId: id, message: MESSAGE, status: to, ...reviewOn(to) });
        const allowed = respondable.some((tr) => tr.from === from && tr.to === to);
        if (allowed) expect(res.errors, `${from}→${to}`).toBeUndefined();
        else expect(codeOf(res), `${from}→${to}`).toBe('INVALID_TRANSITION');
      }
    }
  }, 180_000);

  it('sets the next deadline after each response and clears it when terminal', async () => {
    const id = await newSuggestion();
    const res = await respond(t.leder, { suggestionId: id, message: MESSAGE, status: 'ACCEPTED' });
    const due = new Date(res.data.respondToSuggestion.responseDueAt).getTime();
    // 30 calendar days in Oslo: across the switch to summer time that is one hour less than 30 × 24 h.
    expect(due).toBe(addCalendarDays(app.clock.now(), 30).getTime());
    expect(due - app.clock.now().getTime()).toBe(30 * 86_400_000 - 3_600_000);
    const closed = await respond(t.leder, { suggestionId: id, message: MESSAGE, status: 'DECLINED' });
    expect(closed.data.respondToSuggestion.responseDueAt).toBeNull();
  });

  it('two leaders answering the same version: one wins, the other gets CONFLICT with nothing written', async () => {
    const id = await newSuggestion();
    const { version } = await detail(id);
    const [a, b] = await Promise.all([
      respond(t.leder, {
        suggestionId: id,
        message: `${MESSAGE} Vi godtar.`,
        status: 'ACCEPTED',
        expectedVersion: version,
      }),
      respond(t.kommunalsjef, {
        suggestionId: id,
        message: `${MESSAGE} Vi avslår.`,
        status: 'DECLINED',
        expectedVersion: version,
      }),
    ]);
    const codes = [codeOf(a), codeOf(b)];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes).toContain('CONFLICT');
    const s = await detail(id);
    expect(s.responses).toHaveLength(1);
    expect(s.status).toBe(s.responses[0].status);
  });

  it('concurrent answers without expectedVersion are serialised: both recorded, none lost', async () => {
    const id = await newSuggestion();
    const results = await Promise.all(
      ['leder', 'kommunalsjef', 'admin'].map((who) =>
        respond(t[who], { suggestionId: id, message: `${MESSAGE} ${who}` }),
      ),
    );
    const ok = results.filter((r) => !r.errors).length;
    const conflicts = results.filter((r) => codeOf(r) === 'CONFLICT').length;
    expect(ok + conflicts).toBe(3);
    const s = await detail(id);
    expect(s.responses).toHaveLength(ok);
    expect(s.version).toBe(1 + ok);
  });

  it('the submitter withdraws with an optional reason; others cannot; a closed one cannot be withdrawn', async () => {
    const id = await newSuggestion();
    const WITHDRAW = 'mutation($i: WithdrawSuggestionInput!) { withdrawSuggestion(input: $i) { status } }';
    expect(codeOf(await app.gql(WITHDRAW, { i: { suggestionId: id } }, t.ansatt2))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(WITHDRAW, { i: { suggestionId: id } }, t.leder))).toBe('FORBIDDEN');
    const res = await app.gql(WITHDRAW, { i: { suggestionId: id, reason: 'Løst på annen måte.' } }, t.ansatt);
    expect(res.data.withdrawSuggestion.status).toBe('WITHDRAWN');
    expect((await detail(id)).responses[0]).toMatchObject({ kind: 'WITHDRAWAL', message: 'Løst på annen måte.' });
    expect(codeOf(await app.gql(WITHDRAW, { i: { suggestionId: id } }, t.ansatt))).toBe('INVALID_TRANSITION');
  });

  it('a leader assigns a leader or digital agent; the submitter sees who owes the next answer', async () => {
    const id = await newSuggestion();
    expect((await detail(id)).owedBy.map((p: any) => p.name)).toEqual(['Ingrid Berg']);
    const people = (await app.gql('{ people { id name memberships { role } } }', {}, t.leder)).data.people;
    const agent = people.find((p: any) => p.name === 'Sofie Lund');
    const staff = people.find((p: any) => p.name === 'Ola Hansen');
    const ASSIGN = 'mutation($i: AssignSuggestionInput!) { assignSuggestion(input: $i) { owner { name } } }';
    expect(codeOf(await app.gql(ASSIGN, { i: { suggestionId: id, personId: staff.id } }, t.leder))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await app.gql(ASSIGN, { i: { suggestionId: id, personId: agent.id } }, t.ansatt))).toBe('FORBIDDEN');
    const res = await app.gql(ASSIGN, { i: { suggestionId: id, personId: agent.id } }, t.leder);
    expect(res.data.assignSuggestion.owner.name).toBe('Sofie Lund');
    expect((await detail(id)).owedBy.map((p: any) => p.name)).toEqual(['Sofie Lund']);
  });

  it('merging: the merged submitter is told where it went and follows the target', async () => {
    const target = await newSuggestion(t.ansatt, 'Felles nøkkelskap');
    const source = await newSuggestion(t.ansatt2, 'Nøkkelskap til alle');
    const MERGE = 'mutation($i: MergeSuggestionInput!) { mergeSuggestion(input: $i) { status mergedInto { id } } }';
    expect(
      codeOf(await app.gql(MERGE, { i: { suggestionId: source, targetId: target, message: MESSAGE } }, t.ansatt)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await app.gql(MERGE, { i: { suggestionId: source, targetId: target, message: 'kort' } }, t.leder)),
    ).toBe('RESPONSE_REQUIRED');
    expect(
      codeOf(await app.gql(MERGE, { i: { suggestionId: source, targetId: source, message: MESSAGE } }, t.leder)),
    ).toBe('BAD_USER_INPUT');
    const res = await app.gql(MERGE, { i: { suggestionId: source, targetId: target, message: MESSAGE } }, t.leder);
    expect(res.data.mergeSuggestion).toEqual({ status: 'MERGED', mergedInto: { id: target } });
    const merged = await detail(source, t.ansatt2);
    expect(merged.responses[0]).toMatchObject({ kind: 'MERGE', status: 'MERGED' });
    expect((await detail(target, t.ansatt2)).isFollowing).toBe(true);
    // A response on the target reaches the merged submitter.
    await respond(t.leder, { suggestionId: target, message: MESSAGE, status: 'ACCEPTED' });
    const rows = await app.db.query(
      `select n.kind from notification n join person p on p.id = n.person_id where p.email = 'ansatt2@drammen.idehub.test' and n.suggestion_id = $1`,
      [target],
    );
    expect(rows.map((r: any) => r.kind).sort()).toEqual(['MERGED', 'RESPONSE_RECEIVED']);
  });

  it('followers get RESPONSE_RECEIVED for each response; unfollow stops it', async () => {
    const id = await newSuggestion();
    const FOLLOW = 'mutation($id: ID!) { followSuggestion(id: $id) { isFollowing } }';
    const UNFOLLOW = 'mutation($id: ID!) { unfollowSuggestion(id: $id) { isFollowing } }';
    expect((await app.gql(FOLLOW, { id }, t.ansatt2)).data.followSuggestion.isFollowing).toBe(true);
    expect((await app.gql(FOLLOW, { id }, t.askerAdmin)).errors![0].extensions!.code).toBe('NOT_FOUND');
    await respond(t.leder, { suggestionId: id, message: MESSAGE });
    expect((await app.gql(UNFOLLOW, { id }, t.ansatt2)).data.unfollowSuggestion.isFollowing).toBe(false);
    await respond(t.leder, { suggestionId: id, message: `${MESSAGE} Oppdatering.` });
    const counts = await app.db.query(
      `select p.email, count(*)::int as n from notification n join person p on p.id = n.person_id
        where n.suggestion_id = $1 and n.kind = 'RESPONSE_RECEIVED' group by p.email order by p.email`,
      [id],
    );
    expect(counts).toEqual([
      { email: 'ansatt2@drammen.idehub.test', n: 1 },
      { email: 'ansatt@drammen.idehub.test', n: 2 },
    ]);
  });

  it('closing the loop: the submitter rates a final answer once', async () => {
    const id = await newSuggestion();
    const RATE =
      'mutation($id: ID!, $u: Boolean!, $c: String) { rateAnswer(suggestionId: $id, useful: $u, comment: $c) { rating { useful comment } } }';
    expect(codeOf(await app.gql(RATE, { id, u: true }, t.ansatt))).toBe('BAD_USER_INPUT'); // not final yet
    await respond(t.leder, { suggestionId: id, message: MESSAGE, status: 'DECLINED' });
    const asked = await app.db.query(
      `select count(*)::int as n from notification where suggestion_id = $1 and kind = 'RATE_ANSWER'`,
      [id],
    );
    expect(asked[0].n).toBe(1);
    expect(codeOf(await app.gql(RATE, { id, u: true }, t.ansatt2))).toBe('FORBIDDEN');
    const res = await app.gql(RATE, { id, u: false, c: 'Forstår, men savner begrunnelse.' }, t.ansatt);
    expect(res.data.rateAnswer.rating).toEqual({ useful: false, comment: 'Forstår, men savner begrunnelse.' });
    expect(codeOf(await app.gql(RATE, { id, u: true }, t.ansatt))).toBe('CONFLICT');
  });

  it('the leader inbox lists open suggestions of my units and below, overdue first', async () => {
    const id = await newSuggestion();
    const INBOX = '{ inbox { open overdue dueSoon unanswered suggestions { id overdue responseDueAt } } }';
    const leader = (await app.gql(INBOX, {}, t.leder)).data.inbox;
    expect(leader.suggestions.map((s: any) => s.id)).toContain(id);
    const dues = leader.suggestions.map((s: any) => new Date(s.responseDueAt).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const head = (await app.gql(INBOX, {}, t.kommunalsjef)).data.inbox;
    expect(head.open).toBeGreaterThanOrEqual(leader.open);
    const staff = (await app.gql(INBOX, {}, t.ansatt)).data.inbox;
    expect(staff.open).toBe(0);
  });

  it('municipality settings: admins only, 0–365, applied to deadlines set afterwards', async () => {
    const UPDATE =
      'mutation($i: MunicipalitySettingsInput!) { updateMunicipalitySettings(input: $i) { firstResponseDays updateIntervalDays escalationGraceDays } }';
    const before = await newSuggestion();
    expect(codeOf(await app.gql(UPDATE, { i: { firstResponseDays: 7 } }, t.leder))).toBe('FORBIDDEN');
    const bad = await app.gql(UPDATE, { i: { firstResponseDays: 366, escalationGraceDays: -1 } }, t.admin);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((f: any) => f.field).sort()).toEqual([
      'escalationGraceDays',
      'firstResponseDays',
    ]);
    const ok = await app.gql(UPDATE, { i: { firstResponseDays: 0 } }, t.admin);
    expect(ok.data.updateMunicipalitySettings).toEqual({
      firstResponseDays: 0,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
    });
    const after = await newSuggestion();
    const a = await detail(after);
    expect(new Date(a.responseDueAt).getTime()).toBe(app.clock.now().getTime());
    expect(new Date((await detail(before)).responseDueAt).getTime()).toBe(app.clock.now().getTime() + 14 * 86_400_000);
    await app.gql(UPDATE, { i: { firstResponseDays: 14 } }, t.admin);
  });
});
