import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_STATUSES } from '@idehub/libs';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { SWEEP_DEADLINE_MISSED_ACTION, SWEEP_ESCALATED_ACTION } from '../../api/src/metrics/metrics.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { SuggestionStatus } from '../../api/src/suggestions/suggestion-status.enum';
import { Viewer } from '../../api/src/common/viewer';
import { Role } from '../../api/src/organisation/role.enum';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The feedback metrics read the first answer's lateness from the suggestion row
 * (first_response_late) and the sweep's events from a partial index. This checks them against a
 * straightforward computation from the raw rows (every response, every audit entry), as the
 * metrics were computed before, on a generated history: 90 suggestions over five months in three
 * units, answered early, late, never, withdrawn before or after an answer, closed and rated, with
 * the deadline sweep running every 36 hours.
 */
const METRICS = `query($unitId: ID, $from: DateTime!, $to: DateTime!) {
  feedbackMetrics(unitId: $unitId, from: $from, to: $to) {
    submitted firstResponsesDue firstResponsesAnsweredOnTime firstResponsesOnTime medianDaysToFirstResponse
    openNow overdueNow escalations deadlinesMissed ratedAnswers ratedUsefulCount ratedUseful
    series { month submitted firstResponsesDue answeredOnTime answeredLateOrMissing firstResponsesOnTime escalations }
  }
}`;
const DESCRIPTION = 'En beskrivelse som er lang nok til å bli godtatt.';
const MESSAGE = 'Takk for forslaget, vi har sett på det i ledergruppen.';
const DAY = 24 * 3600 * 1000;
const START = Date.parse('2026-03-01T06:00:00.000Z');
const END = Date.parse('2026-08-10T12:00:00.000Z');

/** A small seeded generator (mulberry32), so every run builds the same history. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Step = { kind: 'respond'; status?: SuggestionStatus } | { kind: 'withdraw' } | { kind: 'rate'; useful: boolean };

const osloMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' });
const monthOf = (d: Date) => osloMonth.format(d).slice(0, 7);

interface Raw {
  suggestions: {
    id: string;
    unit_id: string;
    status: string;
    submitted_at: Date;
    first_response_at: Date | null;
    response_due_at: Date | null;
  }[];
  responses: { id: string; suggestion_id: string; kind: string; was_late: boolean; created_at: Date }[];
  ratings: { suggestion_id: string; useful: boolean }[];
  events: { entity_id: string; action: string; at: Date }[];
}

/** The metrics as the definitions say, from every row, in plain TypeScript. */
function reference(raw: Raw, units: Set<string> | null, from: Date, to: Date, now: Date, months: string[]) {
  const unitOf = new Map(raw.suggestions.map((s) => [s.id, s.unit_id]));
  const scoped = raw.suggestions.filter(
    (s) => s.submitted_at >= from && s.submitted_at < to && (!units || units.has(s.unit_id)),
  );
  const firstAnswer = new Map<string, { was_late: boolean }>();
  const answers = raw.responses
    .filter((r) => r.kind !== 'WITHDRAWAL')
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of answers) if (!firstAnswer.has(r.suggestion_id)) firstAnswer.set(r.suggestion_id, r);
  const rating = new Map(raw.ratings.map((r) => [r.suggestion_id, r.useful]));
  const outcome = (s: Raw['suggestions'][number]) => {
    const fa = firstAnswer.get(s.id);
    if (fa) return fa.was_late ? 'LATE' : 'ON_TIME';
    if (s.first_response_at === null && s.response_due_at !== null && s.response_due_at <= now) return 'LATE';
    return null;
  };
  const events = raw.events.filter(
    (e) => e.at >= from && e.at < to && unitOf.has(e.entity_id) && (!units || units.has(unitOf.get(e.entity_id)!)),
  );
  const count = (rows: typeof scoped) => {
    const due = rows.filter((s) => outcome(s) !== null).length;
    const onTime = rows.filter((s) => outcome(s) === 'ON_TIME').length;
    return { submitted: rows.length, due, onTime };
  };
  const total = count(scoped);
  const days = scoped
    .filter((s) => s.first_response_at)
    .map((s) => (s.first_response_at!.getTime() - s.submitted_at.getTime()) / DAY)
    .sort((a, b) => a - b);
  const median =
    days.length === 0
      ? null
      : days.length % 2
        ? days[(days.length - 1) / 2]
        : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
  const open = scoped.filter((s) => !(TERMINAL_STATUSES as readonly string[]).includes(s.status));
  const rated = scoped.filter((s) => rating.has(s.id));
  const useful = rated.filter((s) => rating.get(s.id)).length;
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    submitted: total.submitted,
    firstResponsesDue: total.due,
    firstResponsesAnsweredOnTime: total.onTime,
    firstResponsesOnTime: share(total.onTime, total.due),
    medianDaysToFirstResponse: median === null ? null : Math.round(median * 100) / 100,
    openNow: open.length,
    overdueNow: open.filter((s) => s.response_due_at !== null && s.response_due_at <= now).length,
    escalations: events.filter((e) => e.action === SWEEP_ESCALATED_ACTION).length,
    deadlinesMissed: events.filter((e) => e.action === SWEEP_DEADLINE_MISSED_ACTION).length,
    ratedAnswers: rated.length,
    ratedUsefulCount: useful,
    ratedUseful: share(useful, rated.length),
    series: months.map((month) => {
      const c = count(scoped.filter((s) => monthOf(s.submitted_at) === month));
      return {
        month,
        submitted: c.submitted,
        firstResponsesDue: c.due,
        answeredOnTime: c.onTime,
        answeredLateOrMissing: c.due - c.onTime,
        firstResponsesOnTime: share(c.onTime, c.due),
        escalations: events.filter((e) => e.action === SWEEP_ESCALATED_ACTION && monthOf(e.at) === month).length,
      };
    }),
  };
}

describe('feedback metrics against a reference computation from every row', () => {
  let app: TestApp;
  let admin: string;
  let municipalityId: string;
  const unit: Record<string, string> = {};
  const generated = { suggestions: 0, responses: 0, withdrawn: 0, rated: 0, late: 0 };

  async function viewerOf(email: string): Promise<Viewer> {
    const [p] = await app.db.query('select id, municipality_id, name, locale from person where email = $1', [email]);
    const memberships = await app.db.query('select unit_id, role::text as role from membership where person_id = $1', [
      p.id,
    ]);
    return {
      personId: p.id,
      municipalityId: p.municipality_id,
      name: p.name,
      locale: p.locale,
      sessionId: 'metrics-reference',
      memberships: memberships.map((m: { unit_id: string | null; role: Role }) => ({
        unitId: m.unit_id,
        role: m.role,
      })),
    };
  }

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const suggestions = app.running.app.get(SuggestionsService);
    const sweeper = app.running.app.get(DeadlineSweepService);
    const rows = await app.db.query(
      `select u.id, u.name, u.municipality_id from unit u join municipality m on m.id = u.municipality_id
        where m.slug = 'drammen'`,
    );
    for (const r of rows as { id: string; name: string; municipality_id: string }[]) {
      unit[r.name] = r.id;
      municipalityId = r.municipality_id;
    }
    const staff = [await viewerOf('ansatt@drammen.idehub.test'), await viewerOf('ansatt2@drammen.idehub.test')];
    const leader = await viewerOf('kommunalsjef@drammen.idehub.test');
    const units = [unit['Helse og omsorg'], unit['Hjemmetjenesten'], unit['Fjell sykehjem']];

    // Settle the demo data's old deadlines before the history starts.
    app.clock.set(new Date(START - 10 * DAY));
    await sweeper.sweep();

    const rnd = random(20261130);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    type Event = { at: number; order: number; run: () => Promise<unknown> };
    const events: Event[] = [];
    let order = 0;
    for (let i = 0; i < 90; i++) {
      const submittedAt = START + Math.floor(rnd() * 140 * DAY);
      const by = pick(staff);
      const ref: { id?: string } = {};
      events.push({
        at: submittedAt,
        order: order++,
        run: async () => {
          ref.id = (
            await suggestions.submit(by, {
              title: `Generert forslag ${i}`,
              description: DESCRIPTION,
              unitId: pick(units),
            })
          ).id;
          generated.suggestions++;
        },
      });
      // A plan: steps with days after the previous one.
      const plan: [number, Step][] = [];
      const r = rnd();
      if (r < 0.15) {
        // never answered
      } else if (r < 0.25) {
        plan.push([1 + rnd() * 20, { kind: 'withdraw' }]);
      } else {
        const first = pick<SuggestionStatus | undefined>([
          undefined,
          SuggestionStatus.UNDER_REVIEW,
          SuggestionStatus.ACCEPTED,
          SuggestionStatus.DECLINED,
        ]);
        // Mostly within the 14 days, sometimes after.
        plan.push([rnd() * 24, { kind: 'respond', status: first }]);
        if (first === SuggestionStatus.DECLINED) {
          if (rnd() < 0.6) plan.push([1, { kind: 'rate', useful: rnd() < 0.5 }]);
        } else if (first === SuggestionStatus.ACCEPTED && rnd() < 0.7) {
          plan.push([2 + rnd() * 35, { kind: 'respond', status: SuggestionStatus.IN_PROGRESS }]);
          if (rnd() < 0.6) {
            plan.push([2 + rnd() * 35, { kind: 'respond', status: SuggestionStatus.IMPLEMENTED }]);
            if (rnd() < 0.7) plan.push([1, { kind: 'rate', useful: rnd() < 0.7 }]);
          }
        } else if (first !== SuggestionStatus.ACCEPTED && rnd() < 0.3) {
          // Withdrawn after an answer (from SUBMITTED or UNDER_REVIEW).
          plan.push([1 + rnd() * 10, { kind: 'withdraw' }]);
        } else if (rnd() < 0.5) {
          plan.push([5 + rnd() * 40, { kind: 'respond' }]);
        }
      }
      let at = submittedAt;
      for (const [days, step] of plan) {
        at += Math.max(60_000, Math.floor(days * DAY));
        if (at >= END) break;
        events.push({
          at,
          order: order++,
          run: async () => {
            if (step.kind === 'respond') {
              await suggestions.respond(leader, { suggestionId: ref.id!, message: MESSAGE, status: step.status });
              generated.responses++;
            } else if (step.kind === 'withdraw') {
              await suggestions.withdraw(by, ref.id!, undefined);
              generated.withdrawn++;
            } else {
              await suggestions.rateAnswer(by, ref.id!, step.useful, undefined);
              generated.rated++;
            }
          },
        });
      }
    }
    for (let at = START; at < END; at += 1.5 * DAY) events.push({ at, order: order++, run: () => sweeper.sweep() });
    events.sort((a, b) => a.at - b.at || a.order - b.order);
    for (const e of events) {
      app.clock.set(new Date(e.at));
      await e.run();
    }
    app.clock.set(new Date(END));
    await sweeper.sweep();
    generated.late = Number(
      (
        await app.db.query(`select count(*) from response where was_late and suggestion_id in
        (select id from suggestion where title like 'Generert forslag %')`)
      )[0].count,
    );
    admin = await app.login('admin@drammen.idehub.test');
  }, 600_000);
  afterAll(() => app?.stop());

  async function raw(): Promise<Raw> {
    const dates = <T extends Record<string, unknown>>(rows: T[], keys: string[]): T[] =>
      rows.map((r) => {
        const copy: Record<string, unknown> = { ...r };
        for (const k of keys) copy[k] = r[k] === null ? null : new Date(r[k] as string);
        return copy as T;
      });
    return {
      suggestions: dates(
        await app.db.query(
          `select id, unit_id, status::text as status, submitted_at, first_response_at, response_due_at
             from suggestion where municipality_id = $1`,
          [municipalityId],
        ),
        ['submitted_at', 'first_response_at', 'response_due_at'],
      ),
      responses: dates(
        await app.db.query(
          `select r.id, r.suggestion_id, r.kind::text as kind, r.was_late, r.created_at
             from response r join suggestion s on s.id = r.suggestion_id where s.municipality_id = $1`,
          [municipalityId],
        ),
        ['created_at'],
      ),
      ratings: await app.db.query('select suggestion_id, useful from answer_rating'),
      events: dates(
        await app.db.query(
          `select entity_id, action, at from audit_entry
            where municipality_id = $1 and actor_id is null and entity_type = 'suggestion'`,
          [municipalityId],
        ),
        ['at'],
      ),
    };
  }

  const descendants = async (unitId: string): Promise<Set<string>> => {
    const rows = await app.db.query(
      `with recursive t as (select id from unit where id = $1 union all select u.id from unit u join t on u.parent_id = t.id)
       select id from t`,
      [unitId],
    );
    return new Set(rows.map((r: { id: string }) => r.id));
  };

  const PERIODS: [string, string, string][] = [
    ['the whole history', '2026-02-28T23:00:00.000Z', '2026-08-31T22:00:00.000Z'],
    ['April–May', '2026-03-31T22:00:00.000Z', '2026-05-31T22:00:00.000Z'],
    ['a week across a month', '2026-06-27T00:00:00.000Z', '2026-07-04T00:00:00.000Z'],
  ];

  it('generated a history with every kind of outcome', () => {
    expect(generated.suggestions).toBe(90);
    expect(generated.responses).toBeGreaterThan(60);
    expect(generated.withdrawn).toBeGreaterThan(5);
    expect(generated.rated).toBeGreaterThan(5);
    expect(generated.late).toBeGreaterThan(5);
  });

  it.each(PERIODS)('the municipality, %s, equals the reference', async (_name, from, to) => {
    const res = await app.gql(METRICS, { from, to }, admin);
    expect(res.errors).toBeUndefined();
    const months = res.data.feedbackMetrics.series.map((m: { month: string }) => m.month);
    const expected = reference(await raw(), null, new Date(from), new Date(to), new Date(END), months);
    expect(expected.submitted).toBeGreaterThan(0);
    expect(res.data.feedbackMetrics).toEqual(expected);
  });

  it.each(
    PERIODS.flatMap(([name, from, to]) => ['Helse og omsorg', 'Hjemmetjenesten'].map((u) => [u, name, from, to])),
  )('the unit %s (with its child units), %s, equals the reference', async (unitName, _name, from, to) => {
    const res = await app.gql(METRICS, { unitId: unit[unitName], from, to }, admin);
    expect(res.errors).toBeUndefined();
    const months = res.data.feedbackMetrics.series.map((m: { month: string }) => m.month);
    const units = await descendants(unit[unitName]);
    const expected = reference(await raw(), units, new Date(from), new Date(to), new Date(END), months);
    expect(res.data.feedbackMetrics).toEqual(expected);
  });
});
