import { describe, expect, it } from 'vitest';
import { osloWeek, osloWeekMondayAt, previousOsloWeek } from './oslo-week';

describe('osloWeek', () => {
  it.each([
    // [instant, ISO week, Monday 00:00 Oslo as UTC]
    ['2026-11-30T06:00:00Z', '2026-W49', '2026-11-29T23:00:00.000Z'], // Monday 07:00 Oslo (winter, UTC+1)
    ['2026-12-06T22:59:59Z', '2026-W49', '2026-11-29T23:00:00.000Z'], // Sunday 23:59:59 Oslo
    ['2026-12-06T23:00:00Z', '2026-W50', '2026-12-06T23:00:00.000Z'], // the next Monday 00:00 Oslo
    ['2026-06-15T05:00:00Z', '2026-W25', '2026-06-14T22:00:00.000Z'], // summer time (UTC+2)
    ['2027-01-01T12:00:00Z', '2026-W53', '2026-12-27T23:00:00.000Z'], // 2026 has 53 ISO weeks
    ['2025-12-29T12:00:00Z', '2026-W01', '2025-12-28T23:00:00.000Z'], // week 1 of 2026 starts in 2025
    ['2026-03-29T12:00:00Z', '2026-W13', '2026-03-22T23:00:00.000Z'], // the Sunday clocks go forward
  ])('%s is in %s', (at, id, start) => {
    const week = osloWeek(new Date(at));
    expect(week.id).toBe(id);
    expect(week.start.toISOString()).toBe(start);
  });

  it('a week that contains the change to summer time is an hour short, and its end is the next start', () => {
    const week = osloWeek(new Date('2026-03-25T12:00:00Z'));
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * 24 * 3_600_000 - 3_600_000);
    expect(osloWeek(week.end).start.getTime()).toBe(week.end.getTime());
  });

  it('Monday 07:00 Oslo, winter and summer', () => {
    expect(osloWeekMondayAt(osloWeek(new Date('2026-12-02T12:00:00Z')), 7).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
    expect(osloWeekMondayAt(osloWeek(new Date('2026-06-17T12:00:00Z')), 7).toISOString()).toBe(
      '2026-06-15T05:00:00.000Z',
    );
  });

  it('the previous week, across New Year', () => {
    expect(previousOsloWeek(osloWeek(new Date('2026-12-02T12:00:00Z'))).id).toBe('2026-W48');
    expect(previousOsloWeek(osloWeek(new Date('2026-01-01T12:00:00Z'))).id).toBe('2025-W52');
  });
});
