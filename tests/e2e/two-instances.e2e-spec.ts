import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '@idehub/libs';
import { ManualClock } from '../../api/src/common/clock';
import { DeadlineSweepService, SweepResult } from '../../api/src/deadlines/deadline-sweep.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { createOrganisation, DAY, TestOrganisation, TestPerson } from '../support/deadline-fixtures';

const onPostgres = !!process.env.TEST_DATABASE_URL;
const SKIPPED_ON_PGLITE =
  ' [skipped on embedded PGlite: one embedded database is owned by one process by design; set TEST_DATABASE_URL to run it on PostgreSQL]';
const title = (name: string) => (onPostgres ? name : name + SKIPPED_ON_PGLITE);

const SUGGESTIONS = 200;
const ROUNDS = 6;
const SWEEPS_PER_INSTANCE_PER_ROUND = 3;

interface Claims {
  missed: number;
  escalated: number;
  reminded: number;
}

/**
 * Two API processes (two Nest apps, each with its own connection pool) on one PostgreSQL
 * database, both sweeping at once. Each deadline must be claimed by exactly one sweep and be
 * notified exactly once per person — shown by the claims counted per instance, not only by the
 * unique index on notifications.
 */
describe('exactly once across two API instances on one database', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let org: TestOrganisation;
  const claims = { a: { missed: 0, escalated: 0, reminded: 0 }, b: { missed: 0, escalated: 0, reminded: 0 } };
  const ids: string[] = [];
  const unitOf = new Map<string, 'top' | 'home' | 'leaderless'>();
  const submitterOf = new Map<string, TestPerson>();

  const add = (into: Claims, r: SweepResult) => {
    into.missed += r.deadlinesMissed;
    into.escalated += r.escalated;
    into.reminded += r.reminded;
  };
  /** Both instances sweep at once, several sweeps each, several rounds. Returns the claims won in this call. */
  const sweepTogether = async (): Promise<{ a: Claims; b: Claims }> => {
    const won = { a: { missed: 0, escalated: 0, reminded: 0 }, b: { missed: 0, escalated: 0, reminded: 0 } };
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        Array.from({ length: SWEEPS_PER_INSTANCE_PER_ROUND }, () => [
          a.running.app
            .get(DeadlineSweepService)
            .sweep()
            .then((r) => add(won.a, r)),
          b.running.app
            .get(DeadlineSweepService)
            .sweep()
            .then((r) => add(won.b, r)),
        ]).flat(),
      );
    }
    add(claims.a, {
      deadlinesMissed: won.a.missed,
      escalated: won.a.escalated,
      returnedFromParking: 0,
      reminded: won.a.reminded,
      notifications: 0,
    });
    add(claims.b, {
      deadlinesMissed: won.b.missed,
      escalated: won.b.escalated,
      returnedFromParking: 0,
      reminded: won.b.reminded,
      notifications: 0,
    });
    return won;
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await a.db.query(sql, params))[0].n);

  beforeAll(async () => {
    if (!onPostgres) return;
    database = await createTestDatabase();
    const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
    a = await startTestApp({ database, clock, listen: false });
    b = await startTestApp({ database, clock, listen: false });
    org = await createOrganisation(a, 'tvilling');
    const units = ['home', 'top', 'leaderless'] as const;
    for (let i = 0; i < SUGGESTIONS; i += 20) {
      // Spread the deadlines a little; submit through both instances.
      clock.advance(60_000);
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, j) => {
          const n = i + j;
          const unit = units[n % units.length];
          const submitter = org.staff[n % 2];
          const app = n % 2 ? b : a;
          return app.running.app
            .get(SuggestionsService)
            .submit(submitter.viewer, {
              title: `Forslag ${n + 1}: bedre fallalarmrutiner`,
              description: 'Alarmen går til feil vakttelefon om natten.',
              unitId: org.units[unit],
            })
            .then((s) => {
              unitOf.set(s.id, unit);
              submitterOf.set(s.id, submitter);
              return s.id;
            });
        }),
      );
      ids.push(...batch);
    }
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  it.skipIf(!onPostgres)(
    title('two instances: each reminder before the deadline is claimed by exactly one sweep and told once per person'),
    async () => {
      const dues: { response_due_at: Date }[] = await a.db.query(
        'select response_due_at from suggestion where id = any($1::uuid[])',
        [ids],
      );
      const latestDue = new Date(Math.max(...dues.map((d) => new Date(d.response_due_at).getTime())));
      // Three days (the default) before the last deadline: every reminder is due, no deadline has passed.
      a.clock.set(addCalendarDays(latestDue, -3));
      const won = await sweepTogether();
      expect(won.a.reminded + won.b.reminded).toBe(SUGGESTIONS);
      expect(won.a.missed + won.b.missed).toBe(0);
      expect((await sweepTogether()).a.reminded).toBe(0);
      const rows: { suggestion_id: string; person_id: string; event_key: string }[] = await a.db.query(
        `select suggestion_id, person_id, event_key from notification
          where suggestion_id = any($1::uuid[]) and kind = 'DEADLINE_APPROACHING'`,
        [ids],
      );
      for (const id of ids) {
        const unit = unitOf.get(id)!;
        // Whoever owes the answer: the unit's leaders; the leaderless unit's nearest leader above.
        const owers = unit === 'home' ? org.homeLeaders.map((p) => p.id) : [org.topLeader.id];
        expect(
          rows
            .filter((r) => r.suggestion_id === id)
            .map((r) => r.person_id)
            .sort(),
        ).toEqual(owers.sort());
      }
      expect(new Set(rows.map((r) => `${r.person_id} ${r.event_key}`)).size).toBe(rows.length);
      // One e-mail job per reminder notification.
      expect(
        await count(
          `select count(*) as n from graphile_worker.jobs j join notification n on j.key = 'email:' || n.id
            where n.suggestion_id = any($1::uuid[]) and n.kind = 'DEADLINE_APPROACHING'`,
          [ids],
        ),
      ).toBe(rows.length);
      console.log(`two instances: reminder claims a=${won.a.reminded} b=${won.b.reminded}`);
    },
  );

  it.skipIf(!onPostgres)(
    title('each missed deadline and each escalation is claimed by exactly one sweep and notified once per person'),
    async () => {
      const dues: { id: string; response_due_at: Date }[] = await a.db.query(
        'select id, response_due_at from suggestion where id = any($1::uuid[])',
        [ids],
      );
      const latestDue = new Date(Math.max(...dues.map((d) => new Date(d.response_due_at).getTime())));

      a.clock.set(latestDue);
      const atDeadline = await sweepTogether();
      expect(atDeadline.a.missed + atDeadline.b.missed).toBe(SUGGESTIONS);
      expect(atDeadline.a.escalated + atDeadline.b.escalated).toBe(0);

      a.clock.set(addCalendarDays(latestDue, 3));
      const atEscalation = await sweepTogether();
      expect(atEscalation.a.missed + atEscalation.b.missed).toBe(0);
      expect(atEscalation.a.escalated + atEscalation.b.escalated).toBe(SUGGESTIONS);
      console.log(
        `two instances: deadline claims a=${atDeadline.a.missed} b=${atDeadline.b.missed}; ` +
          `escalation claims a=${atEscalation.a.escalated} b=${atEscalation.b.escalated} ` +
          `(${ROUNDS * SWEEPS_PER_INSTANCE_PER_ROUND * 2} sweeps per phase)`,
      );

      // Exactly the right people, once each, for every deadline.
      const rows: { suggestion_id: string; kind: string; person_id: string; event_key: string }[] = await a.db.query(
        `select suggestion_id, kind::text as kind, person_id, event_key from notification
          where suggestion_id = any($1::uuid[]) and kind in ('DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE')`,
        [ids],
      );
      const got = new Map<string, string[]>();
      for (const r of rows) got.set(r.suggestion_id, [...(got.get(r.suggestion_id) ?? []), `${r.kind} ${r.person_id}`]);
      for (const id of ids) {
        const due = dues.find((d) => d.id === id)!.response_due_at;
        const unit = unitOf.get(id)!;
        const leaders = unit === 'home' ? org.homeLeaders.map((p) => p.id) : [org.topLeader.id];
        // The level above whoever owes it: the leaderless unit is owed by the top leader, so it goes to the admin.
        const path = unit === 'home' ? [org.topLeader.id] : [org.admin.id];
        const expected = [
          ...leaders.map((p) => `DEADLINE_MISSED ${p}`),
          ...path.map((p) => `ESCALATED ${p}`),
          `ESCALATION_NOTICE ${submitterOf.get(id)!.id}`,
        ];
        expect((got.get(id) ?? []).sort(), `suggestion ${id} due ${new Date(due).toISOString()}`).toEqual(
          expected.sort(),
        );
      }
      expect(new Set(rows.map((r) => `${r.person_id} ${r.event_key}`)).size).toBe(rows.length);

      // Not relying on the unique index: the audit log has no such index, and has one entry per claim.
      expect(
        await count(
          `select count(*) as n from audit_entry where entity_id = any($1::uuid[]) and action = 'suggestion.deadline_missed'`,
          [ids],
        ),
      ).toBe(SUGGESTIONS);
      expect(
        await count(
          `select count(distinct entity_id) as n from audit_entry where entity_id = any($1::uuid[]) and action = 'suggestion.escalated'`,
          [ids],
        ),
      ).toBe(SUGGESTIONS);
      expect(
        await count(
          `select count(*) as n from audit_entry where entity_id = any($1::uuid[]) and action = 'suggestion.escalated'`,
          [ids],
        ),
      ).toBe(SUGGESTIONS);
      // One e-mail job per notification, never two.
      expect(
        await count(
          `select count(*) as n from graphile_worker.jobs j join notification n on j.key = 'email:' || n.id
            where n.suggestion_id = any($1::uuid[]) and n.kind in ('DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE')`,
          [ids],
        ),
      ).toBe(rows.length);
    },
  );

  it.skipIf(!onPostgres)(
    title('leaders answering while both instances sweep: no answer fails, and each new deadline is told at most once'),
    async () => {
      const respondFrom = (app: TestApp, id: string) =>
        app.running.app
          .get(SuggestionsService)
          .respond(org.topLeader.viewer, { suggestionId: id, message: 'Vi ser på dette i neste personalmøte.' });

      // Everyone answers now: a new deadline for each, 30 days on.
      a.clock.advance(DAY);
      await Promise.all(ids.map((id, n) => respondFrom(n % 2 ? a : b, id)));
      const newDue = addCalendarDays(a.clock.now(), 30);
      const before = await count(
        `select count(*) as n from audit_entry where action = 'suggestion.deadline_missed' and entity_id = any($1::uuid[])`,
        [ids],
      );

      // At the new deadline, half are answered again while both instances sweep.
      a.clock.set(newDue);
      const answered = ids.filter((_, n) => n % 2 === 0);
      const [won] = await Promise.all([
        sweepTogether(),
        Promise.all(answered.map((id, n) => respondFrom(n % 2 ? a : b, id))),
      ]);
      const final = await sweepTogether();
      const claimed = won.a.missed + won.b.missed + final.a.missed + final.b.missed;

      // Those not answered again missed the new deadline: told once more, each.
      const unanswered = ids.filter((_, n) => n % 2 === 1);
      const missedKeys: { suggestion_id: string; n: number }[] = await a.db.query(
        `select suggestion_id, count(distinct event_key)::int as n from notification
          where kind = 'DEADLINE_MISSED' and suggestion_id = any($1::uuid[]) group by suggestion_id`,
        [unanswered],
      );
      expect(missedKeys).toHaveLength(unanswered.length);
      expect(missedKeys.every((r) => r.n === 2)).toBe(true);
      // Those answered in the race: whichever came first, the answer stands and nothing is overdue.
      const raced: { deadline_missed_at: Date | null; response_due_at: Date }[] = await a.db.query(
        'select deadline_missed_at, response_due_at from suggestion where id = any($1::uuid[])',
        [answered],
      );
      expect(raced.every((r) => r.deadline_missed_at === null && new Date(r.response_due_at) > newDue)).toBe(true);
      // Claims counted by the instances equal the claims recorded, with no double.
      const after = await count(
        `select count(*) as n from audit_entry where action = 'suggestion.deadline_missed' and entity_id = any($1::uuid[])`,
        [ids],
      );
      expect(after - before).toBe(claimed);
      expect(claimed).toBeGreaterThanOrEqual(unanswered.length);
      expect(claimed).toBeLessThanOrEqual(ids.length);
      const perPersonPerEvent: { n: number }[] = await a.db.query(
        `select count(*)::int as n from notification where suggestion_id = any($1::uuid[]) group by person_id, event_key having count(*) > 1`,
        [ids],
      );
      expect(perPersonPerEvent).toEqual([]);
      console.log(
        `two instances: total claims a=${JSON.stringify(claims.a)} b=${JSON.stringify(claims.b)}; ` +
          `${claimed - unanswered.length} of ${answered.length} racing answers came after the sweep`,
      );
    },
  );
});
