import { describe, expect, it } from 'vitest';
import { addDeadlineDays, addWorkingDays, firstResponseDueAt, reminderDueAt } from './deadlines';
import { easterSunday, isOsloWorkingDay, norwegianPublicHolidays } from './working-days';

// The known dates (from the almanac, not from the computus under test): Easter Sunday,
// Ascension Day and Whit Monday for 2026–2035.
const KNOWN: Record<number, { easter: string; ascension: string; whitMonday: string }> = {
  2026: { easter: '2026-04-05', ascension: '2026-05-14', whitMonday: '2026-05-25' },
  2027: { easter: '2027-03-28', ascension: '2027-05-06', whitMonday: '2027-05-17' },
  2028: { easter: '2028-04-16', ascension: '2028-05-25', whitMonday: '2028-06-05' },
  2029: { easter: '2029-04-01', ascension: '2029-05-10', whitMonday: '2029-05-21' },
  2030: { easter: '2030-04-21', ascension: '2030-05-30', whitMonday: '2030-06-10' },
  2031: { easter: '2031-04-13', ascension: '2031-05-22', whitMonday: '2031-06-02' },
  2032: { easter: '2032-03-28', ascension: '2032-05-06', whitMonday: '2032-05-17' },
  2033: { easter: '2033-04-17', ascension: '2033-05-26', whitMonday: '2033-06-06' },
  2034: { easter: '2034-04-09', ascension: '2034-05-18', whitMonday: '2034-05-29' },
  2035: { easter: '2035-03-25', ascension: '2035-05-03', whitMonday: '2035-05-14' },
};

const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('Norwegian public holidays 2026–2035', () => {
  it.each(Object.entries(KNOWN))('%s', (year, known) => {
    const y = Number(year);
    const { month, day } = easterSunday(y);
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(known.easter);
    const byName = new Map(norwegianPublicHolidays(y).map((h) => [h.name, h.date]));
    expect(Object.fromEntries(byName)).toEqual({
      'Første nyttårsdag': `${year}-01-01`,
      Skjærtorsdag: shift(known.easter, -3),
      Langfredag: shift(known.easter, -2),
      'Første påskedag': known.easter,
      'Andre påskedag': shift(known.easter, 1),
      'Arbeidernes dag': `${year}-05-01`,
      Grunnlovsdag: `${year}-05-17`,
      'Kristi himmelfartsdag': known.ascension,
      'Første pinsedag': shift(known.whitMonday, -1),
      'Andre pinsedag': known.whitMonday,
      'Første juledag': `${year}-12-25`,
      'Andre juledag': `${year}-12-26`,
    });
  });

  it('no working day on a weekday holiday, on Saturday or Sunday; ordinary weekdays are', () => {
    expect(isOsloWorkingDay(2026, 4, 2)).toBe(false); // Skjærtorsdag
    expect(isOsloWorkingDay(2026, 4, 3)).toBe(false); // Langfredag
    expect(isOsloWorkingDay(2026, 4, 6)).toBe(false); // Andre påskedag
    expect(isOsloWorkingDay(2026, 5, 1)).toBe(false); // Friday 1 May
    expect(isOsloWorkingDay(2026, 12, 24)).toBe(true); // Christmas Eve is not a public holiday
    expect(isOsloWorkingDay(2026, 11, 28)).toBe(false); // Saturday
    expect(isOsloWorkingDay(2026, 11, 29)).toBe(false); // Sunday
    expect(isOsloWorkingDay(2026, 11, 30)).toBe(true); // Monday
  });
});

describe('addWorkingDays', () => {
  it.each<[string, string, number, string]>([
    ['Monday + 4 is Friday', '2026-11-30T09:00:00.000Z', 4, '2026-12-04T09:00:00.000Z'],
    ['Friday + 1 is Monday', '2026-12-04T09:00:00.000Z', 1, '2026-12-07T09:00:00.000Z'],
    ['Saturday + 1 is Monday', '2026-12-05T09:00:00.000Z', 1, '2026-12-07T09:00:00.000Z'],
    ['Monday + 10 is two weeks later', '2026-11-02T09:00:00.000Z', 10, '2026-11-16T09:00:00.000Z'],
    // Wed 1 April 2026 + 1: Thu 2 (Skjærtorsdag), Fri 3 (Langfredag), Sat, Sun, Mon 6 (Andre påskedag) skipped.
    ['over Easter', '2026-04-01T08:00:00.000Z', 1, '2026-04-07T08:00:00.000Z'],
    // Christmas: Thu 24 Dec is a working day, Fri 25 and Sat 26, Sun 27 are not.
    ['over Christmas', '2026-12-23T09:00:00.000Z', 2, '2026-12-28T09:00:00.000Z'],
    // Across the end of summer time (Sunday 25 October 2026): the same Oslo wall-clock time.
    ['across a DST change', '2026-10-23T08:00:00.000Z', 1, '2026-10-26T09:00:00.000Z'],
    // 14 working days from Monday 11 May 2026: 14 (Ascension), 17 (Sunday anyway) and 25 May (Whit Monday) skipped.
    ['14 working days over May', '2026-05-11T08:00:00.000Z', 14, '2026-06-02T08:00:00.000Z'],
    ['backwards: Monday - 1 is Friday', '2026-12-07T09:00:00.000Z', -1, '2026-12-04T09:00:00.000Z'],
    ['backwards over Easter', '2026-04-07T08:00:00.000Z', -1, '2026-04-01T08:00:00.000Z'],
    ['0 days is the same instant, even on a Sunday', '2026-11-29T09:00:00.000Z', 0, '2026-11-29T09:00:00.000Z'],
  ])('%s', (_label, from, days, expected) => {
    expect(addWorkingDays(new Date(from), days).toISOString()).toBe(expected);
  });

  it('every result of a positive count is a working day, 2026–2035', () => {
    const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', dateStyle: 'short' });
    for (let t = Date.UTC(2026, 0, 1, 9); t < Date.UTC(2035, 11, 1); t += 5 * 86_400_000 + 3_600_000) {
      const due = addWorkingDays(new Date(t), 7);
      const [y, m, d] = oslo.format(due).split('-').map(Number);
      expect(isOsloWorkingDay(y, m, d)).toBe(true);
    }
  });

  it('counts as the municipality chooses; reminders count back the same way', () => {
    const friday = new Date('2026-12-04T09:00:00.000Z');
    expect(addDeadlineDays(friday, 3).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(addDeadlineDays(friday, 3, 'WORKING').toISOString()).toBe('2026-12-09T09:00:00.000Z');
    const s = {
      firstResponseDays: 14,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
      deadlineDays: 'WORKING' as const,
    };
    const due = firstResponseDueAt(friday, s);
    expect(due.toISOString()).toBe('2026-12-24T09:00:00.000Z');
    expect(reminderDueAt(due, 3, s)!.toISOString()).toBe('2026-12-21T09:00:00.000Z');
    expect(reminderDueAt(due, 0, s)).toBeNull();
  });
});
