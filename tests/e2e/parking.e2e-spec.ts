import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, firstResponseDueAt, osloDateOf, parkReviewInstant } from '@idehub/libs';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';
import { DAY, HOUR, notificationsAbout, personIds, sweep, unitsOf } from '../support/deadline-fixtures';

/**
 * «Ikke nå» (PARKED with a review date), through the API: who may park, what is refused and why,
 * what the submitter and the leaders are told, the return on the review date (exactly once, with a
 * new first-response deadline that escalates as usual), and the metrics.
 */

const SUBMIT = `mutation($input: SubmitSuggestionInput!) {
  submitSuggestion(input: $input) { id submittedAt responseDueAt status }
}`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) {
  respondToSuggestion(input: $input) { id status reviewOn responseDueAt deadlineMissedAt escalatedAt version }
}`;
const READ = `query($id: ID!) {
  suggestion(id: $id) {
    id status reviewOn responseDueAt deadlineMissedAt escalatedAt overdue version owedBy { name }
    responses { message status }
  }
}`;
const WITHDRAW = `mutation($input: WithdrawSuggestionInput!) { withdrawSuggestion(input: $input) { id status reviewOn } }`;
const MERGE = `mutation($input: MergeSuggestionInput!) { mergeSuggestion(input: $input) { id status reviewOn } }`;
const ASSIGN = `mutation($input: AssignSuggestionInput!) { assignSuggestion(input: $input) { id } }`;
const SUPPORT = `mutation($id: ID!) { supportSuggestion(id: $id) { id } }`;
const METRICS = `query($unitId: ID, $from: DateTime!, $to: DateTime!) {
  feedbackMetrics(unitId: $unitId, from: $from, to: $to) {
    submitted firstResponsesDue firstResponsesAnsweredOnTime openNow parkedNow returnedFromParking
  }
}`;

const WHY = 'Ikke nå: vi venter på det nye journalsystemet, og ser på dette igjen etter anbudet.';
const DESCRIPTION = 'Turnusplanen lages i regneark og sendes på e-post; det blir feil hver måned.';

/** A date `days` Oslo calendar days after the clock's today, as YYYY-MM-DD. */
const daysAhead = (now: Date, days: number) => osloDateOf(addCalendarDays(now, days));

describe('«Ikke nå»: parking with a review date', () => {
  let app: TestApp;
  let people: Record<string, string>;
  let asker: Record<string, string>;
  const tokens: Record<string, { token: string; at: number }> = {};
  const token = async (who: string) => {
    const email = who.includes('@') ? who : `${who}@asker.idehub.test`;
    const now = app.clock.now().getTime();
    if (!tokens[email] || now - tokens[email].at > HOUR) tokens[email] = { token: await app.login(email), at: now };
    return tokens[email].token;
  };
  const gql = async (who: string, query: string, variables: Record<string, unknown>) =>
    app.gql(query, variables, await token(who));
  const ok = <T>(res: GraphQLResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const submit = async (
    who: string,
    unit: string,
    title: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; submittedAt: string }> =>
    ok(
      await gql(who, SUBMIT, {
        input: { title, description: DESCRIPTION, unitId: asker[unit], ...extra },
      }),
    ).submitSuggestion as { id: string; submittedAt: string };
  const respond = (who: string, input: Record<string, unknown>) =>
    gql(who, RESPOND, { input: { message: WHY, ...input } });
  const read = async (who: string, id: string) => ok(await gql(who, READ, { id })).suggestion;
  const fieldsOf = (res: GraphQLResult) => res.errors?.[0]?.extensions?.fields;
  /** Who got which kind about a suggestion: "kind local-part" lines, sorted. */
  const told = async (suggestionId: string, kinds: string[]) => {
    const byId = Object.fromEntries(Object.entries(people).map(([email, id]) => [id, email.split('@')[0]]));
    return (await notificationsAbout(app, suggestionId, kinds))
      .map((n) => `${n.kind} ${byId[n.person_id] ?? n.person_id}`)
      .sort();
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    people = await personIds(
      app,
      ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'].map((p) => `${p}@asker.idehub.test`),
    );
    asker = await unitsOf(app, 'asker');
    // The demo data has deadlines (and parked suggestions) of its own; the sweep deals with those that are due first.
    await sweep(app);
  });
  afterAll(() => app?.stop());

  describe('parking is an answer with a valid review date, by someone who may answer', () => {
    let id: string;
    beforeAll(async () => {
      id = (await submit('ansatt', 'Hjemmetjenesten', 'Ny turnusplan når nytt system kommer')).id;
    });

    it.each<[string, (now: Date) => Record<string, unknown>, string]>([
      ['PARKED without a review date', () => ({ status: 'PARKED' }), 'is required with status PARKED'],
      ['a review date of today (0 days ahead)', (now) => ({ status: 'PARKED', reviewOn: daysAhead(now, 0) }), 'today'],
      ['366 days ahead', (now) => ({ status: 'PARKED', reviewOn: daysAhead(now, 366) }), '366 days ahead'],
      ['a date in the past', (now) => ({ status: 'PARKED', reviewOn: daysAhead(now, -10) }), '10 days ago'],
      [
        'a review date with another status',
        (now) => ({ status: 'UNDER_REVIEW', reviewOn: daysAhead(now, 30) }),
        'is only for status PARKED',
      ],
      ['a review date on a progress update', (now) => ({ reviewOn: daysAhead(now, 30) }), 'is only for status PARKED'],
    ])('refuses %s with BAD_USER_INPUT on reviewOn, and writes nothing', async (_label, input, says) => {
      const res = await respond('leder', { suggestionId: id, ...input(app.clock.now()) });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([{ field: 'reviewOn', message: expect.stringContaining(says) }]);
      const s = await read('leder', id);
      expect(s).toMatchObject({ status: 'SUBMITTED', reviewOn: null, version: 1, responses: [] });
    });

    it('refuses what is not a date, and a too-short answer, before anything is written', async () => {
      const notDate = await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: 'neste vår' });
      expect(codeOf(notDate)).toBe('BAD_USER_INPUT');
      const short = await respond('leder', {
        suggestionId: id,
        status: 'PARKED',
        reviewOn: daysAhead(app.clock.now(), 30),
        message: 'Ikke nå.',
      });
      expect(codeOf(short)).toBe('RESPONSE_REQUIRED');
      expect((await read('leder', id)).version).toBe(1);
    });

    it('only those who may answer park: not the submitter, a colleague, an unassigned agent or another municipality', async () => {
      const input = { suggestionId: id, status: 'PARKED', reviewOn: daysAhead(app.clock.now(), 30) };
      expect(codeOf(await respond('ansatt', input))).toBe('FORBIDDEN');
      expect(codeOf(await respond('ansatt2', input))).toBe('FORBIDDEN');
      expect(codeOf(await respond('agent', input))).toBe('FORBIDDEN');
      expect(codeOf(await respond('leder@drammen.idehub.test', input))).toBe('NOT_FOUND');
      expect((await read('leder', id)).status).toBe('SUBMITTED');
    });

    it('a leader parks it 1 day ahead; the date is stored as 07:00 Oslo and no deadline runs', async () => {
      const now = app.clock.now();
      const date = daysAhead(now, 1);
      const parked = ok(
        await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: date }),
      ).respondToSuggestion;
      expect(parked).toMatchObject({
        status: 'PARKED',
        reviewOn: parkReviewInstant(date).toISOString(),
        responseDueAt: null,
        deadlineMissedAt: null,
        escalatedAt: null,
      });
      // The submitter sees the date and why.
      const seen = await read('ansatt', id);
      expect(seen).toMatchObject({ status: 'PARKED', reviewOn: parkReviewInstant(date).toISOString(), overdue: false });
      expect(seen.responses).toEqual([{ message: WHY, status: 'PARKED' }]);
      // Told like any answer, with the review date in the payload (the e-mail says «parkert til …»).
      const [notice] = await notificationsAbout(app, id, ['RESPONSE_RECEIVED']);
      expect(notice.person_id).toBe(people['ansatt@asker.idehub.test']);
      expect(notice.payload).toMatchObject({
        toStatus: 'PARKED',
        fromStatus: 'SUBMITTED',
        reviewOn: parkReviewInstant(date).toISOString(),
        message: WHY,
      });
    });

    it('setting PARKED again moves the date, up to 365 days ahead; a progress update keeps it', async () => {
      const far = daysAhead(app.clock.now(), 365);
      const moved = ok(
        await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: far }),
      ).respondToSuggestion;
      expect(moved.reviewOn).toBe(parkReviewInstant(far).toISOString());
      const update = ok(
        await respond('leder', { suggestionId: id, message: 'Anbudet er utsatt til høsten, vi holder datoen.' }),
      ).respondToSuggestion;
      expect(update).toMatchObject({
        status: 'PARKED',
        reviewOn: parkReviewInstant(far).toISOString(),
        responseDueAt: null,
      });
      // The submitter is told the new date with the move (the web app says «flyttet datoen»), and no date with the update.
      const toSubmitter = (await notificationsAbout(app, id, ['RESPONSE_RECEIVED'])).filter(
        (n) => n.person_id === people['ansatt@asker.idehub.test'] && n.payload.fromStatus === 'PARKED',
      );
      expect(toSubmitter.map((n) => n.payload.reviewOn ?? null).sort()).toEqual(
        [parkReviewInstant(far).toISOString(), null].sort(),
      );
      // The history keeps each answer's date: the parking, the move, and none for the update.
      const history = ok(
        await gql(
          'ansatt',
          'query($id: ID!) { suggestion(id: $id) { responses { previousStatus status reviewOn } } }',
          {
            id,
          },
        ),
      ).suggestion.responses as { previousStatus: string; status: string; reviewOn: string | null }[];
      // (The test clock stands still, so the three share a moment and their order is not theirs to keep.)
      expect(history).toHaveLength(3);
      expect(history.map((r) => [r.previousStatus, r.status, r.reviewOn])).toEqual(
        expect.arrayContaining([
          ['SUBMITTED', 'PARKED', parkReviewInstant(daysAhead(app.clock.now(), 1)).toISOString()],
          ['PARKED', 'PARKED', parkReviewInstant(far).toISOString()],
          ['PARKED', 'PARKED', null],
        ]),
      );
    });

    it('leaving PARKED by an answer clears the review date and starts the update deadline', async () => {
      const back = ok(await respond('leder', { suggestionId: id, status: 'ACCEPTED' })).respondToSuggestion;
      expect(back.reviewOn).toBeNull();
      expect(new Date(back.responseDueAt)).toEqual(addCalendarDays(app.clock.now(), 30));
      // And from ACCEPTED it may be parked again (any open status), but not from a final one.
      const reparked = ok(
        await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: daysAhead(app.clock.now(), 60) }),
      ).respondToSuggestion;
      expect(reparked.status).toBe('PARKED');
      ok(await respond('leder', { suggestionId: id, status: 'DECLINED' }));
      const fromFinal = await respond('leder', {
        suggestionId: id,
        status: 'PARKED',
        reviewOn: daysAhead(app.clock.now(), 60),
      });
      expect(codeOf(fromFinal)).toBe('INVALID_TRANSITION');
      expect((await read('leder', id)).reviewOn).toBeNull();
    });
  });

  describe('the return on the review date', () => {
    let id: string;
    let reviewAt: Date;
    let parkedAt: Date;

    it('a missed deadline is cleared by parking, and no deadline is swept while parked', async () => {
      id = (await submit('ansatt', 'Hjemmetjenesten', 'Elektronisk turnusbytte i Hjemmetjenesten')).id;
      app.clock.advance(15 * DAY); // the first-response deadline (14 days) has passed
      await sweep(app);
      expect((await read('leder', id)).deadlineMissedAt).not.toBeNull();
      parkedAt = app.clock.now();
      const date = daysAhead(parkedAt, 90);
      reviewAt = parkReviewInstant(date);
      const parked = ok(
        await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: date }),
      ).respondToSuggestion;
      expect(parked).toMatchObject({ responseDueAt: null, deadlineMissedAt: null, escalatedAt: null });
      // The parking answer was late (after the 14 days): recorded as such.
      const [{ was_late }] = await app.db.query('select was_late from response where suggestion_id = $1', [id]);
      expect(was_late).toBe(true);

      // Nothing happens while parked, however often the sweep runs.
      for (const days of [10, 40, 80]) {
        app.clock.set(new Date(parkedAt.getTime() + days * DAY));
        await sweep(app);
      }
      app.clock.set(new Date(reviewAt.getTime() - 1000));
      await sweep(app);
      expect(await read('leder', id)).toMatchObject({ status: 'PARKED', responseDueAt: null, deadlineMissedAt: null });
      // Only the deadline missed before parking was told.
      expect(await told(id, ['DEADLINE_MISSED'])).toEqual(['DEADLINE_MISSED leder']);
    });

    it('on the date it is back UNDER_REVIEW with a new first-response deadline; the leaders and the submitter are told, once', async () => {
      app.clock.set(new Date(reviewAt.getTime() + 30_000));
      const result = await sweep(app);
      expect(result.returnedFromParking).toBeGreaterThanOrEqual(1);
      const dueAt = firstResponseDueAt(reviewAt, {
        firstResponseDays: 14,
        updateIntervalDays: 30,
        escalationGraceDays: 3,
      });
      const s = await read('ansatt', id);
      expect(s).toMatchObject({
        status: 'UNDER_REVIEW',
        reviewOn: null,
        responseDueAt: dueAt.toISOString(),
        deadlineMissedAt: null,
        escalatedAt: null,
        owedBy: [{ name: 'Hanne Lie' }],
      });
      // Counted from the review date, not from when the sweep ran.
      expect(dueAt).toEqual(addCalendarDays(reviewAt, 14));

      expect(await told(id, ['REVIEW_DUE'])).toEqual(['REVIEW_DUE ansatt', 'REVIEW_DUE leder']);
      const notices = await notificationsAbout(app, id, ['REVIEW_DUE']);
      const toSubmitter = notices.find((n) => n.person_id === people['ansatt@asker.idehub.test'])!;
      const toLeader = notices.find((n) => n.person_id === people['leder@asker.idehub.test'])!;
      expect(toSubmitter.payload).toMatchObject({
        audience: 'SUBMITTER',
        reviewOn: reviewAt.toISOString(),
        dueAt: dueAt.toISOString(),
      });
      expect(toLeader.payload).toMatchObject({
        audience: 'RESPONSIBLE',
        unitName: 'Hjemmetjenesten',
        dueAt: dueAt.toISOString(),
      });
      // Each with its e-mail job.
      const [{ n: jobs }] = await app.db.query(
        `select count(*)::int as n from graphile_worker.jobs j join notification n on j.key = 'email:' || n.id
          where n.suggestion_id = $1 and n.kind = 'REVIEW_DUE'`,
        [id],
      );
      expect(jobs).toBe(2);

      const audit = await app.db.query(
        `select actor_id, before, after from audit_entry where entity_id = $1 and action = 'suggestion.review_due'`,
        [id],
      );
      expect(audit).toEqual([
        {
          actor_id: null,
          before: { status: 'PARKED', reviewOn: reviewAt.toISOString(), responseDueAt: null },
          after: {
            status: 'UNDER_REVIEW',
            reviewOn: null,
            responseDueAt: dueAt.toISOString(),
            notified: [people['leder@asker.idehub.test']],
          },
        },
      ]);

      // Exactly once: more sweeps change nothing.
      app.clock.advance(HOUR);
      expect((await sweep(app)).returnedFromParking).toBe(0);
      expect(await told(id, ['REVIEW_DUE'])).toHaveLength(2);
    });

    it('the new deadline, missed, escalates as usual', async () => {
      const { responseDueAt } = await read('leder', id);
      app.clock.set(new Date(new Date(responseDueAt).getTime() + 1000));
      await sweep(app);
      expect(await told(id, ['DEADLINE_MISSED'])).toEqual(['DEADLINE_MISSED leder', 'DEADLINE_MISSED leder']);
      app.clock.set(addCalendarDays(new Date(responseDueAt), 3));
      await sweep(app);
      expect(await told(id, ['ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'ESCALATED kommunalsjef',
        'ESCALATION_NOTICE ansatt',
      ]);
      expect((await read('ansatt', id)).escalatedAt).not.toBeNull();
    });
  });

  describe('who is told on the return, and what', () => {
    it('the assignee and the unit’s leaders; a unit without leaders: the nearest leaders above', async () => {
      const assigned = (await submit('ansatt2', 'Hjemmetjenesten', 'Digital tavle for dagens oppgaver')).id;
      ok(
        await gql('leder', ASSIGN, { input: { suggestionId: assigned, personId: people['agent@asker.idehub.test'] } }),
      );
      const leaderless = (await submit('ansatt2', 'Bleiker sykehjem', 'Felles nattevaktsliste for sykehjemmet')).id;
      const date = daysAhead(app.clock.now(), 7);
      // The assignee may park it too (they owe the answer).
      ok(await respond('agent', { suggestionId: assigned, status: 'PARKED', reviewOn: date }));
      ok(await respond('kommunalsjef', { suggestionId: leaderless, status: 'PARKED', reviewOn: date }));
      app.clock.set(new Date(parkReviewInstant(date).getTime() + 1000));
      await sweep(app);
      expect(await told(assigned, ['REVIEW_DUE'])).toEqual([
        'REVIEW_DUE agent',
        'REVIEW_DUE ansatt2',
        'REVIEW_DUE leder',
      ]);
      expect(await told(leaderless, ['REVIEW_DUE'])).toEqual(['REVIEW_DUE ansatt2', 'REVIEW_DUE kommunalsjef']);
    });

    it('a confidential suggestion with a hidden name: only those who may see it are told, and no name is in any payload', async () => {
      const secret = (
        await submit('ansatt', 'Hjemmetjenesten', 'Bekymring for bemanningen på natt', {
          confidential: true,
          hideName: true,
        })
      ).id;
      // A hidden-name suggestion that colleagues see: a supporter follows it and is told of the parking.
      const hidden = (await submit('ansatt', 'Hjemmetjenesten', 'Faste par på kveldsvakt', { hideName: true })).id;
      ok(await gql('ansatt2', SUPPORT, { id: hidden }));
      expect(codeOf(await gql('ansatt2', SUPPORT, { id: secret }))).toBe('NOT_FOUND');
      const date = daysAhead(app.clock.now(), 5);
      for (const id of [secret, hidden])
        ok(await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: date }));
      expect(await told(hidden, ['RESPONSE_RECEIVED'])).toEqual([
        'RESPONSE_RECEIVED ansatt',
        'RESPONSE_RECEIVED ansatt2',
      ]);
      // The leader moves both dates (the answer form's «Flytt datoen»): told to the same people as the parking.
      const moved = daysAhead(app.clock.now(), 9);
      for (const id of [secret, hidden])
        ok(await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: moved }));
      expect(await told(secret, ['RESPONSE_RECEIVED'])).toEqual([
        'RESPONSE_RECEIVED ansatt',
        'RESPONSE_RECEIVED ansatt',
      ]);
      expect(await told(hidden, ['RESPONSE_RECEIVED'])).toEqual([
        'RESPONSE_RECEIVED ansatt',
        'RESPONSE_RECEIVED ansatt',
        'RESPONSE_RECEIVED ansatt2',
        'RESPONSE_RECEIVED ansatt2',
      ]);
      // The history with its dates: the colleague sees the hidden-name one's, as «Ansatt i …», not the secret one.
      const history = `query($id: ID!) { suggestion(id: $id) { submitterName responses { status reviewOn } } }`;
      expect((await gql('ansatt2', history, { id: secret })).data?.suggestion).toBeNull();
      const seen = ok(await gql('ansatt2', history, { id: hidden })).suggestion;
      expect(seen.submitterName).toMatch(/^Ansatt i /);
      expect(seen.responses.map((r: { reviewOn: string }) => r.reviewOn)).toContain(
        parkReviewInstant(moved).toISOString(),
      );
      app.clock.set(new Date(parkReviewInstant(moved).getTime() + 1000));
      await sweep(app);
      expect(await told(secret, ['REVIEW_DUE'])).toEqual(['REVIEW_DUE ansatt', 'REVIEW_DUE leder']);
      expect(await told(hidden, ['REVIEW_DUE'])).toEqual(['REVIEW_DUE ansatt', 'REVIEW_DUE leder']);
      const submitterName = 'Nora Bakke';
      for (const id of [secret, hidden]) {
        for (const n of await notificationsAbout(app, id)) {
          if (n.person_id !== people['leder@asker.idehub.test'] && n.person_id !== people['ansatt@asker.idehub.test']) {
            expect(JSON.stringify(n.payload)).not.toContain(submitterName);
          }
          if (n.kind === 'REVIEW_DUE') expect(JSON.stringify(n.payload)).not.toContain(submitterName);
        }
      }
      // The colleague still cannot see the confidential one.
      expect((await gql('ansatt2', READ, { id: secret })).data?.suggestion).toBeNull();
    });
  });

  describe('merge and withdraw of parked suggestions', () => {
    it('the submitter withdraws a parked suggestion: WITHDRAWN, no date, and it never comes back', async () => {
      const id = (await submit('ansatt', 'Hjemmetjenesten', 'Nøkkelbokser ved alle inngangsdører')).id;
      const date = daysAhead(app.clock.now(), 3);
      ok(await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: date }));
      const withdrawn = ok(
        await gql('ansatt', WITHDRAW, { input: { suggestionId: id, reason: 'Løst på annen måte.' } }),
      );
      expect(withdrawn.withdrawSuggestion).toEqual({ id, status: 'WITHDRAWN', reviewOn: null });
      const [{ review_on }] = await app.db.query('select review_on from suggestion where id = $1', [id]);
      expect(review_on).toBeNull();
      app.clock.set(new Date(parkReviewInstant(date).getTime() + 1000));
      await sweep(app);
      expect((await read('ansatt', id)).status).toBe('WITHDRAWN');
      expect(await told(id, ['REVIEW_DUE'])).toEqual([]);
    });

    it('a leader merges a parked suggestion into another: MERGED, no date, and it never comes back', async () => {
      const id = (await submit('ansatt2', 'Hjemmetjenesten', 'Kjøreliste på nettbrett i bilene')).id;
      const target = (await submit('ansatt', 'Hjemmetjenesten', 'Digital kjøreliste for hjemmetjenesten')).id;
      const date = daysAhead(app.clock.now(), 3);
      ok(await respond('leder', { suggestionId: id, status: 'PARKED', reviewOn: date }));
      const merged = ok(
        await gql('leder', MERGE, {
          input: { suggestionId: id, targetId: target, message: 'Samme idé som den andre; vi følger den opp der.' },
        }),
      );
      expect(merged.mergeSuggestion).toEqual({ id, status: 'MERGED', reviewOn: null });
      app.clock.set(new Date(parkReviewInstant(date).getTime() + 1000));
      await sweep(app);
      expect((await read('leder', id)).status).toBe('MERGED');
      expect(await told(id, ['REVIEW_DUE'])).toEqual([]);
    });
  });

  describe('metrics', () => {
    it('a parked answer counts as the first answer, on time or late as it was; parked now and back in the period are counted', async () => {
      // Kongsberg's Helsehuset, so the demo data and the tests above stay out of the figures.
      const kongsberg = await unitsOf(app, 'kongsberg');
      const from = app.clock.now();
      const k = (p: string) => `${p}@kongsberg.idehub.test`;
      const submitK = async (title: string) =>
        (
          ok(
            await gql(k('ansatt'), SUBMIT, {
              input: { title, description: DESCRIPTION, unitId: kongsberg['Hjemmetjenesten'] },
            }),
          ).submitSuggestion as { id: string }
        ).id;
      const park = async (id: string, days: number) =>
        ok(
          await gql(k('leder'), RESPOND, {
            input: { suggestionId: id, status: 'PARKED', reviewOn: daysAhead(app.clock.now(), days), message: WHY },
          }),
        );
      const onTime = await submitK('Pusterom for nattevakter');
      const late = await submitK('Ny vaktbok for medisinrommet');
      const stays = await submitK('Felles kalender for hjelpemidler');
      app.clock.advance(2 * DAY);
      await park(onTime, 10);
      await park(stays, 200);
      app.clock.advance(15 * DAY); // past the late one's 14 days
      await park(late, 30);
      const metrics = async () =>
        ok(
          await gql(k('kommunalsjef'), METRICS, {
            unitId: kongsberg['Hjemmetjenesten'],
            from: from.toISOString(),
            to: addCalendarDays(app.clock.now(), 1).toISOString(),
          }),
        ).feedbackMetrics;
      // Day 17: «onTime» came back on day 12 (10 days after parking); the other two are parked.
      await sweep(app);
      expect(await metrics()).toEqual({
        submitted: 3,
        firstResponsesDue: 3,
        firstResponsesAnsweredOnTime: 2,
        openNow: 3,
        parkedNow: 2,
        returnedFromParking: 1,
      });
      // Back on its date, the late one no longer counts as parked; its first answer stays late.
      app.clock.advance(31 * DAY);
      await sweep(app);
      expect(await metrics()).toMatchObject({ firstResponsesAnsweredOnTime: 2, parkedNow: 1, returnedFromParking: 2 });
    });
  });
});
