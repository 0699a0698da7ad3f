import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowedTargets,
  canTransition,
  DeadlineSettings,
  escalationDueAt,
  firstResponseDueAt,
  isTerminal,
  nextUpdateDueAt,
  osloDateOf,
  parkReviewInstant,
  reminderDueAt,
  SuggestionStatusName,
} from '@idehub/libs';
import { Viewer } from '../../api/src/common/viewer';
import { Role } from '../../api/src/organisation/role.enum';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { SuggestionStatus } from '../../api/src/suggestions/suggestion-status.enum';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { MailService } from '../../api/src/mail/mail.service';
import { startTestApp, TestApp } from '../support/test-app';
import { DAY, HOUR } from '../support/deadline-fixtures';

/**
 * A year of the feedback guarantee in a couple of minutes: a manual clock, about 2 000
 * suggestions across the four demo municipalities submitted at random times, leaders answering
 * on time, late or never, the sweep every simulated hour, e-mail drained weekly. Seeded, so every
 * run is the same run. Some answers are «Ikke nå» (parked to a review date); the year checks they come
 * back on that date with REVIEW_DUE and a new first-response deadline. Then the guarantee is checked
 * against what the database recorded.
 *
 * The year runs with reminders before the deadline (DEADLINE_APPROACHING, 3 days before), and with
 * SIM_COMPARE=1 (set by `npm run test:year`) a second time with the same seed and reminders off
 * (reminderDaysBefore 0), to measure what reminders do to the on-time share. The regular suite runs
 * the first only, to keep CI within minutes. Kongsberg counts its deadlines in working days.
 *
 * SIM_SUGGESTIONS, SIM_STEP_HOURS and SIM_SEED override the size, the sweep step and the seed. Every read that
 * decides what the random streams are used for is ordered by the suggestions' numbers in the year, so the same code
 * gives the same year whatever the rows' physical order (an index added elsewhere changed it) and whatever ids the
 * database drew (random UUIDs: ordered by id, the year gave one of two results by chance). SIM_TRACE=file writes the
 * year's events, to diff two runs.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
/**
 * `npm run test:year` runs the full year (2 000 suggestions, on PostgreSQL: about 6–13 minutes here).
 * The regular suite runs the same year, same rules, with 200 suggestions so CI stays within minutes.
 */
// 200 on PostgreSQL; 100 on the embedded database, which is slower per statement (the checks are the same).
const SUGGESTIONS = Number(process.env.SIM_SUGGESTIONS ?? (onPostgres ? 200 : 100));
/**
 * E-mail: on PostgreSQL the real worker runs alongside (graphile-worker's run(), woken by
 * LISTEN/NOTIFY); on PGlite, which delivers no NOTIFY to a listener, the queue is drained weekly.
 */
const BACKGROUND_WORKER = onPostgres;
const STEP = Number(process.env.SIM_STEP_HOURS ?? 1) * HOUR;
const SEED = Number(process.env.SIM_SEED ?? 20260302);
const YEAR = 365 * DAY;
const DRAIN_EVERY = 7 * DAY;
const MUNICIPALITIES = ['drammen', 'asker', 'kongsberg', 'lier'] as const;
/** SIM_TRACE=file: every event and sweep of the year, a line each, to diff two runs that should be the same. */
const TRACE_FILE = process.env.SIM_TRACE;
const traceLines: string[] = [];
const trace = (line: string) => {
  if (TRACE_FILE) traceLines.push(line);
};

/**
 * Deadline settings per municipality at the start; Drammen changes its own in the middle of the year.
 * Kongsberg counts working days (weekends and Norwegian public holidays skipped).
 */
const START_SETTINGS: Record<string, DeadlineSettings> = {
  drammen: { firstResponseDays: 14, updateIntervalDays: 30, escalationGraceDays: 3, deadlineDays: 'CALENDAR' },
  asker: { firstResponseDays: 7, updateIntervalDays: 21, escalationGraceDays: 2, deadlineDays: 'CALENDAR' },
  kongsberg: { firstResponseDays: 10, updateIntervalDays: 30, escalationGraceDays: 5, deadlineDays: 'WORKING' },
  lier: { firstResponseDays: 14, updateIntervalDays: 14, escalationGraceDays: 0, deadlineDays: 'CALENDAR' },
};
/** Days before a deadline that the leaders are reminded, when reminders are on (the default). */
const REMINDER_DAYS = 3;
/**
 * The leader behaviour model for reminders — an assumption, not a measurement: a leader who would
 * otherwise answer a deadline late, or not at all, answers before the deadline with this probability
 * once reminded, at a uniformly random moment in the time left (5–90 % of it). Leaders who would
 * answer in time anyway are not changed by the reminder.
 */
const P_ANSWER_AFTER_REMINDER = 0.5;
/**
 * «Ikke nå»: a leader answering a SUBMITTED or UNDER_REVIEW suggestion parks it with this chance, to be
 * looked at again 14–120 days later (its own random stream, so parking does not shift the year's other draws).
 */
const P_PARK = 0.08;
type Mode = 'reminders on' | 'reminders off';
/** The on-time shares of both runs, compared at the end. */
const onTimeByMode = new Map<Mode, { onTime: number; firstOnTime: number; deadlinesDue: number; reminders: number }>();
const MID_YEAR_CHANGE = {
  slug: 'drammen',
  afterDays: 180,
  settings: { firstResponseDays: 10, updateIntervalDays: 21 },
};

const THEMES = [
  'Medisindispenser som varsler pårørende',
  'Fallalarm med bedre rekkevidde',
  'Digital hjemmeoppfølging for KOLS-pasienter',
  'Avsatt tid til e-læring i turnus',
  'Avlastning for superbrukere',
  'Felles oppslag om velferdsteknologi',
  'Kortere vei fra idé til utprøving',
  'Nettbrett til beboermøter',
];

/** mulberry32: small, fast, good enough to make the run reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (lo: number, hi: number) => lo + (hi - lo) * next(),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    weighted: <T>(options: [T, number][]) => {
      let r = next() * options.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of options) if ((r -= w) < 0) return value;
      return options[options.length - 1][0];
    },
  };
}

/** A min-heap of timed events (ties in insertion order). */
class Agenda {
  private heap: { at: number; seq: number; run: () => Promise<void> }[] = [];
  private seq = 0;
  add(at: number, run: () => Promise<void>) {
    const item = { at: Math.floor(at), seq: this.seq++, run };
    const h = this.heap;
    h.push(item);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (this.less(h[p], h[i])) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
  private less(x: { at: number; seq: number }, y: { at: number; seq: number }) {
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}

type Profile = 'prompt' | 'mixed' | 'slow' | 'never';

interface SimSuggestion {
  id: string;
  slug: string;
  unit: 'top' | 'home' | 'extra';
  submitter: string;
  profile: Profile;
  status: SuggestionStatusName;
  dueAt: Date | null;
  lastAnswerAt: Date;
  answers: number;
  /** When the leaders will answer the current deadline (null: they will not). */
  plannedAt: number | null;
}

/** What a leader decides to do next, given the status (a progress update keeps it). */
const NEXT_STATUS: Record<string, [SuggestionStatusName | null, number][]> = {
  SUBMITTED: [
    ['UNDER_REVIEW', 50],
    ['ACCEPTED', 15],
    ['DECLINED', 15],
    [null, 20],
  ],
  UNDER_REVIEW: [
    ['ACCEPTED', 40],
    ['DECLINED', 20],
    [null, 40],
  ],
  ACCEPTED: [
    ['IN_PROGRESS', 60],
    ['DECLINED', 5],
    [null, 35],
  ],
  IN_PROGRESS: [
    ['IMPLEMENTED', 45],
    ['DECLINED', 5],
    [null, 50],
  ],
};

const MODES: Mode[] = process.env.SIM_COMPARE === '1' ? ['reminders on', 'reminders off'] : ['reminders on'];

describe.each<Mode>(MODES)('a simulated year of the feedback guarantee (%s)', (mode) => {
  const reminderDays = mode === 'reminders on' ? REMINDER_DAYS : 0;
  let app: TestApp;
  const figures: Record<string, number | string> = {};
  const sim = new Map<string, SimSuggestion>();
  /** The review dates («Ikke nå») the leaders chose per suggestion, in order (YYYY-MM-DD, Oslo). */
  const parkedOn = new Map<string, string[]>();
  let start: number;
  let lastTick: number;
  /** Settings in force per municipality, as [from, settings] in time order. */
  const settingsHistory = new Map<string, [number, DeadlineSettings][]>();
  const municipalityIdOf = new Map<string, string>();
  const sentPerMessageId = new Map<string, number>();
  /**
   * Each suggestion's number in the year (1, 2, …). Ids are random UUIDs, so rows the year acts on in turn are taken
   * in this order, never by id: ordered by id, two suggestions reminded in the same hour drew their coin flips in a
   * different order from run to run.
   */
  const numberOf = new Map<string, number>();
  const inYearOrder = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (numberOf.get(a.id) ?? 0) - (numberOf.get(b.id) ?? 0));

  beforeAll(async () => {
    app = await startTestApp({ demo: true, config: { runWorker: BACKGROUND_WORKER } });
  }, 300_000);
  afterAll(() => app?.stop());

  it(`runs ${SUGGESTIONS} suggestions through a year, sweeping every ${STEP / HOUR} h`, async () => {
    const wallStart = performance.now();
    const rnd = prng(SEED);
    const suggestions = app.running.app.get(SuggestionsService);
    const sweeper = app.running.app.get(DeadlineSweepService);
    const jobs = app.running.app.get(JobQueueService);
    const mail = app.running.app.get(MailService);
    const send = mail.send.bind(mail);
    mail.send = async (message, signal) => {
      sentPerMessageId.set(message.messageId, (sentPerMessageId.get(message.messageId) ?? 0) + 1);
      return send(message, signal);
    };

    // The people and units of the demo municipalities, as viewers for the services.
    const people: { id: string; email: string; name: string; locale: string; municipality_id: string; slug: string }[] =
      await app.db.query(
        `select p.id, p.email, p.name, p.locale, p.municipality_id, m.slug from person p join municipality m on m.id = p.municipality_id
        where m.slug = any($1::text[]) order by p.email`,
        [MUNICIPALITIES],
      );
    const memberships: { person_id: string; unit_id: string | null; role: Role }[] = await app.db.query(
      'select person_id, unit_id, role from membership where person_id = any($1::uuid[]) order by person_id, role, unit_id',
      [people.map((p) => p.id)],
    );
    const viewers = new Map<string, Viewer>(); // by e-mail
    for (const p of people) {
      viewers.set(p.email, {
        personId: p.id,
        municipalityId: p.municipality_id,
        name: p.name,
        locale: p.locale,
        sessionId: 'simulated-year',
        memberships: memberships.filter((m) => m.person_id === p.id).map((m) => ({ unitId: m.unit_id, role: m.role })),
      });
      municipalityIdOf.set(p.slug, p.municipality_id);
    }
    const viewer = (local: string, slug: string) => viewers.get(`${local}@${slug}.idehub.test`)!;
    const units: { id: string; name: string; parent_id: string | null; slug: string }[] = await app.db.query(
      `select u.id, u.name, u.parent_id, m.slug from unit u join municipality m on m.id = u.municipality_id
        where m.slug = any($1::text[]) order by m.slug, u.name, u.id`,
      [MUNICIPALITIES],
    );
    const unitId = (slug: string, kind: 'top' | 'home' | 'extra', n: number) => {
      const mine = units.filter((u) => u.slug === slug);
      if (kind === 'top') return mine.find((u) => u.parent_id === null)!.id;
      if (kind === 'home') return mine.find((u) => u.name === 'Hjemmetjenesten')!.id;
      return mine.filter((u) => u.parent_id !== null && u.name !== 'Hjemmetjenesten')[n % 2].id;
    };

    // Deadline settings, through the API as an admin would.
    start = app.clock.now().getTime();
    const setSettings = async (slug: string, input: Partial<DeadlineSettings> & { reminderDaysBefore?: number }) => {
      const token = await app.login(`admin@${slug}.idehub.test`);
      const res = await app.gql(
        'mutation($input: MunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { firstResponseDays updateIntervalDays escalationGraceDays deadlineDays reminderDaysBefore } }',
        { input },
        token,
      );
      expect(res.errors).toBeUndefined();
      const history = settingsHistory.get(slug) ?? [];
      history.push([app.clock.now().getTime(), res.data.updateMunicipalitySettings]);
      settingsHistory.set(slug, history);
    };
    for (const slug of MUNICIPALITIES) {
      await setSettings(slug, { ...START_SETTINGS[slug], reminderDaysBefore: reminderDays });
    }
    // Deadlines left in the demo data are told now, before the year starts.
    await sweeper.sweep();
    await jobs.runUntilIdle();
    const demoNotifications = Number((await app.db.query('select count(*) as n from notification'))[0].n);

    const agenda = new Agenda();
    const end = start + YEAR;
    const counters = {
      submitted: 0,
      responses: 0,
      withdrawals: 0,
      follows: 0,
      sweeps: 0,
      sweepMs: 0,
      drains: 0,
      drainMs: 0,
      reminded: 0,
      answeredAfterReminder: 0,
      parked: 0,
      returnedFromParking: 0,
    };
    const parkRnd = prng(SEED + 2);
    // Its own stream, so the reminders' coin flips do not shift the rest of the year's draws.
    const remindRnd = prng(SEED + 1);

    /** Leaders answer this suggestion's current deadline: when depends on their habits. */
    const planAnswer = (s: SimSuggestion) => {
      s.plannedAt = null;
      if (!s.dueAt || isTerminal(s.status) || s.profile === 'never') return;
      if (s.answers > 0 && rnd.chance(0.06)) return; // some cases are simply forgotten
      const due = s.dueAt.getTime();
      const from = s.lastAnswerAt.getTime();
      const onTime = () => from + rnd.between(0.05, 0.95) * Math.max(due - from, HOUR);
      const late = (maxDays: number) => due + rnd.between(0.02, maxDays) * DAY;
      const at =
        s.profile === 'prompt' ? onTime() : s.profile === 'mixed' ? (rnd.chance(0.6) ? onTime() : late(8)) : late(12);
      scheduleAnswer(s, at);
    };
    /** The leaders answer the current deadline at `at` (unless it was answered or withdrawn by then). */
    const scheduleAnswer = (s: SimSuggestion, at: number) => {
      s.plannedAt = at;
      const expectedDue = s.dueAt!;
      agenda.add(at, async () => {
        if (s.dueAt?.getTime() !== expectedDue.getTime() || isTerminal(s.status)) return; // withdrawn meanwhile
        const drawn = rnd.weighted(NEXT_STATUS[s.status]);
        const park = (s.status === 'SUBMITTED' || s.status === 'UNDER_REVIEW') && parkRnd.chance(P_PARK);
        const to = park ? 'PARKED' : drawn;
        if (to) expect(allowedTargets(s.status, 'RESPONDER', 'RESPOND')).toContain(to);
        // The review date as a leader picks it in the form: an Oslo calendar date.
        const reviewOn = park ? osloDateOf(new Date(app.clock.now().getTime() + parkRnd.between(14, 120) * DAY)) : null;
        const responder =
          s.unit === 'home'
            ? rnd.weighted<string>([
                ['leder', 70],
                ['kommunalsjef', 20],
                ['admin', 10],
              ])
            : rnd.weighted<string>([
                ['kommunalsjef', 85],
                ['admin', 15],
              ]);
        const updated = await suggestions.respond(viewer(responder, s.slug), {
          suggestionId: s.id,
          status: (to ?? undefined) as SuggestionStatus | undefined,
          ...(reviewOn ? { reviewOn: reviewOn as unknown as Date } : {}),
          message: reviewOn
            ? `Ikke nå: budsjettet for neste år avgjør dette. Vi ser på det igjen ${reviewOn}.`
            : to
              ? `Vi har behandlet forslaget og endrer status til ${to}.`
              : 'Status: vi jobber fortsatt med saken og kommer tilbake.',
        });
        counters.responses++;
        trace(
          `${new Date(at).toISOString()} respond #${numberOf.get(s.id)} ${responder} ${to} -> ${updated.status} due ${updated.responseDueAt?.toISOString()}`,
        );
        if (reviewOn) {
          counters.parked++;
          parkedOn.set(s.id, [...(parkedOn.get(s.id) ?? []), reviewOn]);
        }
        s.status = updated.status;
        s.dueAt = updated.responseDueAt;
        s.lastAnswerAt = app.clock.now();
        s.answers++;
        planAnswer(s);
      });
    };

    // The year's suggestions, at random times (mostly in working hours, some at night).
    for (let n = 0; n < SUGGESTIONS; n++) {
      const slug = rnd.pick(MUNICIPALITIES);
      let at = start + rnd.between(0, YEAR - 30 * DAY);
      if (rnd.chance(0.8)) {
        const day = Math.floor((at - start) / DAY);
        at = start + day * DAY + rnd.between(-1, 8) * HOUR; // 07–16 Oslo time, near enough
      }
      const unit = rnd.weighted<'top' | 'home' | 'extra'>([
        ['home', 55],
        ['top', 15],
        ['extra', 30],
      ]);
      const submitter = rnd.weighted<string>([
        ['ansatt', 45],
        ['ansatt2', 35],
        ['agent', 12],
        ['leder', 8],
      ]);
      const profile = rnd.weighted<Profile>([
        ['prompt', 45],
        ['mixed', 30],
        ['slow', 15],
        ['never', 10],
      ]);
      const follower = rnd.chance(0.35)
        ? rnd.pick(['ansatt', 'ansatt2', 'agent'].filter((p) => p !== submitter))
        : null;
      const withdrawAfterDays = rnd.chance(0.03) ? rnd.between(1, 20) : null;
      const theme = rnd.pick(THEMES);
      const extraIndex = n;
      agenda.add(at, async () => {
        const created = await suggestions.submit(viewer(submitter, slug), {
          title: `${theme} (${n + 1})`,
          description: `Forslag ${n + 1} fra simuleringen: ${theme.toLowerCase()} ville spart tid for oss.`,
          unitId: unitId(slug, unit, extraIndex),
        });
        counters.submitted++;
        numberOf.set(created.id, n + 1);
        trace(`${new Date(at).toISOString()} submit #${n + 1} due ${created.responseDueAt?.toISOString()}`);
        const s: SimSuggestion = {
          id: created.id,
          slug,
          unit,
          submitter,
          profile,
          status: created.status,
          dueAt: created.responseDueAt,
          lastAnswerAt: created.submittedAt,
          answers: 0,
          plannedAt: null,
        };
        sim.set(s.id, s);
        if (follower) {
          await suggestions.setFollowing(viewer(follower, slug), s.id, true);
          counters.follows++;
        }
        if (withdrawAfterDays !== null) {
          agenda.add(app.clock.now().getTime() + withdrawAfterDays * DAY, async () => {
            if (!canTransition(s.status, 'WITHDRAWN', 'SUBMITTER', 'WITHDRAW')) return; // too late to withdraw
            const updated = await suggestions.withdraw(
              viewer(submitter, slug),
              s.id,
              'Løst på annen måte i mellomtiden.',
            );
            counters.withdrawals++;
            trace(`${app.clock.now().toISOString()} withdraw #${n + 1}`);
            s.status = updated.status;
            s.dueAt = updated.responseDueAt;
          });
        }
        planAnswer(s);
      });
    }
    agenda.add(start + MID_YEAR_CHANGE.afterDays * DAY + 9 * HOUR, () =>
      setSettings(MID_YEAR_CHANGE.slug, MID_YEAR_CHANGE.settings),
    );

    // The year: events in time order; the sweep at every step; e-mail drained weekly.
    const loopStart = performance.now();
    let nextDrain = start + DRAIN_EVERY;
    for (let tick = start + STEP; tick <= end; tick += STEP) {
      while (agenda.peek() && agenda.peek().at <= tick) {
        const event = agenda.pop();
        app.clock.set(new Date(event.at));
        await event.run();
      }
      app.clock.set(new Date(tick));
      const t = performance.now();
      const swept = await sweeper.sweep();
      counters.sweeps++;
      if (Object.values(swept).some((v) => typeof v === 'number' && v > 0))
        trace(`${new Date(tick).toISOString()} sweep ${JSON.stringify(swept)}`);
      if (swept.reminded) {
        // The reminded leaders (see P_ANSWER_AFTER_REMINDER): a late or missing answer may come in time now.
        counters.reminded += swept.reminded;
        const reminded: { id: string }[] = await app.db.query('select id from suggestion where reminded_at = $1', [
          new Date(tick),
        ]);
        for (const { id } of inYearOrder(reminded)) {
          const s = sim.get(id);
          if (!s?.dueAt || s.dueAt.getTime() <= tick) continue;
          const due = s.dueAt.getTime();
          const wouldBeLate = s.plannedAt === null || s.plannedAt > due;
          if (wouldBeLate && remindRnd.chance(P_ANSWER_AFTER_REMINDER)) {
            counters.answeredAfterReminder++;
            scheduleAnswer(s, tick + remindRnd.between(0.05, 0.9) * (due - tick));
          }
        }
      }
      if (swept.returnedFromParking) {
        // Back from «Ikke nå» on the review date: the leaders now owe a first answer again.
        counters.returnedFromParking += swept.returnedFromParking;
        const parked = [...sim.values()].filter((x) => x.status === 'PARKED').map((x) => x.id);
        const back: { id: string; status: SuggestionStatusName; response_due_at: Date | null }[] = await app.db.query(
          `select id, status::text as status, response_due_at from suggestion where id = any($1::uuid[]) and status <> 'PARKED'`,
          [parked],
        );
        for (const row of inYearOrder(back)) {
          const s = sim.get(row.id)!;
          s.status = row.status;
          s.dueAt = row.response_due_at ? new Date(row.response_due_at) : null;
          s.lastAnswerAt = new Date(tick);
          planAnswer(s);
        }
      }
      counters.sweepMs += performance.now() - t;
      lastTick = tick;
      if (!BACKGROUND_WORKER && tick >= nextDrain) {
        const d = performance.now();
        await jobs.runUntilIdle();
        counters.drains++;
        counters.drainMs += performance.now() - d;
        nextDrain += DRAIN_EVERY;
      }
    }
    const loopMs = performance.now() - loopStart;
    if (TRACE_FILE) (await import('node:fs')).writeFileSync(TRACE_FILE, traceLines.join('\n') + '\n');
    const drainStart = performance.now();
    await jobs.runUntilIdle();
    // The background worker may still hold the last jobs it took.
    for (
      let i = 0;
      i < 600 && Number((await app.db.query('select count(*) as n from graphile_worker.jobs'))[0].n) > 0;
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    counters.drainMs += performance.now() - drainStart;

    expect(counters.submitted).toBe(SUGGESTIONS);
    Object.assign(figures, {
      database: onPostgres ? 'PostgreSQL' : 'PGlite',
      suggestions: counters.submitted,
      responses: counters.responses,
      withdrawals: counters.withdrawals,
      parkedAnswers: counters.parked,
      returnedFromParking: counters.returnedFromParking,
      extraFollowers: counters.follows,
      sweeps: counters.sweeps,
      sweepStepHours: STEP / HOUR,
      avgSweepMs: +(counters.sweepMs / counters.sweeps).toFixed(2),
      emailWorker: BACKGROUND_WORKER ? 'background worker' : `drained weekly (${counters.drains} drains)`,
      emailDrainSeconds: +(counters.drainMs / 1000).toFixed(1),
      simulationSeconds: +(loopMs / 1000).toFixed(1),
      setupSeconds: +((loopStart - wallStart) / 1000).toFixed(1),
      demoNotificationsBefore: demoNotifications,
      mode,
      reminderDaysBefore: reminderDays,
      remindersSent: counters.reminded,
      answersPromptedByReminders: counters.answeredAfterReminder,
    });
  }, 1_800_000);

  /** Everything below checks the simulated year against what the database recorded. */
  interface Row {
    [key: string]: any;
  }
  let suggestionRows: Row[];
  let responses: Map<string, Row[]>;
  let notifications: Row[];

  const settingsAt = (slug: string, at: number): DeadlineSettings => {
    const history = settingsHistory.get(slug)!;
    let current = history[0][1];
    for (const [from, s] of history) if (from <= at) current = s;
    return current;
  };
  const firstTickAtOrAfter = (at: number) => start + Math.ceil((at - start) / STEP) * STEP;

  it('every deadline was answered in time, or its leaders were told at the deadline (within one sweep) and it was escalated after the grace days', async () => {
    const ids = [...sim.keys()];
    suggestionRows = await app.db.query(
      `select s.id, s.unit_id, s.municipality_id, s.submitter_id, s.submitted_at, s.status::text as status, s.response_due_at
         from suggestion s where s.id = any($1::uuid[])`,
      [ids],
    );
    const responseRows: Row[] = await app.db.query(
      `select id, suggestion_id, author_id, kind::text as kind, from_status::text as from_status, to_status::text as to_status,
              created_at, was_late, message
         from response where suggestion_id = any($1::uuid[]) order by created_at, id`,
      [ids],
    );
    responses = new Map();
    for (const r of responseRows) responses.set(r.suggestion_id, [...(responses.get(r.suggestion_id) ?? []), r]);
    notifications = await app.db.query(
      `select id, person_id, kind::text as kind, suggestion_id, event_key, created_at from notification where suggestion_id = any($1::uuid[])`,
      [ids],
    );

    // Who is told, worked out independently of the service: the unit's leaders (else the nearest above),
    // and the escalation path (the nearest leaders above those who owe the answer, never those
    // themselves; at the top, the admins). The simulation assigns no one, so the unit's leaders owe it.
    const unitRows: Row[] = await app.db.query('select id, parent_id, municipality_id from unit');
    const parentOf = new Map(unitRows.map((u) => [u.id, u.parent_id as string | null]));
    const leaderRows: Row[] = await app.db.query(`select person_id, unit_id from membership where role = 'LEADER'`);
    const adminRows: Row[] = await app.db.query(
      `select p.id, p.municipality_id from person p join membership m on m.person_id = p.id where m.role = 'ADMIN'`,
    );
    const leadersOf = (unit: string) => leaderRows.filter((l) => l.unit_id === unit).map((l) => l.person_id as string);
    const nearestLeaders = (unit: string | null, municipalityId: string): string[] => {
      for (let u = unit; u; u = parentOf.get(u) ?? null) if (leadersOf(u).length) return leadersOf(u);
      return adminRows.filter((a) => a.municipality_id === municipalityId).map((a) => a.id);
    };
    const escalationPath = (unit: string, municipalityId: string): string[] => {
      let owingUnit: string | null = unit;
      while (owingUnit && !leadersOf(owingUnit).length) owingUnit = parentOf.get(owingUnit) ?? null;
      const owing = new Set(owingUnit ? leadersOf(owingUnit) : []);
      for (let u = owingUnit ? (parentOf.get(owingUnit) ?? null) : null; u; u = parentOf.get(u) ?? null) {
        const above = leadersOf(u).filter((p) => !owing.has(p));
        if (above.length) return above;
      }
      const admins = adminRows.filter((a) => a.municipality_id === municipalityId).map((a) => a.id as string);
      const others = admins.filter((a) => !owing.has(a));
      return others.length ? others : admins;
    };
    const slugOf = new Map([...municipalityIdOf].map(([slug, id]) => [id, slug]));

    const expected = new Set<string>();
    let deadlinesDue = 0;
    let answeredOnTime = 0;
    let missed = 0;
    let escalated = 0;
    let firstDue = 0;
    let firstOnTime = 0;
    let reminders = 0;
    let returned = 0;
    const parkedDates = new Map([...parkedOn].map(([id, dates]) => [id, [...dates]]));
    for (const s of suggestionRows) {
      const slug = slugOf.get(s.municipality_id)!;
      const submittedAt = new Date(s.submitted_at);
      const answers = responses.get(s.id) ?? [];
      let due: Date | null = firstResponseDueAt(submittedAt, settingsAt(slug, submittedAt.getTime()));
      let setAt = submittedAt.getTime();
      for (let k = 0; due; k++) {
        const answer = answers[k];
        const answeredAt = answer ? new Date(answer.created_at).getTime() : Infinity;
        const d = due.getTime();
        // The reminder: at the first sweep at or after its time (not before the deadline was set), only
        // while the deadline has not passed and is not answered; once per deadline.
        const remindAt = reminderDueAt(due, reminderDays, settingsAt(slug, setAt));
        if (remindAt) {
          const remindTick = firstTickAtOrAfter(Math.max(remindAt.getTime(), setAt));
          if (remindTick < answeredAt && remindTick < d && remindTick <= lastTick) {
            reminders++;
            for (const p of nearestLeaders(s.unit_id, s.municipality_id)) {
              expected.add(`DEADLINE_APPROACHING ${p} deadline-approaching:${s.id}:${due.toISOString()} ${remindTick}`);
            }
          }
        }
        // A withdrawal is not an answer, so it is never late.
        if (answer)
          expect(answer.was_late, `response ${answer.id}`).toBe(answer.kind !== 'WITHDRAWAL' && answeredAt > d);
        if (d <= lastTick) {
          deadlinesDue++;
          if (k === 0) firstDue++;
          if (answeredAt <= d) {
            answeredOnTime++;
            if (k === 0) firstOnTime++;
          }
          const missedAt = firstTickAtOrAfter(d);
          if (missedAt < answeredAt && missedAt <= lastTick) {
            missed++;
            for (const p of nearestLeaders(s.unit_id, s.municipality_id)) {
              expected.add(`DEADLINE_MISSED ${p} deadline-missed:${s.id}:${due.toISOString()} ${missedAt}`);
            }
            const escalateAt = firstTickAtOrAfter(escalationDueAt(due, settingsAt(slug, lastTick)).getTime());
            if (escalateAt < answeredAt && escalateAt <= lastTick) {
              escalated++;
              for (const p of escalationPath(s.unit_id, s.municipality_id)) {
                expected.add(`ESCALATED ${p} escalated:${s.id}:${due.toISOString()} ${escalateAt}`);
              }
              expected.add(
                `ESCALATION_NOTICE ${s.submitter_id} escalation-notice:${s.id}:${due.toISOString()} ${escalateAt}`,
              );
            }
          }
        }
        if (!answer) {
          // The stored deadline is the one the rules give, including settings changed since.
          expect(s.response_due_at && new Date(s.response_due_at).toISOString(), `suggestion ${s.id}`).toBe(
            due.toISOString(),
          );
          break;
        }
        if (answer.to_status === 'PARKED') {
          // «Ikke nå»: no deadline runs until the review date; at the first sweep from 07:00 that day the
          // leaders (REVIEW_DUE) and the submitter (their own REVIEW_DUE) are told, and a first-response
          // deadline runs from the review date — unless it was withdrawn or answered before.
          const reviewAt = parkReviewInstant(parkedDates.get(s.id)!.shift()!);
          const returnTick = firstTickAtOrAfter(reviewAt.getTime());
          const next = answers[k + 1];
          if (returnTick <= lastTick && (!next || new Date(next.created_at).getTime() >= returnTick)) {
            returned++;
            const leaders = nearestLeaders(s.unit_id, s.municipality_id);
            for (const p of leaders) {
              expected.add(`REVIEW_DUE ${p} review-due:${s.id}:${reviewAt.toISOString()} ${returnTick}`);
            }
            if (!leaders.includes(s.submitter_id)) {
              expected.add(
                `REVIEW_DUE ${s.submitter_id} review-due-submitter:${s.id}:${reviewAt.toISOString()} ${returnTick}`,
              );
            }
            due = firstResponseDueAt(reviewAt, settingsAt(slug, returnTick));
            setAt = returnTick;
            continue;
          }
        }
        due = nextUpdateDueAt(new Date(answer.created_at), answer.to_status, settingsAt(slug, answeredAt));
        setAt = answeredAt;
        if (!due) expect(s.response_due_at).toBeNull();
      }
    }
    const actual = notifications
      .filter((n) =>
        ['DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE', 'DEADLINE_APPROACHING', 'REVIEW_DUE'].includes(n.kind),
      )
      .map((n) => `${n.kind} ${n.person_id} ${n.event_key} ${new Date(n.created_at).getTime()}`);
    expect(actual.length).toBe(new Set(actual).size);
    const unexpected = actual.filter((a) => !expected.has(a));
    const absent = [...expected].filter((e) => !actual.includes(e));
    expect(unexpected.slice(0, 5)).toEqual([]);
    expect(absent.slice(0, 5)).toEqual([]);
    expect(missed).toBeGreaterThan(0);
    expect(escalated).toBeGreaterThan(0);
    expect(returned).toBeGreaterThan(0);
    if (reminderDays) expect(reminders).toBeGreaterThan(0);
    else expect(actual.filter((a) => a.startsWith('DEADLINE_APPROACHING'))).toEqual([]);
    onTimeByMode.set(mode, {
      onTime: answeredOnTime / deadlinesDue,
      firstOnTime: firstOnTime / firstDue,
      deadlinesDue,
      reminders,
    });

    Object.assign(figures, {
      deadlinesDue,
      onTimeShare: `${((100 * answeredOnTime) / deadlinesDue).toFixed(1)} %`,
      firstResponsesOnTime: `${((100 * firstOnTime) / firstDue).toFixed(1)} %`,
      missedDeadlines: missed,
      escalations: escalated,
      parkedReturned: returned,
      reminders,
    });
  });

  it('no status changed without a response: every change in the audit log is a response, and the responses chain the statuses', async () => {
    const ids = [...sim.keys()];
    const audit: Row[] = await app.db.query(
      `select entity_id, action, actor_id, before, after from audit_entry where entity_type = 'suggestion' and entity_id = any($1::uuid[])`,
      [ids],
    );
    const responseById = new Map<string, Row>();
    for (const list of responses.values()) for (const r of list) responseById.set(r.id, r);
    let statusChanges = 0;
    // «Ikke nå» ends on the review date without a response: the sweep's one status change, PARKED → UNDER_REVIEW.
    const reviewReturns = audit.filter((a) => a.action === 'suggestion.review_due');
    expect(
      reviewReturns.every(
        (a) => a.actor_id === null && a.before.status === 'PARKED' && a.after.status === 'UNDER_REVIEW',
      ),
    ).toBe(true);
    const returnsLeft = new Map<string, number>();
    for (const a of reviewReturns) returnsLeft.set(a.entity_id, (returnsLeft.get(a.entity_id) ?? 0) + 1);
    for (const entry of audit) {
      const before = entry.before?.status;
      const after = entry.after?.status;
      if (before === undefined || before === after || entry.action === 'suggestion.review_due') continue;
      statusChanges++;
      const response = responseById.get(entry.after.responseId);
      expect(response, `audit ${entry.action} on ${entry.entity_id}`).toBeDefined();
      expect([response!.from_status, response!.to_status, response!.author_id]).toEqual([
        before,
        after,
        entry.actor_id,
      ]);
    }
    const sweepEntries = audit.filter(
      (a) => a.action === 'suggestion.deadline_missed' || a.action === 'suggestion.escalated',
    );
    expect(sweepEntries.every((a) => a.actor_id === null && a.before.status === a.after.status)).toBe(true);
    expect(audit.filter((a) => a.action === 'suggestion.escalated').length).toBe(figures.escalations);

    let changingResponses = 0;
    for (const s of suggestionRows) {
      let status = 'SUBMITTED';
      const back = () => {
        // A parked suggestion that came back on its review date is UNDER_REVIEW without a response.
        const left = returnsLeft.get(s.id) ?? 0;
        if (status === 'PARKED' && left > 0) {
          returnsLeft.set(s.id, left - 1);
          status = 'UNDER_REVIEW';
        }
      };
      for (const r of responses.get(s.id) ?? []) {
        if (r.from_status !== status) back();
        expect(r.from_status, `response ${r.id}`).toBe(status);
        if (r.kind !== 'WITHDRAWAL') expect(r.message.trim().length).toBeGreaterThanOrEqual(20);
        if (r.to_status !== r.from_status) changingResponses++;
        status = r.to_status;
      }
      if (s.status !== status) back();
      expect(s.status, `suggestion ${s.id}`).toBe(status);
    }
    expect(statusChanges).toBe(changingResponses);
    figures.statusChanges = statusChanges;
  });

  it('every response was notified exactly once to each follower', async () => {
    const followers: Row[] = await app.db.query(
      'select suggestion_id, person_id from follower where suggestion_id = any($1::uuid[])',
      [[...sim.keys()]],
    );
    const followersOf = new Map<string, string[]>();
    for (const f of followers)
      followersOf.set(f.suggestion_id, [...(followersOf.get(f.suggestion_id) ?? []), f.person_id]);
    const unitRows: Row[] = await app.db.query('select id, parent_id from unit');
    const parentOf = new Map(unitRows.map((u) => [u.id, u.parent_id as string | null]));
    const leaderRows: Row[] = await app.db.query(`select person_id, unit_id from membership where role = 'LEADER'`);
    const adminRows: Row[] = await app.db.query(
      `select p.id, p.municipality_id from person p join membership m on m.person_id = p.id where m.role = 'ADMIN'`,
    );
    const suggestionOf = new Map(suggestionRows.map((s) => [s.id as string, s]));
    const owingLeaders = (suggestionId: string): string[] => {
      const s = suggestionOf.get(suggestionId)!;
      for (let u: string | null = s.unit_id; u; u = parentOf.get(u) ?? null) {
        const leaders = leaderRows.filter((l) => l.unit_id === u).map((l) => l.person_id as string);
        if (leaders.length) return leaders;
      }
      return adminRows.filter((a) => a.municipality_id === s.municipality_id).map((a) => a.id as string);
    };
    const received = new Map<string, string[]>();
    for (const n of notifications.filter((n) => n.kind === 'RESPONSE_RECEIVED')) {
      received.set(n.event_key, [...(received.get(n.event_key) ?? []), n.person_id]);
    }
    let expectedTotal = 0;
    for (const [suggestionId, list] of responses) {
      for (const r of list) {
        // A withdrawal also goes to those who owed the answer (the unit's nearest leaders), following or not.
        const owing = r.kind === 'WITHDRAWAL' ? owingLeaders(suggestionId) : [];
        const to = [...new Set([...(followersOf.get(suggestionId) ?? []), ...owing])]
          .filter((p) => p !== r.author_id)
          .sort();
        expectedTotal += to.length;
        expect((received.get(`response:${r.id}`) ?? []).sort(), `response ${r.id}`).toEqual(to);
      }
    }
    expect(notifications.filter((n) => n.kind === 'RESPONSE_RECEIVED')).toHaveLength(expectedTotal);
    figures.responseNotifications = expectedTotal;
  });

  it('every notification got its e-mail, and no e-mail was sent twice', async () => {
    const all: Row[] = await app.db.query(
      `select n.id, d.status::text as delivery, (select count(*) from graphile_worker.jobs j where j.key = 'email:' || n.id)::int as queued
         from notification n left join email_delivery d on d.notification_id = n.id
        where n.suggestion_id = any($1::uuid[])`,
      [[...sim.keys()]],
    );
    expect(all.filter((n) => n.delivery !== 'SENT').slice(0, 3)).toEqual([]);
    expect(all.filter((n) => n.queued !== 0).slice(0, 3)).toEqual([]); // every job ran to completion
    const sends = all.map((n) => sentPerMessageId.get(`<${n.id}@idehub>`) ?? 0);
    expect(sends.filter((c) => c !== 1)).toEqual([]);
    expect([...sentPerMessageId.values()].every((c) => c === 1)).toBe(true);

    const byKind: Row[] = await app.db.query(
      `select kind::text as kind, count(*)::int as n from notification where suggestion_id = any($1::uuid[]) group by kind order by kind`,
      [[...sim.keys()]],
    );
    Object.assign(figures, {
      notifications: all.length,
      notificationsByKind: byKind.map((k) => `${k.kind} ${k.n}`).join(', '),
      emailsForTheseNotifications: sends.reduce((a, b) => a + b, 0),
      emailsSentInAll: [...sentPerMessageId.values()].reduce((a, b) => a + b, 0),
    });
    console.log(`\nSimulated year (${SUGGESTIONS} suggestions, seed ${SEED}):\n${JSON.stringify(figures, null, 2)}`);
  });
});

describe.runIf(MODES.length === 2)('the effect of reminders in the simulated year', () => {
  it('the same year, with and without reminders: the on-time share', () => {
    const on = onTimeByMode.get('reminders on');
    const off = onTimeByMode.get('reminders off');
    if (!on || !off) return; // a run was filtered out
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    console.log(
      `\nReminders (${REMINDER_DAYS} days before; a late or missing answer comes in time with p = ${P_ANSWER_AFTER_REMINDER} once reminded), ` +
        `${SUGGESTIONS} suggestions, seed ${SEED}:\n` +
        `  on-time share of all deadlines: ${pct(on.onTime)} with reminders, ${pct(off.onTime)} without\n` +
        `  first responses on time:        ${pct(on.firstOnTime)} with reminders, ${pct(off.firstOnTime)} without\n` +
        `  deadlines due: ${on.deadlinesDue} / ${off.deadlinesDue}; reminders sent: ${on.reminders} / ${off.reminders}`,
    );
    expect(off.reminders).toBe(0);
    expect(on.onTime).toBeGreaterThan(off.onTime);
  });
});
