import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { SmtpCapture, startSmtpCapture } from '../support/smtp-capture';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { LeaderWeeklyService } from '../../api/src/leader-weekly/leader-weekly.service';
import { NotificationInboxService } from '../../api/src/notifications/notification-inbox.service';
import { ManualClock } from '../../api/src/common/clock';
import { createOrganisation, TestOrganisation } from '../support/deadline-fixtures';

const onPostgres = !!process.env.TEST_DATABASE_URL;

interface WeeklyRow {
  person_id: string;
  event_key: string;
  suggestion_id: string | null;
  payload: {
    week: string;
    overdueCount: number;
    dueThisWeekCount: number;
    answeredLastWeekCount: number;
    overdue: { id: string; title: string }[];
    dueThisWeek: { id: string; title: string }[];
    answeredLastWeek: { id: string; title: string }[];
  };
}

/**
 * The weekly leader e-mail (LEADER_WEEKLY): Monday 07:00 Oslo, to each active leader, about the
 * units they lead and the units below; nothing to say, no e-mail; once per leader and week.
 */
describe('the weekly leader e-mail', () => {
  let app: TestApp;
  let smtp: SmtpCapture;
  let org: TestOrganisation;
  let quiet: TestOrganisation;
  const ids: Record<string, string> = {};

  const weekly = () => app.running.app.get(LeaderWeeklyService);
  const suggestions = () => app.running.app.get(SuggestionsService);
  const rows = async (week: string): Promise<WeeklyRow[]> =>
    app.db.query(
      `select person_id, event_key, suggestion_id, payload from notification where kind = 'LEADER_WEEKLY' and event_key = $1`,
      [`leader-weekly:${week}`],
    );
  const submitAt = async (at: string, name: string, unit: 'home' | 'leaderless', extra = {}) => {
    app.clock.set(new Date(at));
    const s = await suggestions().submit(org.staff[0].viewer, {
      title: name,
      description: 'Beskrivelse av forslaget, lang nok.',
      unitId: org.units[unit],
      ...extra,
    });
    ids[name] = s.id;
    return s;
  };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({ config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no' } });
    org = await createOrganisation(app, 'ukentlig');
    quiet = await createOrganisation(app, 'ukentlig-stille');
    // Week 49 of 2026 runs from Monday 30 November to Sunday 6 December.
    await submitAt('2026-11-10T09:00:00Z', 'Forsinket: nøkkelskap', 'home'); // due 24 Nov: overdue
    await submitAt('2026-11-20T09:00:00Z', 'Denne uken: vaktbytte', 'home'); // due 4 Dec: this week
    await submitAt('2026-11-19T09:00:00Z', 'Fortrolig: konflikt på vakt', 'home', {
      confidential: true,
      hideName: true,
    });
    await submitAt('2026-11-21T09:00:00Z', 'Natt: lommelykter', 'leaderless'); // due 5 Dec, the unit below the top
    await submitAt('2026-11-23T09:00:00Z', 'Neste uke: kaffemaskin', 'home'); // due 7 Dec: next week
    await submitAt('2026-11-16T09:00:00Z', 'Besvart: dosettliste', 'home');
    app.clock.set(new Date('2026-11-25T12:00:00Z'));
    await suggestions().respond(org.homeLeaders[0].viewer, {
      suggestionId: ids['Besvart: dosettliste'],
      message: 'Takk, vi prøver dette fra januar.',
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('is not sent before Monday 07:00 Oslo', async () => {
    app.clock.set(new Date('2026-11-30T05:59:00Z')); // 06:59 Oslo
    expect(await weekly().runIfDue()).toBeNull();
    expect(await rows('2026-W49')).toEqual([]);
  });

  it('at 07:00 each leader gets the overdue, this week’s and last week’s answered, in their units and below', async () => {
    app.clock.set(new Date('2026-11-30T06:00:00Z'));
    const result = await weekly().runIfDue();
    expect(result).toEqual({ week: '2026-W49', leaders: 3, notifications: 3 });
    const got = await rows('2026-W49');
    const of = (id: string) => got.find((r) => r.person_id === id)!.payload;
    const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();
    for (const leader of org.homeLeaders) {
      const p = of(leader.id);
      expect(titles(p.overdue)).toEqual(['Forsinket: nøkkelskap']);
      // Confidential: these leaders may see it (they answer it), so it is listed for them.
      expect(titles(p.dueThisWeek)).toEqual(['Denne uken: vaktbytte', 'Fortrolig: konflikt på vakt']);
      expect(titles(p.answeredLastWeek)).toEqual(['Besvart: dosettliste']);
      expect([p.overdueCount, p.dueThisWeekCount, p.answeredLastWeekCount]).toEqual([1, 2, 1]);
    }
    // The top leader leads the units below too, the leaderless one included.
    expect(titles(of(org.topLeader.id).dueThisWeek)).toEqual([
      'Denne uken: vaktbytte',
      'Fortrolig: konflikt på vakt',
      'Natt: lommelykter',
    ]);
    // Not to staff, not to the admin (no LEADER membership), and not to leaders with nothing to say.
    const told = new Set(got.map((r) => r.person_id));
    for (const p of [...org.staff, org.admin, quiet.topLeader, ...quiet.homeLeaders])
      expect(told.has(p.id)).toBe(false);
    expect(got.every((r) => r.suggestion_id === null)).toBe(true);
  });

  it('the e-mail lists the titles with links, never a hidden submitter’s name, and links to the inbox', async () => {
    smtp.messages.length = 0;
    await app.running.app.get(JobQueueService).runUntilIdle();
    const weeklyMail = (to: string) =>
      smtp.messages.find((m) => m.envelopeTo.includes(to) && m.subject.startsWith('Ukens forslag'));
    const mail = weeklyMail('leder1@ukentlig.test');
    expect(mail?.subject).toBe('Ukens forslag (uke 49): 1 over fristen, 2 med frist denne uken, 1 besvart forrige uke');
    expect(mail?.text).toContain('Over fristen (1):\n- «Forsinket: nøkkelskap» (Hjemme) – frist 24. november 2026');
    expect(mail?.text).toContain(`https://idehub.example.no/forslag/${ids['Denne uken: vaktbytte']}`);
    expect(mail?.text).toContain('Åpne innboksen: https://idehub.example.no/innboks');
    expect(mail?.text).not.toContain('Natt: lommelykter');
    expect(mail?.text).not.toContain('Neste uke: kaffemaskin');
    expect(mail?.text).not.toContain('Ansatt En');
    expect(mail?.html).toContain('href="https://idehub.example.no/innboks"');
    const top = weeklyMail('sjef@ukentlig.test');
    expect(top?.text).toContain('«Natt: lommelykter» (Natt)');
  });

  it('in-app: the counts, linking to the inbox', async () => {
    const list = await app.running.app
      .get(NotificationInboxService)
      .list(org.homeLeaders[0].viewer, 20, undefined, undefined);
    const n = list.edges.map((e) => e.node).find((x) => x.kind === 'LEADER_WEEKLY')!;
    expect(n.weekly).toEqual({ overdue: 1, dueThisWeek: 2, answeredLastWeek: 1 });
    expect(n.suggestion).toBeNull();
  });

  it('once per week: later ticks send nothing; a week the server missed Monday for is caught up later that week', async () => {
    app.clock.set(new Date('2026-12-02T10:00:00Z'));
    expect(await weekly().runIfDue()).toBeNull();
    expect(await rows('2026-W49')).toHaveLength(3);
    // Week 50: the server was down on Monday; Wednesday's first tick sends it.
    app.clock.set(new Date('2026-12-09T10:00:00Z'));
    const w50 = await weekly().runIfDue();
    expect(w50?.week).toBe('2026-W50');
    // Never a previous week: nothing is sent for a week once it is over.
    const periods: { period: string }[] = await app.db.query(
      `select period from periodic_run where job = 'leader-weekly' order by period`,
    );
    expect(periods.map((p) => p.period)).toEqual(['2026-W49', '2026-W50']);
    app.clock.set(new Date('2026-12-21T08:00:00Z')); // Monday of week 52: week 51 was skipped entirely
    expect((await weekly().runIfDue())?.week).toBe('2026-W52');
    expect(await rows('2026-W51')).toEqual([]);
  });
});

describe('the weekly leader e-mail on two instances', () => {
  it.skipIf(!onPostgres)(
    'two instances: exactly one sends the week, each leader is told once',
    async () => {
      const database = await createTestDatabase();
      const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
      const a = await startTestApp({ database, clock, listen: false });
      const b = await startTestApp({ database, clock, listen: false });
      try {
        const org = await createOrganisation(a, 'ukentlig-tvilling');
        for (let i = 0; i < 5; i++) {
          await a.running.app.get(SuggestionsService).submit(org.staff[0].viewer, {
            title: `Forslag ${i}: bedre rutiner`,
            description: 'Beskrivelse av forslaget, lang nok.',
            unitId: org.units.home,
          });
        }
        clock.set(new Date('2026-11-30T06:00:30Z'));
        const results = await Promise.all(
          Array.from({ length: 4 }, () => [
            a.running.app.get(LeaderWeeklyService).runIfDue(),
            b.running.app.get(LeaderWeeklyService).runIfDue(),
          ]).flat(),
        );
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        const rows: { person_id: string }[] = await a.db.query(
          `select person_id from notification where kind = 'LEADER_WEEKLY'`,
        );
        expect(rows).toHaveLength(3);
        expect(new Set(rows.map((r) => r.person_id)).size).toBe(3);
        const [jobs] = await a.db.query(
          `select count(*)::int as n from graphile_worker.jobs j join notification n on j.key = 'email:' || n.id
          where n.kind = 'LEADER_WEEKLY'`,
        );
        expect(jobs.n).toBe(3);
      } finally {
        await a.stop();
        await b.stop();
        await database.drop();
      }
    },
    120_000,
  );
});
