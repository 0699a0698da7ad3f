import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';
import { notificationsAbout, RESPOND, SUBMIT, SUGGESTION, sweep } from '../support/deadline-fixtures';

const SETTINGS = `mutation($input: MunicipalitySettingsInput!) {
  updateMunicipalitySettings(input: $input) {
    firstResponseDays updateIntervalDays escalationGraceDays reminderDaysBefore deadlineDays
  }
}`;
const ADMIN = 'admin@drammen.idehub.test';
const STAFF = 'ansatt@drammen.idehub.test';
const LEADER = 'leder@drammen.idehub.test';

/**
 * Deadlines counted in working days (deadlineDays WORKING): weekends and Norwegian public holidays
 * in Oslo are skipped at submission, after a response, and for the escalation grace; and the
 * settings that choose it (with reminderDaysBefore) are validated and audited.
 */
describe('working days', () => {
  let app: TestApp;
  let unitId: string;
  const tokens: Record<string, string> = {};
  /** Moves the clock; sessions follow the clock, so sign in again afterwards. */
  const at = (date: Date) => {
    app.clock.set(date);
    for (const k of Object.keys(tokens)) delete tokens[k];
  };
  const as = async (email: string) => (tokens[email] ??= await app.login(email));
  const settings = async (input: Record<string, unknown>) => app.gql(SETTINGS, { input }, await as(ADMIN));
  const submit = async (title: string) => {
    const res = await app.gql(
      SUBMIT,
      { input: { unitId, title, description: 'Vi glemmer ofte å kvittere i dosettlisten.' } },
      await as(STAFF),
    );
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion as { id: string; responseDueAt: string };
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const units = await app.gql('{ units { id name } }', {}, await as(STAFF));
    unitId = units.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('settings: bad values are refused with BAD_USER_INPUT saying what to fix, and nothing is changed', async () => {
    const before = (await app.gql('{ municipalitySettings { reminderDaysBefore deadlineDays } }', {}, await as(ADMIN)))
      .data.municipalitySettings;
    for (const [input, field] of [
      [{ reminderDaysBefore: -1 }, 'reminderDaysBefore'],
      [{ reminderDaysBefore: 366 }, 'reminderDaysBefore'],
      [{ reminderDaysBefore: 2, firstResponseDays: 400 }, 'firstResponseDays'],
    ] as const) {
      const res = await settings(input);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        { field, message: 'must be a whole number of days from 0 to 365' },
      ]);
    }
    const badEnum = await settings({ deadlineDays: 'WEEKDAYS' });
    expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
    expect(badEnum.errors![0].message).toMatch(/DeadlineDays/);
    const after = (await app.gql('{ municipalitySettings { reminderDaysBefore deadlineDays } }', {}, await as(ADMIN)))
      .data.municipalitySettings;
    expect(after).toEqual(before);
    // Only admins.
    expect(codeOf(await app.gql(SETTINGS, { input: { deadlineDays: 'WORKING' } }, await as(LEADER)))).toBe('FORBIDDEN');
  });

  it('settings: the audit entry records the new fields', async () => {
    const res = await settings({ deadlineDays: 'WORKING', reminderDaysBefore: 2, escalationGraceDays: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMunicipalitySettings).toMatchObject({ deadlineDays: 'WORKING', reminderDaysBefore: 2 });
    const [entry] = await app.db.query(
      `select before, after from audit_entry where action = 'municipality.settings' order by at desc limit 1`,
    );
    expect(entry.before).toMatchObject({ deadlineDays: 'CALENDAR', reminderDaysBefore: 3 });
    expect(entry.after).toMatchObject({ deadlineDays: 'WORKING', reminderDaysBefore: 2 });
  });

  it('submitted on the Friday before Easter: 14 working days skip Maundy Thursday, Good Friday and Easter Monday', async () => {
    // Friday 27 March 2026, 10:00 Oslo (winter time).
    at(new Date('2026-03-27T09:00:00Z'));
    const s = await submit('Innsendt fredag før påske');
    // 14 working days: Tuesday 21 April, 10:00 Oslo (summer time), the real date shown to the submitter.
    expect(s.responseDueAt).toBe('2026-04-21T08:00:00.000Z');
    // Calendar days would have given Friday 10 April.
    const res = await app.gql(SUGGESTION, { id: s.id }, await as(STAFF));
    expect(res.data.suggestion.responseDueAt).toBe('2026-04-21T08:00:00.000Z');
  });

  it('after a response, the next update is due in working days too', async () => {
    await settings({ updateIntervalDays: 5 });
    at(new Date('2026-12-21T09:00:00Z')); // Monday 21 December, 10:00 Oslo
    const s = await submit('Svar før jul');
    const res = await app.gql(
      RESPOND,
      { input: { suggestionId: s.id, status: 'UNDER_REVIEW', message: 'Takk, vi ser på dette over nyttår.' } },
      await as(LEADER),
    );
    expect(res.errors).toBeUndefined();
    // 22, 23, 24 (1–3); 25 and 26 December are holidays, then the weekend; 28 and 29 (4–5).
    expect(res.data.respondToSuggestion.responseDueAt).toBe('2026-12-29T09:00:00.000Z');
  });

  it('the escalation grace is counted in working days (across Easter)', async () => {
    await settings({ firstResponseDays: 2, escalationGraceDays: 3 });
    at(new Date('2026-03-30T08:00:00Z')); // Monday 30 March, 10:00 Oslo
    const s = await submit('Frist rett før påske');
    expect(s.responseDueAt).toBe('2026-04-01T08:00:00.000Z'); // Wednesday 1 April
    at(new Date('2026-04-01T08:00:00Z'));
    expect((await sweep(app)).deadlinesMissed).toBeGreaterThanOrEqual(1);
    // Three calendar days on would be Saturday 4 April; three working days are 7, 8, 9 April.
    at(new Date('2026-04-09T07:59:00Z'));
    await sweep(app);
    expect(await notificationsAbout(app, s.id, ['ESCALATED'])).toEqual([]);
    at(new Date('2026-04-09T08:00:00Z'));
    await sweep(app);
    expect((await notificationsAbout(app, s.id, ['ESCALATED'])).length).toBeGreaterThan(0);
    const res = await app.gql(SUGGESTION, { id: s.id }, await as(LEADER));
    expect(res.data.suggestion.escalatedAt).toBe('2026-04-09T08:00:00.000Z');
  });

  it('back to calendar days: deadlines set afterwards count every day', async () => {
    await settings({ deadlineDays: 'CALENDAR', firstResponseDays: 14 });
    at(new Date('2026-03-27T09:00:00Z'));
    const s = await submit('Innsendt fredag før påske, kalenderdager');
    expect(s.responseDueAt).toBe('2026-04-10T08:00:00.000Z');
  });
});
