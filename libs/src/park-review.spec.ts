import { describe, expect, it } from 'vitest';
import {
  checkParkReviewDate,
  defaultParkReviewDate,
  osloDateOf,
  osloDaysUntil,
  parkReviewDateRange,
  parkReviewInstant,
} from './park-review';
import { firstResponseDueAt } from './deadlines';

// 2026: summer time starts Sun 29 March and ends Sun 25 October in Oslo.
describe('parkReviewInstant: 07:00 Oslo on the review date', () => {
  it.each<[string, string]>([
    ['2026-01-15', '2026-01-15T06:00:00.000Z'], // winter: UTC+1
    ['2026-06-15', '2026-06-15T05:00:00.000Z'], // summer: UTC+2
    ['2026-03-29', '2026-03-29T05:00:00.000Z'], // the day summer time starts (02:00 → 03:00)
    ['2026-10-25', '2026-10-25T06:00:00.000Z'], // the day summer time ends (03:00 → 02:00)
    ['2026-03-28', '2026-03-28T06:00:00.000Z'], // the day before
    ['2028-02-29', '2028-02-29T06:00:00.000Z'], // a leap day
    ['2026-12-31', '2026-12-31T06:00:00.000Z'],
  ])('%s → %s', (date, instant) => {
    const at = parkReviewInstant(date);
    expect(at.toISOString()).toBe(instant);
    expect(osloDateOf(at)).toBe(date);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('refuses %j', (date) => {
    expect(() => parkReviewInstant(date)).toThrow(RangeError);
  });
});

describe('osloDateOf and osloDaysUntil count Oslo calendar days', () => {
  it('an evening in UTC is already tomorrow in Oslo', () => {
    expect(osloDateOf(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(osloDateOf(new Date('2026-06-14T22:30:00Z'))).toBe('2026-06-15');
  });
  it.each<[string, string, number]>([
    ['2026-01-14T12:00:00Z', '2026-01-15', 1],
    ['2026-01-14T23:30:00Z', '2026-01-15', 0], // already the 15th in Oslo
    ['2026-03-28T12:00:00Z', '2026-03-30', 2], // across the start of summer time: still 2 days
    ['2026-10-24T12:00:00Z', '2026-10-26', 2], // across its end
    ['2026-01-14T12:00:00Z', '2027-01-14', 365],
    ['2027-06-01T12:00:00Z', '2028-05-31', 365], // through a leap day
    ['2026-01-14T12:00:00Z', '2026-01-13', -1],
  ])('from %s to %s: %i days', (now, date, days) => {
    expect(osloDaysUntil(date, new Date(now))).toBe(days);
  });
});

describe('checkParkReviewDate: 1–365 Oslo days ahead', () => {
  const now = new Date('2026-03-10T10:00:00Z'); // Tuesday 10 March 2026, 11:00 in Oslo

  it.each<[string, Date | string, boolean]>([
    ['tomorrow (1 day)', '2026-03-11', true],
    ['365 days ahead', '2027-03-10', true],
    ['today (0 days)', '2026-03-10', false],
    ['366 days ahead', '2027-03-11', false],
    ['in the past', '2026-01-01', false],
    ['a date-only value parsed as UTC midnight keeps its date', new Date('2026-03-11'), true],
    [
      'an instant is read as its Oslo date (23:30Z on the 10th is the 11th in Oslo)',
      new Date('2026-03-10T23:30:00Z'),
      true,
    ],
    ['an instant earlier that evening is still today in Oslo', new Date('2026-03-10T22:30:00Z'), false],
    ['not a date', '2026-02-30', false],
    ['an invalid instant', new Date('nope'), false],
  ])('%s', (_label, requested, ok) => {
    expect(checkParkReviewDate(requested, now).ok).toBe(ok);
  });

  it('stores 07:00 Oslo on the chosen date', () => {
    const check = checkParkReviewDate('2026-06-01', now);
    expect(check).toEqual({ ok: true, date: '2026-06-01', reviewAt: new Date('2026-06-01T05:00:00.000Z') });
  });

  it('says what to fix', () => {
    const check = checkParkReviewDate('2026-03-10', now);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toBe('must be 1–365 days ahead (today is 2026-03-10; 2026-03-10 is today)');
    const past = checkParkReviewDate('2026-03-08', now);
    expect(!past.ok && past.message).toContain('2026-03-08 is 2 days ago');
    const far = checkParkReviewDate('2027-03-11', now);
    expect(!far.ok && far.message).toContain('366 days ahead');
  });

  it('just after midnight in Oslo, tomorrow is counted from the Oslo date, not the UTC one', () => {
    const justAfterMidnight = new Date('2026-06-14T22:05:00Z'); // 00:05 on 15 June in Oslo
    expect(checkParkReviewDate('2026-06-15', justAfterMidnight).ok).toBe(false);
    expect(checkParkReviewDate('2026-06-16', justAfterMidnight).ok).toBe(true);
  });
});

describe('the new first-response deadline counts from the review instant', () => {
  it('14 calendar days after 07:00 is 07:00 Oslo, across the start of summer time', () => {
    const back = parkReviewInstant('2026-03-20');
    expect(firstResponseDueAt(back, { firstResponseDays: 14, updateIntervalDays: 30, escalationGraceDays: 3 })).toEqual(
      new Date('2026-04-03T05:00:00.000Z'),
    );
  });
  it('10 working days skip Easter 2026 (2–6 April)', () => {
    const back = parkReviewInstant('2026-03-30'); // Monday
    const due = firstResponseDueAt(back, {
      firstResponseDays: 10,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
      deadlineDays: 'WORKING',
    });
    // 31 Mar, 1 Apr, (2, 3 holidays, 4–5 weekend, 6 Easter Monday), 7, 8, 9, 10, 13, 14, 15, 16 → 16 April 07:00
    expect(due).toEqual(new Date('2026-04-16T05:00:00.000Z'));
  });
});

describe('the date input range and suggested date', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('min is tomorrow, max 365 days ahead', () => {
    expect(parkReviewDateRange(now)).toEqual({ min: '2026-12-01', max: '2027-11-30' });
  });
  it('suggests three months ahead, on the month’s last day when the day does not exist', () => {
    expect(defaultParkReviewDate(now)).toBe('2027-02-28');
    expect(defaultParkReviewDate(new Date('2026-05-31T12:00:00Z'))).toBe('2026-08-31');
    expect(defaultParkReviewDate(new Date('2026-01-15T12:00:00Z'))).toBe('2026-04-15');
  });
  it('stays within the range', () => {
    expect(defaultParkReviewDate(now, 0)).toBe('2026-12-01');
    expect(defaultParkReviewDate(now, 13)).toBe('2027-11-30');
  });
});
