import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { addCalendarDays } from '@idehub/libs';
import { codeOf, startTestApp, TestApp } from '../support/test-app';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import {
  DAY,
  HOUR,
  notificationsAbout,
  personIds,
  RESPOND,
  SUBMIT,
  SUGGESTION,
  sweep,
  unitsOf,
} from '../support/deadline-fixtures';

const SETTINGS = `mutation($input: MunicipalitySettingsInput!) {
  updateMunicipalitySettings(input: $input) { firstResponseDays updateIntervalDays escalationGraceDays }
}`;

const MINUTE = 60_000;

describe('deadlines, the sweep and escalation', () => {
  let app: TestApp;
  const tokens: Record<string, { token: string; at: number }> = {};
  let people: Record<string, string>;
  /** Sessions expire on the (manual) clock too: sign in again once it has moved on. */
  const token = async (email: string) => {
    const now = app.clock.now().getTime();
    if (!tokens[email] || now - tokens[email].at > HOUR) tokens[email] = { token: await app.login(email), at: now };
    return tokens[email].token;
  };

  const submit = async (email: string, unitId: string, title = 'Felles huskeliste for medisinrunden') => {
    const res = await app.gql(
      SUBMIT,
      { input: { title, description: 'Vi glemmer ofte å kvittere i dosettlisten.', unitId } },
      await token(email),
    );
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion as {
      id: string;
      submittedAt: string;
      responseDueAt: string | null;
      overdue: boolean;
    };
  };
  const respond = async (email: string, suggestionId: string, status?: string) => {
    const res = await app.gql(
      RESPOND,
      { input: { suggestionId, status, message: 'Takk, vi har sett på forslaget og svarer her.' } },
      await token(email),
    );
    expect(res.errors).toBeUndefined();
    return res.data.respondToSuggestion;
  };
  const read = async (email: string, id: string) => {
    const res = await app.gql(SUGGESTION, { id }, await token(email));
    expect(res.errors).toBeUndefined();
    return res.data.suggestion;
  };
  const settings = async (slug: string, input: Record<string, number>) => {
    const res = await app.gql(SETTINGS, { input }, await token(`admin@${slug}.idehub.test`));
    expect(res.errors).toBeUndefined();
    return res.data.updateMunicipalitySettings;
  };
  /** Who got which kind about a suggestion: "kind email" lines, sorted. */
  const told = async (suggestionId: string, kinds: string[]) => {
    const byId = Object.fromEntries(Object.entries(people).map(([email, id]) => [id, email]));
    return (await notificationsAbout(app, suggestionId, kinds))
      .map((n) => `${n.kind} ${byId[n.person_id] ?? n.person_id}`)
      .sort();
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const emails = ['drammen', 'asker', 'kongsberg', 'lier'].flatMap((m) =>
      ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'].map((p) => `${p}@${m}.idehub.test`),
    );
    people = await personIds(app, emails);
    // The demo data has deadlines that are already past; tell about them first so each test sees only its own.
    await sweep(app);
  });
  afterAll(() => app?.stop());

  it('sets the first response due firstResponseDays after submission, from the settings in force at submission', async () => {
    const units = await unitsOf(app, 'asker');
    const before = await submit('ansatt@asker.idehub.test', units['Hjemmetjenesten']);
    expect(new Date(before.responseDueAt!)).toEqual(addCalendarDays(new Date(before.submittedAt), 14));
    expect(before.overdue).toBe(false);

    expect(await settings('asker', { firstResponseDays: 7 })).toEqual({
      firstResponseDays: 7,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
    });
    const after = await submit('ansatt@asker.idehub.test', units['Hjemmetjenesten']);
    expect(new Date(after.responseDueAt!)).toEqual(addCalendarDays(new Date(after.submittedAt), 7));
    // The change applies to deadlines set after it; the earlier suggestion keeps its due date.
    expect((await read('ansatt@asker.idehub.test', before.id)).responseDueAt).toBe(before.responseDueAt);
    await settings('asker', { firstResponseDays: 14 });
  });

  it('refuses deadline settings outside 0–365 days and from non-admins', async () => {
    const tooMany = await app.gql(
      SETTINGS,
      { input: { updateIntervalDays: 366 } },
      await token('admin@asker.idehub.test'),
    );
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions!.fields).toEqual([
      { field: 'updateIntervalDays', message: expect.any(String) },
    ]);
    expect(
      codeOf(await app.gql(SETTINGS, { input: { escalationGraceDays: -1 } }, await token('admin@asker.idehub.test'))),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await app.gql(SETTINGS, { input: { firstResponseDays: 1 } }, await token('leder@asker.idehub.test'))),
    ).toBe('FORBIDDEN');
    const current = await app.gql(
      '{ municipalitySettings { firstResponseDays updateIntervalDays escalationGraceDays } }',
      {},
      await token('leder@asker.idehub.test'),
    );
    expect(current.data.municipalitySettings).toEqual({
      firstResponseDays: 14,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
    });
  });

  it('after a response the next update is due updateIntervalDays later; a final status clears the deadline', async () => {
    const units = await unitsOf(app, 'asker');
    const s = await submit('ansatt2@asker.idehub.test', units['Hjemmetjenesten']);
    app.clock.advance(2 * DAY);
    const answered = await respond('leder@asker.idehub.test', s.id, 'UNDER_REVIEW');
    expect(new Date(answered.responseDueAt)).toEqual(addCalendarDays(app.clock.now(), 30));

    await settings('asker', { updateIntervalDays: 10 });
    // The deadline already set stays; the next response gets the new interval.
    expect((await read('ansatt2@asker.idehub.test', s.id)).responseDueAt).toBe(answered.responseDueAt);
    app.clock.advance(DAY);
    const update = await respond('leder@asker.idehub.test', s.id);
    expect(new Date(update.responseDueAt)).toEqual(addCalendarDays(app.clock.now(), 10));
    await settings('asker', { updateIntervalDays: 30 });

    const declined = await respond('kommunalsjef@asker.idehub.test', s.id, 'DECLINED');
    expect(declined).toMatchObject({ status: 'DECLINED', responseDueAt: null, overdue: false });
    const seen = await read('ansatt2@asker.idehub.test', s.id);
    expect(seen).toMatchObject({ responseDueAt: null, overdue: false, owedBy: [] });
    app.clock.advance(60 * DAY);
    await sweep(app);
    expect(await told(s.id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([]);
  });

  it('0 days means due at once: the next sweep tells the leaders, and a grace of 0 escalates in the same sweep', async () => {
    const units = await unitsOf(app, 'lier');
    await settings('lier', { firstResponseDays: 0, updateIntervalDays: 0, escalationGraceDays: 0 });
    try {
      const s = await submit('ansatt@lier.idehub.test', units['Hjemmetjenesten']);
      expect(s.responseDueAt).toBe(s.submittedAt);
      expect(s.overdue).toBe(true);
      const result = await sweep(app);
      expect(result.deadlinesMissed).toBeGreaterThanOrEqual(1);
      expect(await told(s.id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'DEADLINE_MISSED leder@lier.idehub.test',
        'ESCALATED kommunalsjef@lier.idehub.test',
        'ESCALATION_NOTICE ansatt@lier.idehub.test',
      ]);

      // An update interval of 0: the next update is due as soon as a response is written.
      app.clock.advance(MINUTE);
      const answered = await respond('leder@lier.idehub.test', s.id, 'UNDER_REVIEW');
      expect(answered.responseDueAt).toBe(app.clock.now().toISOString());
      app.clock.advance(MINUTE);
      await sweep(app);
      const missed = await notificationsAbout(app, s.id, ['DEADLINE_MISSED']);
      expect(missed.map((n) => n.event_key)).toEqual([
        `deadline-missed:${s.id}:${s.responseDueAt}`,
        `deadline-missed:${s.id}:${answered.responseDueAt}`,
      ]);
    } finally {
      await settings('lier', { firstResponseDays: 14, updateIntervalDays: 30, escalationGraceDays: 3 });
    }
  });

  describe('a missed deadline in Hjemmetjenesten (Drammen)', () => {
    let id: string;
    let dueAt: Date;

    it('is not told before the deadline, and at the deadline the unit leaders are told once', async () => {
      const units = await unitsOf(app, 'drammen');
      const s = await submit('ansatt@drammen.idehub.test', units['Hjemmetjenesten'], 'Fallalarm som varsler to vakter');
      id = s.id;
      dueAt = new Date(s.responseDueAt!);
      app.clock.set(new Date(dueAt.getTime() - MINUTE));
      await sweep(app);
      expect(await told(id, ['DEADLINE_MISSED'])).toEqual([]);
      expect((await read('ansatt@drammen.idehub.test', id)).overdue).toBe(false);

      app.clock.set(dueAt);
      await sweep(app);
      await sweep(app);
      const missed = await notificationsAbout(app, id, ['DEADLINE_MISSED']);
      expect(missed.map((n) => n.person_id)).toEqual([people['leder@drammen.idehub.test']]);
      expect(missed[0].event_key).toBe(`deadline-missed:${id}:${dueAt.toISOString()}`);
      expect(missed[0].created_at).toEqual(dueAt);
      expect(missed[0].payload).toMatchObject({
        title: 'Fallalarm som varsler to vakter',
        unitName: 'Hjemmetjenesten',
      });
      // Its e-mail is queued in the same transaction, once.
      const jobs = await app.db.query(`select count(*)::int as n from graphile_worker.jobs where key = $1`, [
        `email:${(await app.db.query('select id from notification where event_key = $1', [missed[0].event_key]))[0].id}`,
      ]);
      expect(jobs[0].n).toBe(1);

      const seen = await read('ansatt@drammen.idehub.test', id);
      expect(seen).toMatchObject({
        overdue: true,
        deadlineMissedAt: dueAt.toISOString(),
        escalatedAt: null,
        escalatedTo: [],
      });
      const audit = await app.db.query(
        `select actor_id from audit_entry where entity_id = $1 and action = 'suggestion.deadline_missed'`,
        [id],
      );
      expect(audit).toEqual([{ actor_id: null }]);
    });

    it('after the grace days it is escalated to the kommunalsjef, and the submitter is told to whom', async () => {
      const escalationAt = addCalendarDays(dueAt, 3);
      app.clock.set(new Date(escalationAt.getTime() - MINUTE));
      await sweep(app);
      expect(await told(id, ['ESCALATED', 'ESCALATION_NOTICE'])).toEqual([]);

      app.clock.set(escalationAt);
      await sweep(app);
      await sweep(app);
      expect(await told(id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'DEADLINE_MISSED leder@drammen.idehub.test',
        'ESCALATED kommunalsjef@drammen.idehub.test',
        'ESCALATION_NOTICE ansatt@drammen.idehub.test',
      ]);
      const [notice] = await notificationsAbout(app, id, ['ESCALATION_NOTICE']);
      expect(notice.payload).toMatchObject({
        escalatedTo: [{ id: people['kommunalsjef@drammen.idehub.test'], name: 'Per Solberg' }],
        escalatedToNames: 'Per Solberg',
      });
      expect(notice.event_key).toBe(`escalation-notice:${id}:${dueAt.toISOString()}`);

      const seen = await read('ansatt@drammen.idehub.test', id);
      expect(seen).toMatchObject({
        overdue: true,
        escalatedAt: escalationAt.toISOString(),
        escalatedTo: [{ id: people['kommunalsjef@drammen.idehub.test'], name: 'Per Solberg' }],
      });
      const audit = await app.db.query(
        `select actor_id, after from audit_entry where entity_id = $1 and action = 'suggestion.escalated'`,
        [id],
      );
      expect(audit).toEqual([
        {
          actor_id: null,
          after: expect.objectContaining({ escalatedTo: [people['kommunalsjef@drammen.idehub.test']] }),
        },
      ]);
    });

    it('a response after escalation resets the deadline, and a later miss of the new deadline is told again', async () => {
      app.clock.advance(DAY);
      const answered = await respond('leder@drammen.idehub.test', id, 'UNDER_REVIEW');
      const newDue = addCalendarDays(app.clock.now(), 30);
      expect(answered).toMatchObject({
        deadlineMissedAt: null,
        escalatedAt: null,
        overdue: false,
        responseDueAt: newDue.toISOString(),
      });
      expect(await read('ansatt@drammen.idehub.test', id)).toMatchObject({ escalatedTo: [], overdue: false });
      await sweep(app);
      expect(await notificationsAbout(app, id, ['DEADLINE_MISSED'])).toHaveLength(1);

      app.clock.set(newDue);
      await sweep(app);
      const missed = await notificationsAbout(app, id, ['DEADLINE_MISSED']);
      expect(missed.map((n) => n.event_key)).toEqual([
        `deadline-missed:${id}:${dueAt.toISOString()}`,
        `deadline-missed:${id}:${newDue.toISOString()}`,
      ]);
      app.clock.set(addCalendarDays(newDue, 3));
      await sweep(app);
      expect(await told(id, ['ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'ESCALATED kommunalsjef@drammen.idehub.test',
        'ESCALATED kommunalsjef@drammen.idehub.test',
        'ESCALATION_NOTICE ansatt@drammen.idehub.test',
        'ESCALATION_NOTICE ansatt@drammen.idehub.test',
      ]);
    });

    it('a response between the miss and the escalation stops the escalation', async () => {
      const units = await unitsOf(app, 'drammen');
      const s = await submit(
        'ansatt2@drammen.idehub.test',
        units['Hjemmetjenesten'],
        'Kortere e-læring i arbeidstiden',
      );
      const due = new Date(s.responseDueAt!);
      app.clock.set(due);
      await sweep(app);
      app.clock.set(addCalendarDays(due, 2));
      await respond('kommunalsjef@drammen.idehub.test', s.id);
      app.clock.set(addCalendarDays(due, 4));
      await sweep(app);
      expect(await told(s.id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'DEADLINE_MISSED leder@drammen.idehub.test',
      ]);
      expect(await read('ansatt2@drammen.idehub.test', s.id)).toMatchObject({
        overdue: false,
        deadlineMissedAt: null,
        escalatedAt: null,
      });
    });
  });

  it('a top-level unit escalates to the admins', async () => {
    const units = await unitsOf(app, 'kongsberg');
    const s = await submit('agent@kongsberg.idehub.test', units['Helse og omsorg'], 'Superbrukere trenger avsatt tid');
    const due = new Date(s.responseDueAt!);
    app.clock.set(addCalendarDays(due, 3));
    await sweep(app);
    expect(await told(s.id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
      'DEADLINE_MISSED kommunalsjef@kongsberg.idehub.test',
      'ESCALATED admin@kongsberg.idehub.test',
      'ESCALATION_NOTICE agent@kongsberg.idehub.test',
    ]);
    expect((await read('agent@kongsberg.idehub.test', s.id)).escalatedTo).toEqual([
      { id: people['admin@kongsberg.idehub.test'], name: 'Eva Brekke' },
    ]);
  });

  it('a unit without leaders: the nearest leaders above are told, so someone always is', async () => {
    const units = await unitsOf(app, 'kongsberg');
    const s = await submit(
      'ansatt@kongsberg.idehub.test',
      units['Kongsberg sykehjem'],
      'Digital tilsynskamera om natten',
    );
    app.clock.set(new Date(s.responseDueAt!));
    await sweep(app);
    expect(await told(s.id, ['DEADLINE_MISSED'])).toEqual(['DEADLINE_MISSED kommunalsjef@kongsberg.idehub.test']);
  });

  it('an assigned owner is told of the missed deadline along with the leaders', async () => {
    const units = await unitsOf(app, 'asker');
    const s = await submit(
      'ansatt@asker.idehub.test',
      units['Hjemmetjenesten'],
      'Nettbrett til digital hjemmeoppfølging',
    );
    const assigned = await app.gql(
      'mutation($input: AssignSuggestionInput!) { assignSuggestion(input: $input) { id } }',
      { input: { suggestionId: s.id, personId: people['agent@asker.idehub.test'] } },
      await token('leder@asker.idehub.test'),
    );
    expect(assigned.errors).toBeUndefined();
    app.clock.set(new Date(s.responseDueAt!));
    await sweep(app);
    expect(await told(s.id, ['DEADLINE_MISSED'])).toEqual([
      'DEADLINE_MISSED agent@asker.idehub.test',
      'DEADLINE_MISSED leder@asker.idehub.test',
    ]);
  });

  it('sweeps running at once in one process still tell each person once', async () => {
    const units = await unitsOf(app, 'lier');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(
        (await submit('ansatt2@lier.idehub.test', units['Hjemmetjenesten'], `Forslag nummer ${i + 1} om dosetter`)).id,
      );
    const due = new Date((await read('ansatt2@lier.idehub.test', ids[11])).responseDueAt);
    app.clock.set(addCalendarDays(due, 3));
    // What is due across the whole database now (earlier tests left deadlines too), grace being 3 days everywhere.
    const open: { response_due_at: Date; deadline_missed_at: Date | null }[] = await app.db.query(
      `select response_due_at, deadline_missed_at from suggestion
        where escalated_at is null and response_due_at <= $1 and status not in ('IMPLEMENTED', 'DECLINED', 'MERGED', 'WITHDRAWN')`,
      [app.clock.now()],
    );
    const expected = {
      missed: open.filter((r) => r.deadline_missed_at === null).length,
      escalated: open.filter((r) => addCalendarDays(new Date(r.response_due_at), 3) <= app.clock.now()).length,
    };
    expect(expected.missed).toBeGreaterThanOrEqual(12);
    expect(expected.escalated).toBeGreaterThanOrEqual(12);
    const results = await Promise.all([sweep(app), sweep(app), sweep(app)]);
    const total = results.reduce(
      (sum, r) => ({ missed: sum.missed + r.deadlinesMissed, escalated: sum.escalated + r.escalated }),
      {
        missed: 0,
        escalated: 0,
      },
    );
    expect(total).toEqual(expected);
    for (const id of ids) {
      expect(await told(id, ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE'])).toEqual([
        'DEADLINE_MISSED leder@lier.idehub.test',
        'ESCALATED kommunalsjef@lier.idehub.test',
        'ESCALATION_NOTICE ansatt2@lier.idehub.test',
      ]);
    }
  });
});

describe('the scheduled sweep (runSweep)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demo: true, config: { runSweep: true, sweepIntervalSeconds: 0.05 } });
  });
  afterAll(() => app?.stop());

  it('runs every SWEEP_INTERVAL_SECONDS and tells the leaders without anyone calling it', async () => {
    const units = await unitsOf(app, 'drammen');
    const token = await app.login('ansatt@drammen.idehub.test');
    const res = await app.gql(
      SUBMIT,
      {
        input: {
          title: 'Bedre rutiner for medisindispenser',
          description: 'Dispenseren piper uten at noen hører det.',
          unitId: units['Hjemmetjenesten'],
        },
      },
      token,
    );
    const id = res.data.submitSuggestion.id;
    app.clock.set(new Date(res.data.submitSuggestion.responseDueAt));
    let missed: unknown[] = [];
    for (let i = 0; i < 100 && !missed.length; i++) {
      await sleep(50);
      missed = await notificationsAbout(app, id, ['DEADLINE_MISSED']);
    }
    expect(missed).toHaveLength(1);
  });

  it('never overlaps itself, survives a failing sweep, and stops on shutdown', async () => {
    const service = app.running.app.get(DeadlineSweepService);
    let calls = 0;
    let active = 0;
    let maxActive = 0;
    service.sweep = async () => {
      calls++;
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        await sleep(120); // longer than the interval
        if (calls === 1) throw new Error('database went away');
        return { deadlinesMissed: 0, escalated: 0, returnedFromParking: 0, reminded: 0, notifications: 0 };
      } finally {
        active--;
      }
    };
    for (let i = 0; i < 100 && calls < 4; i++) await sleep(50);
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(maxActive).toBe(1);
    await app.stop();
    const afterStop = calls;
    expect(active).toBe(0);
    await sleep(300);
    expect(calls).toBe(afterStop);
    app = undefined as unknown as TestApp;
  });
});
