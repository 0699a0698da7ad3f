import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays } from '@idehub/libs';
import { startTestApp, TestApp } from '../support/test-app';
import { SmtpCapture, startSmtpCapture } from '../support/smtp-capture';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { MunicipalityEntity } from '../../api/src/organisation/municipality.entity';
import { DeadlineDays } from '../../api/src/organisation/deadline-days.enum';
import { createOrganisation, HOUR, notificationsAbout, sweep, TestOrganisation } from '../support/deadline-fixtures';

/**
 * Reminders before the deadline (DEADLINE_APPROACHING): `reminderDaysBefore` before it, counted as
 * the municipality counts deadline days, to whoever owes the answer, once per deadline, in-app and
 * by e-mail (over a real SMTP server).
 */
describe('reminders before the deadline', () => {
  let app: TestApp;
  let smtp: SmtpCapture;
  let org: TestOrganisation;
  let n = 0;

  const suggestions = () => app.running.app.get(SuggestionsService);
  const submit = async (unit: 'home' | 'leaderless' = 'home', confidential = false, o = org) => {
    const s = await suggestions().submit(o.staff[0].viewer, {
      title: `Påminnelse ${++n}: felles huskeliste for medisinrunden`,
      description: 'Vi glemmer ofte å kvittere i dosettlisten.',
      unitId: o.units[unit],
      confidential,
    });
    return { id: s.id, due: s.responseDueAt! };
  };
  const settings = (municipalityId: string, values: Partial<MunicipalityEntity>) =>
    app.db.getRepository(MunicipalityEntity).update({ id: municipalityId }, values);
  const reminders = (id: string) => notificationsAbout(app, id, ['DEADLINE_APPROACHING']);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({ config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no' } });
    org = await createOrganisation(app, 'paaminnelse');
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('reminds the unit’s leaders three days (the default) before the deadline, once, by e-mail too', async () => {
    app.clock.set(new Date('2026-03-02T08:00:00Z'));
    const s = await submit();
    expect(s.due.toISOString()).toBe(addCalendarDays(new Date('2026-03-02T08:00:00Z'), 14).toISOString());
    const remindAt = addCalendarDays(s.due, -3);

    app.clock.set(new Date(remindAt.getTime() - 60_000));
    expect((await sweep(app)).reminded).toBe(0);
    expect(await reminders(s.id)).toEqual([]);

    app.clock.set(remindAt);
    const result = await sweep(app);
    expect(result.reminded).toBe(1);
    const told = await reminders(s.id);
    expect(told.map((r) => r.person_id).sort()).toEqual(org.homeLeaders.map((p) => p.id).sort());
    expect(told[0].event_key).toBe(`deadline-approaching:${s.id}:${s.due.toISOString()}`);
    expect(told[0].payload).toMatchObject({ dueAt: s.due.toISOString(), unitName: 'Hjemme' });

    // Once per deadline, however often the sweep runs before it.
    app.clock.advance(HOUR);
    expect((await sweep(app)).reminded).toBe(0);
    expect(await reminders(s.id)).toHaveLength(2);

    // The e-mail, as the mail server received it.
    smtp.messages.length = 0;
    await app.running.app.get(JobQueueService).runUntilIdle();
    const mail = smtp.messages.find(
      (m) => m.envelopeTo.includes('leder1@paaminnelse.test') && m.subject.startsWith('Påminnelse:'),
    );
    expect(mail?.subject).toBe(
      `Påminnelse: svar på «Påminnelse ${n}: felles huskeliste for medisinrunden» innen 16. mars 2026`,
    );
    expect(mail?.text).toContain(
      'i Hjemme skal ha et skriftlig svar innen 16. mars 2026, og det er du som skylder det.',
    );
    expect(mail?.text).toContain(`https://idehub.example.no/forslag/${s.id}`);
  });

  it('reminds the assignee, not the leaders, when someone is responsible', async () => {
    app.clock.set(new Date('2026-04-06T08:00:00Z'));
    const s = await submit();
    await suggestions().assign(org.homeLeaders[0].viewer, s.id, org.homeLeaders[1].id);
    app.clock.set(addCalendarDays(s.due, -3));
    await sweep(app);
    expect((await reminders(s.id)).map((r) => r.person_id)).toEqual([org.homeLeaders[1].id]);
  });

  it('a leaderless unit: the nearest leaders above are reminded', async () => {
    app.clock.set(new Date('2026-04-07T08:00:00Z'));
    const s = await submit('leaderless');
    app.clock.set(addCalendarDays(s.due, -2));
    await sweep(app);
    expect((await reminders(s.id)).map((r) => r.person_id)).toEqual([org.topLeader.id]);
  });

  it('a new deadline after a response is reminded of again; the event names the deadline', async () => {
    app.clock.set(new Date('2026-05-04T08:00:00Z'));
    const s = await submit();
    app.clock.set(addCalendarDays(s.due, -3));
    await sweep(app);
    app.clock.advance(HOUR);
    const answered = await suggestions().respond(org.homeLeaders[0].viewer, {
      suggestionId: s.id,
      message: 'Takk, vi ser på dette i neste personalmøte.',
    });
    const [row] = await app.db.query('select reminded_at from suggestion where id = $1', [s.id]);
    expect(row.reminded_at).toBeNull();
    const newDue = answered.responseDueAt!;
    app.clock.set(addCalendarDays(newDue, -3));
    await sweep(app);
    const keys = [...new Set((await reminders(s.id)).map((r) => r.event_key))];
    expect(keys).toEqual([
      `deadline-approaching:${s.id}:${s.due.toISOString()}`,
      `deadline-approaching:${s.id}:${newDue.toISOString()}`,
    ]);
  });

  it('a deadline that has already passed gets DEADLINE_MISSED, never a reminder', async () => {
    app.clock.set(new Date('2026-06-01T08:00:00Z'));
    const s = await submit();
    // The sweep did not run in the reminder window (the server was down): the deadline passed.
    app.clock.set(new Date(s.due.getTime() + 60_000));
    const result = await sweep(app);
    expect(result.reminded).toBe(0);
    expect(await reminders(s.id)).toEqual([]);
    expect(await notificationsAbout(app, s.id, ['DEADLINE_MISSED'])).toHaveLength(2);
  });

  it('0 days turns reminders off; more days than the deadline is long reminds at once', async () => {
    const other = await createOrganisation(app, 'paaminnelse-av');
    await settings(other.municipalityId, { reminderDaysBefore: 0 });
    app.clock.set(new Date('2026-07-01T08:00:00Z'));
    const off = await submit('home', false, other);
    app.clock.set(new Date(off.due.getTime() - HOUR));
    await sweep(app);
    expect(await reminders(off.id)).toEqual([]);

    await settings(other.municipalityId, { reminderDaysBefore: 20, firstResponseDays: 14 });
    app.clock.set(new Date('2026-07-20T08:00:00Z'));
    const early = await submit('home', false, other);
    app.clock.advance(60_000); // the next sweep after the submission
    await sweep(app);
    expect(await reminders(early.id)).toHaveLength(2);
  });

  it('a municipality counting working days is reminded three working days before (across Easter)', async () => {
    const working = await createOrganisation(app, 'paaminnelse-arbeid');
    await settings(working.municipalityId, { deadlineDays: DeadlineDays.WORKING, firstResponseDays: 10 });
    // Monday 23 March 2026, 10:00 Oslo; 10 working days, skipping Maundy Thursday, Good Friday and Easter Monday.
    app.clock.set(new Date('2026-03-23T09:00:00Z'));
    const s = await submit('home', false, working);
    expect(s.due.toISOString()).toBe('2026-04-09T08:00:00.000Z'); // Thursday 9 April, 10:00 Oslo (summer time)
    // Three working days before: Wed 8 and Tue 7 count; Easter Monday, Good Friday and Maundy Thursday do not; Wed 1 April does.
    const remindAt = addWorkingDays(s.due, -3);
    expect(remindAt.toISOString()).toBe('2026-04-01T08:00:00.000Z'); // Wednesday 1 April
    app.clock.set(new Date(remindAt.getTime() - 60_000));
    await sweep(app);
    expect(await reminders(s.id)).toEqual([]);
    app.clock.set(remindAt);
    await sweep(app);
    expect(await reminders(s.id)).toHaveLength(2);
  });

  it('a confidential suggestion is never shown to an assignee who may not see it', async () => {
    app.clock.set(new Date('2026-08-03T08:00:00Z'));
    const s = await submit('home', true);
    // Forced past the assign checks: the responsible person is a colleague without access.
    await app.db.query('update suggestion set owner_id = $2 where id = $1', [s.id, org.staff[1].id]);
    app.clock.set(addCalendarDays(s.due, -3));
    await sweep(app);
    expect((await reminders(s.id)).map((r) => r.person_id)).not.toContain(org.staff[1].id);
  });
});
