import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../api/src/common/clock';
import { UnitDigestMailer } from '../../api/src/unit-digest/unit-digest-mailer.service';
import { computeUnitDigests } from '../../api/src/unit-digest/unit-digest';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The monthly «Dere sa – vi gjorde» at municipality scale: one municipality of UNITS units and
 * PEOPLE people (one membership each), SUGGESTIONS suggestions answered in the month (a third of
 * them implemented, with co-creators and published stories with gains), generated with SQL.
 * Skipped unless UNIT_DIGEST_BENCH=1 (CI time); run it on PGlite and with TEST_DATABASE_URL:
 *   UNIT_DIGEST_BENCH=1 node_modules/.bin/vitest run tests/e2e/unit-digest-bench.e2e-spec.ts
 */
const RUN = process.env.UNIT_DIGEST_BENCH === '1';
const UNITS = 500;
const PEOPLE = 20_000;
const SUGGESTIONS = 3_000;
const LIMIT_MS = 60_000;

describe.skipIf(!RUN)(`the monthly digest for ${UNITS} units and ${PEOPLE} people`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: new ManualClock(new Date('2026-11-20T10:00:00Z')), listen: false });
    const started = performance.now();
    await app.db.transaction(async (m) => {
      const [{ id: mid }] = await m.query(
        `insert into municipality (slug, name) values ('benk', 'Benk kommune') returning id`,
      );
      await m.query(
        `insert into unit (municipality_id, name) select $1, 'Enhet ' || g from generate_series(1, $2::int) g`,
        [mid, UNITS],
      );
      await m.query(
        `insert into person (municipality_id, name, email, locale, created_at)
         select $1, 'Person ' || g, 'p' || g || '@benk.test', case when g % 5 = 0 then 'en' else 'nb' end, now()
           from generate_series(1, $2::int) g`,
        [mid, PEOPLE],
      );
      await m.query(
        `with u as (select id, row_number() over (order by id) - 1 as n from unit where municipality_id = $1),
              p as (select id, row_number() over (order by id) - 1 as n from person where municipality_id = $1)
         insert into membership (person_id, unit_id, role)
         select p.id, u.id, case when p.n < $2::int then 'LEADER'::role else 'STAFF'::role end
           from p join u on u.n = p.n % $2::int`,
        [mid, UNITS],
      );
      await m.query(
        `with u as (select id, row_number() over (order by id) - 1 as n from unit where municipality_id = $1),
              p as (select id, row_number() over (order by id) - 1 as n from person where municipality_id = $1)
         insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, confidential,
                                 hide_name, submitted_at, first_response_at, response_due_at)
         select $1, u.id, p.id, 'Forslag ' || g, 'Beskrivelse', case when g % 3 = 0 then 'IMPLEMENTED'::suggestion_status
                else 'UNDER_REVIEW'::suggestion_status end, g % 17 = 0, g % 11 = 0,
                timestamptz '2026-10-02T08:00:00Z' + (g % 20) * interval '1 day',
                timestamptz '2026-10-04T08:00:00Z' + (g % 20) * interval '1 day', null
           from generate_series(1, $2::int) g
           join p on p.n = (g * 7) % $3::int
           join u on u.n = g % $4::int`,
        [mid, SUGGESTIONS, PEOPLE, UNITS],
      );
      await m.query(
        `insert into response (suggestion_id, author_id, message, from_status, to_status, was_late, created_at)
         select s.id, s.submitter_id, 'Takk for forslaget! Vi har sett på det og gjør dette nå på alle vakter.',
                'SUBMITTED', case when s.status = 'IMPLEMENTED' then 'ACCEPTED'::suggestion_status else s.status end,
                false, s.first_response_at
           from suggestion s where s.municipality_id = $1`,
        [mid],
      );
      await m.query(
        `insert into response (suggestion_id, author_id, message, from_status, to_status, was_late, created_at)
         select s.id, s.submitter_id, 'Gjennomført: dette er nå fast rutine, og gevinstene er dokumentert i en historie.',
                'ACCEPTED', 'IMPLEMENTED', false, s.first_response_at + interval '5 days'
           from suggestion s where s.municipality_id = $1 and s.status = 'IMPLEMENTED'`,
        [mid],
      );
      await m.query(
        `insert into co_creator (suggestion_id, person_id, created_at)
         select s.id, p.id, s.submitted_at from suggestion s
           join lateral (select id from person where municipality_id = $1 and id <> s.submitter_id
                          order by md5(s.id::text || id::text) limit 2) p on true
          where s.municipality_id = $1 and s.status = 'IMPLEMENTED'`,
        [mid],
      );
      const stories: { id: string }[] = await m.query(
        `with s as (select id, submitter_id, title from suggestion where municipality_id = $1 and status = 'IMPLEMENTED'),
              ins as (
                insert into success_story (municipality_id, author_id, contact_person_id, title, summary, status,
                                           created_at, updated_at, published_at)
                select $1, s.submitter_id, s.submitter_id, 'Historie ' || s.title, 'Sammendrag', 'PUBLISHED',
                       now(), now(), now() from s
                returning id, title)
         insert into story_suggestion (story_id, suggestion_id)
         select ins.id, s.id from ins join s on ins.title = 'Historie ' || s.title
         returning story_id as id`,
        [mid],
      );
      await m.query(
        `insert into gain (story_id, position, category, description, value, unit)
         select s, 0, 'RESOURCE_USE', 'Sparte tid', 3, 'timer per uke' from unnest($1::uuid[]) s`,
        [stories.map((s) => s.id)],
      );
    });
    await app.db.query('analyze');
    console.log(`[${app.database.kind}] generated in ${Math.round(performance.now() - started)} ms`);
  }, 600_000);
  afterAll(() => app?.stop());

  it('computes and sends every unit’s month in one pass, well within a minute', async () => {
    app.clock.set(new Date('2026-11-01T06:00:00Z'));
    // The computation alone (read-only), then the whole run with the notifications and e-mail jobs.
    const [{ id: mid }] = await app.db.query(`select id from municipality where slug = 'benk'`);
    const unitIds = (await app.db.query(`select id from unit where municipality_id = $1`, [mid])).map(
      (u: { id: string }) => u.id,
    );
    const computeStarted = performance.now();
    await computeUnitDigests(app.db.manager, mid, unitIds, '2026-10', app.clock.now());
    console.log(`[${app.database.kind}] computing 500 digests: ${Math.round(performance.now() - computeStarted)} ms`);
    const started = performance.now();
    const result = await app.running.app.get(UnitDigestMailer).sendDue();
    const ms = Math.round(performance.now() - started);
    const [{ n }] = await app.db.query(`select count(*)::int as n from notification where kind = 'UNIT_DIGEST'`);
    const [{ jobs }] = await app.db.query(
      `select count(*)::int as jobs from graphile_worker.jobs where task_identifier = 'send_notification_email'`,
    );
    console.log(
      `[${app.database.kind}] unit digests for ${result.month}: ${result.units} units, ${result.notifications} ` +
        `notifications, ${jobs} e-mail jobs in ${ms} ms`,
    );
    expect(result.units).toBe(UNITS);
    expect(n).toBe(PEOPLE);
    expect(jobs).toBe(PEOPLE);
    expect(ms).toBeLessThan(LIMIT_MS);
    const again = performance.now();
    expect((await app.running.app.get(UnitDigestMailer).sendDue()).notifications).toBe(0);
    console.log(`[${app.database.kind}] a tick with the month done: ${Math.round(performance.now() - again)} ms`);
  }, 600_000);
});
