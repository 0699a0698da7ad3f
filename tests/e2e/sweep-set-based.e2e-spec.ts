import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { DAY, sweep } from '../support/deadline-fixtures';
import { SWEEP_BATCH_SIZE } from '../../api/src/deadlines/deadline-sweep.service';

/**
 * The sweep at volume: claims, notifications, e-mail jobs and audit entries are written a batch
 * at a time with a constant number of statements per batch (not per suggestion); every deadline
 * is told exactly once; a deadline stored with microseconds (by SQL, an import, another tool) is
 * escalated like any other.
 */
const COUNT = 2 * SWEEP_BATCH_SIZE + 321;

describe('the sweep, set-based', () => {
  let app: TestApp;
  let statements: string[] | null = null;

  const counted = async () => {
    statements = [];
    const started = performance.now();
    const result = await sweep(app);
    const ms = performance.now() - started;
    const ran = statements;
    statements = null;
    return { result, ms, count: ran.length };
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const logger = app.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    let last = performance.now();
    logger.logQuery = (query, parameters, runner) => {
      const now = performance.now();
      if (process.env.SHOW_STATEMENTS && now - last > 200)
        console.log(`${(now - last).toFixed(0)} ms before: ${query.slice(0, 160)}`);
      last = now;
      statements?.push(query);
      return logQuery(query, parameters, runner);
    };
    // The demo's own deadlines are told and escalated first, so only the ones below are left.
    await sweep(app);
    app.clock.advance(10 * DAY);
    await sweep(app);
    // Open suggestions in every unit of Drammen (some without leaders of their own), due a day ago
    // with microseconds in the stored deadline; every seventh confidential.
    await app.db.query(
      `with m as (select id from municipality where slug = 'drammen'),
            u as (select row_number() over (order by id) - 1 as i, id from unit where municipality_id = (select id from m)),
            p as (select row_number() over (order by id) - 1 as i, id from person where municipality_id = (select id from m))
       insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, confidential,
              submitted_at, response_due_at, version)
       select (select id from m), (select id from u where u.i = g % (select count(*) from u)),
              (select id from p where p.i = g % (select count(*) from p)),
              'Sveip ' || g, 'Forslag til sveipen ' || g, 'SUBMITTED', g % 7 = 0,
              $2::timestamptz - interval '20 days',
              $2::timestamptz - interval '1 day' + (g % 997 + 1) * interval '1 microsecond', 1
         from generate_series(1, $1) g`,
      [COUNT, app.clock.now()],
    );
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('tells every missed deadline once, in a constant number of statements per batch', async () => {
    const { result, count, ms } = await counted();
    expect(result.deadlinesMissed).toBe(COUNT);
    const batches = Math.ceil(COUNT / SWEEP_BATCH_SIZE) + 1; // the last, partial batch ends the loop
    expect(count).toBeLessThanOrEqual(2 + batches * 10);
    console.log(`sweep of ${COUNT} missed deadlines: ${ms.toFixed(0)} ms, ${count} statements`);

    const [check] = await app.db.query(
      `select count(*) filter (where s.deadline_missed_at is null)::int as unclaimed,
              count(*) filter (where not exists (select 1 from notification n
                 where n.suggestion_id = s.id and n.kind = 'DEADLINE_MISSED'))::int as untold,
              count(*) filter (where (select count(*) from audit_entry a
                 where a.entity_id = s.id and a.action = 'suggestion.deadline_missed') <> 1)::int as audit_not_once
         from suggestion s where s.title like 'Sveip %'`,
    );
    expect(check).toEqual({ unclaimed: 0, untold: 0, audit_not_once: 0 });
    // Each notification has its e-mail job, and the result counts what was written.
    const [jobs] = await app.db.query(
      `select count(*)::int as notifications,
              count(*) filter (where exists (select 1 from graphile_worker.jobs j where j.key = 'email:' || n.id))::int as with_job
         from notification n join suggestion s on s.id = n.suggestion_id
        where s.title like 'Sveip %' and n.kind = 'DEADLINE_MISSED'`,
    );
    expect(jobs.with_job).toBe(jobs.notifications);
    expect(result.notifications).toBe(jobs.notifications);
    // Whoever was told may see the suggestion (confidential ones: leaders of the unit or above, admins).
    const [leaks] = await app.db.query(
      `select count(*)::int as n from notification n join suggestion s on s.id = n.suggestion_id
        where s.title like 'Sveip %' and s.confidential and n.person_id = s.submitter_id
          and not exists (select 1 from membership m where m.person_id = n.person_id and m.role in ('LEADER', 'ADMIN'))`,
    );
    expect(leaks.n).toBe(0);
  }, 120_000);

  it('the audit entry names who was told, as before', async () => {
    const [entry] = await app.db.query(
      `select a.after, a.before from audit_entry a join suggestion s on s.id = a.entity_id
        where s.title = 'Sveip 12' and a.action = 'suggestion.deadline_missed'`,
    );
    expect(entry.before.deadlineMissedAt).toBeNull();
    expect(entry.after.notified.length).toBeGreaterThan(0);
    const told = await app.db.query(
      `select n.person_id from notification n join suggestion s on s.id = n.suggestion_id
        where s.title = 'Sveip 12' and n.kind = 'DEADLINE_MISSED'`,
    );
    expect(new Set(entry.after.notified)).toEqual(new Set(told.map((r: { person_id: string }) => r.person_id)));
  });

  it('with nothing due, one cheap statement', async () => {
    const { result, count, ms } = await counted();
    expect(result).toEqual({ deadlinesMissed: 0, escalated: 0, returnedFromParking: 0, reminded: 0, notifications: 0 });
    expect(count).toBe(1);
    console.log(`sweep with nothing due: ${ms.toFixed(1)} ms`);
  });

  it('escalates deadlines stored with microseconds, once, however many sweeps run at once', async () => {
    app.clock.advance(10 * DAY);
    const [a, b] = await Promise.all([sweep(app), sweep(app)]);
    // (A few demo suggestions fall due over the same ten days; the query below checks ours.)
    expect(a.escalated + b.escalated).toBeGreaterThanOrEqual(COUNT);
    const [check] = await app.db.query(
      `select count(*) filter (where s.escalated_at is null)::int as not_escalated,
              count(*) filter (where extract(microseconds from s.response_due_at)::bigint % 1000 = 0)::int as whole_ms,
              count(*) filter (where (select count(*) from notification n
                 where n.suggestion_id = s.id and n.kind = 'ESCALATION_NOTICE') <> 1)::int as notice_not_once,
              count(*) filter (where not exists (select 1 from notification n
                 where n.suggestion_id = s.id and n.kind = 'ESCALATED'))::int as path_untold
         from suggestion s where s.title like 'Sveip %'`,
    );
    // Every deadline had microseconds, and every one was escalated, the submitter told once.
    expect(check).toEqual({ not_escalated: 0, whole_ms: 0, notice_not_once: 0, path_untold: 0 });
    const again = await sweep(app);
    expect(again).toEqual({ deadlinesMissed: 0, escalated: 0, returnedFromParking: 0, reminded: 0, notifications: 0 });
  }, 120_000);
});
