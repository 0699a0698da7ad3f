import { describe, expect, it } from 'vitest';
import {
  DEADLINE_DAYS_MAX,
  DEADLINE_DAYS_MIN,
  DEFAULT_DEADLINE_SETTINGS,
  addCalendarDays,
  escalationDueAt,
  firstResponseDueAt,
  isValidDeadlineDays,
  nextUpdateDueAt,
  type DeadlineSettings,
} from './deadlines';
import type { SuggestionStatusName } from './workflow';

// 2026: summer time starts Sun 29 March 02:00 (→ 03:00) and ends
// Sun 25 October 03:00 (→ 02:00) in Oslo.
describe('addCalendarDays', () => {
  it.each<[string, string, number, string]>([
    ['winter, no DST change', '2026-01-05T09:00:00.000Z', 14, '2026-01-19T09:00:00.000Z'],
    ['summer, no DST change', '2026-06-01T08:00:00.000Z', 30, '2026-07-01T08:00:00.000Z'],
    ['across the start of summer time', '2026-03-20T09:00:00.000Z', 14, '2026-04-03T08:00:00.000Z'],
    ['across the end of summer time', '2026-10-20T08:00:00.000Z', 14, '2026-11-03T09:00:00.000Z'],
    ['keeps milliseconds', '2026-03-20T09:00:00.123Z', 14, '2026-04-03T08:00:00.123Z'],
    ['onto the day summer time starts', '2026-03-28T09:00:00.000Z', 1, '2026-03-29T08:00:00.000Z'],
    ['local date differs from UTC date', '2026-03-28T23:30:00.000Z', 1, '2026-03-29T22:30:00.000Z'],
    ['local midnight', '2026-01-31T23:00:00.000Z', 1, '2026-02-01T23:00:00.000Z'],
    ['into a new year', '2026-12-25T11:00:00.000Z', 14, '2027-01-08T11:00:00.000Z'],
    ['through a leap day', '2028-02-20T12:00:00.000Z', 14, '2028-03-05T12:00:00.000Z'],
    ['a full year', '2026-03-20T09:00:00.000Z', 365, '2027-03-20T09:00:00.000Z'],
    ['backwards across a DST change', '2026-04-03T08:00:00.000Z', -14, '2026-03-20T09:00:00.000Z'],
    // 02:30 does not exist on 29 March: moved forward by the skipped hour.
    ['onto a skipped local time', '2026-03-15T01:30:00.000Z', 14, '2026-03-29T01:30:00.000Z'],
    // 02:30 happens twice on 25 October: the earlier one (summer time).
    ['onto a repeated local time', '2026-10-11T00:30:00.000Z', 14, '2026-10-25T00:30:00.000Z'],
    ['0 days is the same instant', '2026-03-20T09:00:00.000Z', 0, '2026-03-20T09:00:00.000Z'],
    // 02:30 winter time, the second of the two 02:30s that night.
    ['0 days in the repeated hour is the same instant', '2026-10-25T01:30:00.000Z', 0, '2026-10-25T01:30:00.000Z'],
  ])('%s: %s + %i days = %s', (_label, from, days, expected) => {
    expect(addCalendarDays(new Date(from), days).toISOString()).toBe(expected);
  });

  it('does not change its argument', () => {
    const from = new Date('2026-03-20T09:00:00.000Z');
    addCalendarDays(from, 14);
    expect(from.toISOString()).toBe('2026-03-20T09:00:00.000Z');
  });

  it.each<[string, Date, number]>([
    ['an invalid date', new Date('not a date'), 1],
    ['a fractional number of days', new Date('2026-03-20T09:00:00.000Z'), 1.5],
    ['NaN days', new Date('2026-03-20T09:00:00.000Z'), Number.NaN],
  ])('refuses %s', (_label, from, days) => {
    expect(() => addCalendarDays(from, days)).toThrow(RangeError);
  });
});

describe('deadline settings', () => {
  it('has the product defaults and bounds', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({
      firstResponseDays: 14,
      updateIntervalDays: 30,
      escalationGraceDays: 3,
      deadlineDays: 'CALENDAR',
    });
    expect([DEADLINE_DAYS_MIN, DEADLINE_DAYS_MAX]).toEqual([0, 365]);
  });

  it.each<[number, boolean]>([
    [0, true],
    [14, true],
    [365, true],
    [-1, false],
    [366, false],
    [1.5, false],
    [Number.NaN, false],
  ])('isValidDeadlineDays(%s) → %s', (days, expected) => {
    expect(isValidDeadlineDays(days)).toBe(expected);
  });
});

const custom: DeadlineSettings = {
  firstResponseDays: 7,
  updateIntervalDays: 10,
  escalationGraceDays: 0,
};

describe('firstResponseDueAt', () => {
  it.each<[string, DeadlineSettings, string]>([
    ['2026-03-20T09:00:00.000Z', DEFAULT_DEADLINE_SETTINGS, '2026-04-03T08:00:00.000Z'],
    ['2026-05-04T12:15:00.000Z', DEFAULT_DEADLINE_SETTINGS, '2026-05-18T12:15:00.000Z'],
    ['2026-05-04T12:15:00.000Z', custom, '2026-05-11T12:15:00.000Z'],
    ['2026-05-04T12:15:00.000Z', { ...custom, firstResponseDays: 0 }, '2026-05-04T12:15:00.000Z'],
  ])('submitted %s with %j → due %s', (submittedAt, settings, expected) => {
    expect(firstResponseDueAt(new Date(submittedAt), settings).toISOString()).toBe(expected);
  });
});

describe('nextUpdateDueAt', () => {
  const respondedAt = '2026-10-01T10:00:00.000Z';
  it.each<[SuggestionStatusName, DeadlineSettings, string | null]>([
    // 30 days later is after the end of summer time: same 12:00 Oslo time.
    ['SUBMITTED', DEFAULT_DEADLINE_SETTINGS, '2026-10-31T11:00:00.000Z'],
    ['UNDER_REVIEW', DEFAULT_DEADLINE_SETTINGS, '2026-10-31T11:00:00.000Z'],
    ['ACCEPTED', DEFAULT_DEADLINE_SETTINGS, '2026-10-31T11:00:00.000Z'],
    ['IN_PROGRESS', DEFAULT_DEADLINE_SETTINGS, '2026-10-31T11:00:00.000Z'],
    ['IN_PROGRESS', custom, '2026-10-11T10:00:00.000Z'],
    ['IMPLEMENTED', DEFAULT_DEADLINE_SETTINGS, null],
    ['DECLINED', DEFAULT_DEADLINE_SETTINGS, null],
    ['MERGED', DEFAULT_DEADLINE_SETTINGS, null],
    ['WITHDRAWN', DEFAULT_DEADLINE_SETTINGS, null],
  ])('after a response leaving it %s with %j → %s', (status, settings, expected) => {
    expect(nextUpdateDueAt(new Date(respondedAt), status, settings)?.toISOString() ?? null).toBe(expected);
  });
});

describe('escalationDueAt', () => {
  it.each<[string, DeadlineSettings, string]>([
    ['2026-04-03T08:00:00.000Z', DEFAULT_DEADLINE_SETTINGS, '2026-04-06T08:00:00.000Z'],
    // Grace period spanning the end of summer time.
    ['2026-10-23T08:00:00.000Z', DEFAULT_DEADLINE_SETTINGS, '2026-10-26T09:00:00.000Z'],
    ['2026-04-03T08:00:00.000Z', custom, '2026-04-03T08:00:00.000Z'],
  ])('deadline %s with %j → escalate at %s', (dueAt, settings, expected) => {
    expect(escalationDueAt(new Date(dueAt), settings).toISOString()).toBe(expected);
  });
});
