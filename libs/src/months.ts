import { osloInstant, osloWallClock } from './deadlines';

/** A calendar month as `YYYY-MM` (e.g. «2026-11»), counted in Oslo time. */
export type MonthKey = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `value` is a month written `YYYY-MM` (2000-01 to 2999-12). */
export function isMonthKey(value: string): boolean {
  const m = MONTH.exec(value);
  return m !== null && Number(m[1]) >= 2000;
}

function parts(month: MonthKey): { year: number; month: number } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month (YYYY-MM): ${month}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

const key = (year: number, month: number): MonthKey => `${year}-${String(month).padStart(2, '0')}`;

/** The month `delta` months after `month` (negative: before). */
export function addMonths(month: MonthKey, delta: number): MonthKey {
  const p = parts(month);
  const index = p.year * 12 + (p.month - 1) + delta;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

/** The Oslo month that `at` falls in. */
export function osloMonthOf(at: Date): MonthKey {
  const wall = new Date(osloWallClock(at.getTime()));
  return key(wall.getUTCFullYear(), wall.getUTCMonth() + 1);
}

/** [start, end): the instants of the month's first and the next month's first midnight in Oslo. */
export function osloMonthBounds(month: MonthKey): { from: Date; to: Date } {
  const p = parts(month);
  const next = parts(addMonths(month, 1));
  return {
    from: new Date(osloInstant(Date.UTC(p.year, p.month - 1, 1))),
    to: new Date(osloInstant(Date.UTC(next.year, next.month - 1, 1))),
  };
}

/** The last month that has ended at `at` (the month a monthly summary sent at `at` is about). */
export function lastCompleteMonth(at: Date): MonthKey {
  return addMonths(osloMonthOf(at), -1);
}

/** The Oslo months that [from, to) touches, in order (the statistics page's series); none when to <= from. */
export function osloMonthsBetween(from: Date, to: Date): MonthKey[] {
  if (to.getTime() <= from.getTime()) return [];
  const last = osloMonthOf(new Date(to.getTime() - 1));
  const months: MonthKey[] = [];
  for (let m = osloMonthOf(from); m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}
