import { describe, expect, it } from 'vitest';
import { customPeriod, formatDay, parseDay, presetPeriod } from './period';

const now = new Date(2026, 4, 20, 14, 30); // 20 May 2026, afternoon

describe('periods', () => {
  it.each([
    ['3m', '2026-03-01', '2026-05-21'],
    ['6m', '2025-12-01', '2026-05-21'],
    ['12m', '2025-06-01', '2026-05-21'],
    ['thisYear', '2026-01-01', '2026-05-21'],
    ['lastYear', '2025-01-01', '2026-01-01'],
  ] as const)('%s runs from %s up to (not including) %s', (preset, from, to) => {
    const period = presetPeriod(preset, now);
    expect(formatDay(period.from)).toBe(from);
    expect(formatDay(period.to)).toBe(to);
  });

  it('takes chosen days with both ends included', () => {
    const { period, problems } = customPeriod('2026-01-01', '2026-01-31');
    expect(problems).toEqual({});
    expect(formatDay(period!.from)).toBe('2026-01-01');
    expect(formatDay(period!.to)).toBe('2026-02-01');
  });

  it('names what is wrong with chosen days', () => {
    expect(customPeriod('', '2026-01-31').problems).toEqual({ from: 'fromMissing' });
    expect(customPeriod('2026-02-30', '').problems).toEqual({ from: 'fromMissing', to: 'toMissing' });
    expect(customPeriod('2026-03-01', '2026-02-01').problems).toEqual({ to: 'order' });
    expect(customPeriod('2010-01-01', '2026-01-01').problems).toEqual({ to: 'tooLong' });
  });

  it('reads only real dates', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).not.toBeNull();
    expect(parseDay('29.02.2028')).toBeNull();
  });
});
