import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDateOf, addCalendarDays, parkReviewInstant } from '@idehub/libs';
import { ManualClock } from '../../api/src/common/clock';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { SuggestionStatus } from '../../api/src/suggestions/suggestion-status.enum';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { createOrganisation, TestOrganisation } from '../support/deadline-fixtures';

const onPostgres = !!process.env.TEST_DATABASE_URL;
const SKIPPED_ON_PGLITE =
  ' [skipped on embedded PGlite: one embedded database is owned by one process by design; set TEST_DATABASE_URL to run it on PostgreSQL]';
const title = (name: string) => (onPostgres ? name : name + SKIPPED_ON_PGLITE);

const SUGGESTIONS = 150;
const SWEEPS_PER_INSTANCE = 6;

/**
 * «Ikke nå» across processes: two API instances (two Nest apps, each with its own pool) on one
 * PostgreSQL database sweep at once when the review date comes. Each parked suggestion must come
 * back exactly once: one claim in all, one REVIEW_DUE per person, one audit entry.
 */
describe('parked suggestions come back exactly once across two API instances', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let org: TestOrganisation;
  const ids: string[] = [];

  beforeAll(async () => {
    if (!onPostgres) return;
    database = await createTestDatabase();
    const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
    a = await startTestApp({ database, clock, listen: false });
    b = await startTestApp({ database, clock, listen: false });
    org = await createOrganisation(a, 'parkering');
    const reviewOn = new Date(osloDateOf(addCalendarDays(clock.now(), 20)));
    for (let i = 0; i < SUGGESTIONS; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const n = i + j;
          const app = n % 2 ? b : a;
          const service = app.running.app.get(SuggestionsService);
          const s = await service.submit(org.staff[n % 2].viewer, {
            title: `Forslag ${n + 1}: ny turnusplan når systemet kommer`,
            description: 'Turnusen lages i regneark; det nye systemet kommer etter anbudet.',
            unitId: org.units[n % 3 ? 'home' : 'leaderless'],
          });
          await service.respond(org.topLeader.viewer, {
            suggestionId: s.id,
            status: SuggestionStatus.PARKED,
            reviewOn,
            message: 'Ikke nå: vi ser på dette igjen når det nye systemet er valgt.',
          });
          return s.id;
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

  it.skipIf(!onPostgres)(title('each return is claimed by exactly one sweep and told once per person'), async () => {
    const [{ review_on }] = await a.db.query('select distinct review_on from suggestion where id = any($1::uuid[])', [
      ids,
    ]);
    expect(new Date(review_on)).toEqual(
      parkReviewInstant(osloDateOf(addCalendarDays(new Date('2026-03-02T08:00:00Z'), 20))),
    );
    a.clock.set(new Date(new Date(review_on).getTime() + 1000));
    const claims = { a: 0, b: 0 };
    await Promise.all(
      Array.from({ length: SWEEPS_PER_INSTANCE }, () => [
        a.running.app
          .get(DeadlineSweepService)
          .sweep()
          .then((r) => (claims.a += r.returnedFromParking)),
        b.running.app
          .get(DeadlineSweepService)
          .sweep()
          .then((r) => (claims.b += r.returnedFromParking)),
      ]).flat(),
    );
    console.log(`parking two instances: return claims a=${claims.a} b=${claims.b} (${SWEEPS_PER_INSTANCE * 2} sweeps)`);
    expect(claims.a + claims.b).toBe(SUGGESTIONS);

    const statuses = await a.db.query(
      `select status::text as status, count(*)::int as n, count(review_on)::int as with_date
         from suggestion where id = any($1::uuid[]) group by 1`,
      [ids],
    );
    expect(statuses).toEqual([{ status: 'UNDER_REVIEW', n: SUGGESTIONS, with_date: 0 }]);

    const rows: { suggestion_id: string; person_id: string; event_key: string; audience: string }[] = await a.db.query(
      `select suggestion_id, person_id, event_key, payload->>'audience' as audience from notification
        where suggestion_id = any($1::uuid[]) and kind = 'REVIEW_DUE'`,
      [ids],
    );
    // Home: its two leaders + the submitter; the leaderless unit: the top leader + the submitter.
    const expected = ids.reduce((n, _id, i) => n + (i % 3 ? 3 : 2), 0);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => `${r.person_id} ${r.event_key}`)).size).toBe(rows.length);
    for (const [i, id] of ids.entries()) {
      const mine = rows.filter((r) => r.suggestion_id === id);
      const owing = i % 3 ? org.homeLeaders.map((p) => p.id) : [org.topLeader.id];
      expect(
        mine
          .filter((r) => r.audience === 'RESPONSIBLE')
          .map((r) => r.person_id)
          .sort(),
      ).toEqual([...owing].sort());
      expect(mine.filter((r) => r.audience === 'SUBMITTER').map((r) => r.person_id)).toEqual([org.staff[i % 2].id]);
    }
    // Not relying on the unique index: the audit log has none, and has one entry per return.
    const [{ n }] = await a.db.query(
      `select count(*)::int as n from audit_entry where action = 'suggestion.review_due' and entity_id = any($1::uuid[])`,
      [ids],
    );
    expect(n).toBe(SUGGESTIONS);
    const [{ jobs }] = await a.db.query(
      `select count(*)::int as jobs from graphile_worker.jobs j join notification n on j.key = 'email:' || n.id
        where n.suggestion_id = any($1::uuid[]) and n.kind = 'REVIEW_DUE'`,
      [ids],
    );
    expect(jobs).toBe(rows.length);
  });
});
