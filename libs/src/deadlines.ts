/**
 * Deadline rules of the feedback guarantee. Deadlines are counted in days as
 * people in Norway experience them: «14 days after 10:00» is 10:00 Oslo time,
 * whether or not summer time started or ended in between. A municipality
 * counts either calendar days or working days (weekends and Norwegian public
 * holidays skipped, see ./working-days).
 */
import { isTerminal, type SuggestionStatusName } from './workflow';
import { isOsloWorkingDay } from './working-days';

/** How a municipality counts deadline days. */
export const DEADLINE_DAY_KINDS = ['CALENDAR', 'WORKING'] as const;
export type DeadlineDayKind = (typeof DEADLINE_DAY_KINDS)[number];

export interface DeadlineSettings {
  firstResponseDays: number;
  updateIntervalDays: number;
  escalationGraceDays: number;
  /** CALENDAR when absent. */
  deadlineDays?: DeadlineDayKind;
}

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = {
  firstResponseDays: 14,
  updateIntervalDays: 30,
  escalationGraceDays: 3,
  deadlineDays: 'CALENDAR',
};

/** Days before a deadline that whoever owes the answer is reminded (0 = no reminder). */
export const DEFAULT_REMINDER_DAYS_BEFORE = 3;

/** 0 means «due at once». */
export const DEADLINE_DAYS_MIN = 0;
export const DEADLINE_DAYS_MAX = 365;

export function isValidDeadlineDays(days: number): boolean {
  return Number.isInteger(days) && days >= DEADLINE_DAYS_MIN && days <= DEADLINE_DAYS_MAX;
}

const TIME_ZONE = 'Europe/Oslo';
const DAY_MS = 24 * 60 * 60 * 1000;

const osloFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Oslo wall-clock time of `epochMs`, encoded as if it were a UTC timestamp. */
export function osloWallClock(epochMs: number): number {
  const part: Record<string, number> = {};
  for (const p of osloFormat.formatToParts(epochMs)) part[p.type] = Number(p.value);
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second, millis);
}

function osloOffsetAt(epochMs: number): number {
  return osloWallClock(epochMs) - epochMs;
}

/**
 * The instant at which Oslo clocks show `wallClock`. Resolved like Temporal's
 * 'compatible' disambiguation: a time skipped when clocks go forward is moved
 * forward by the gap, and a time that occurs twice takes the earlier instant.
 */
export function osloInstant(wallClock: number): number {
  // The offsets just before and after any DST change near this wall time.
  const offsetBefore = osloOffsetAt(wallClock - DAY_MS);
  const offsetAfter = osloOffsetAt(wallClock + DAY_MS);
  const candidates = [wallClock - offsetBefore, wallClock - offsetAfter].filter((t) => osloWallClock(t) === wallClock);
  return candidates.length > 0 ? Math.min(...candidates) : wallClock - offsetBefore;
}

/** `days` calendar days after `from`, at the same Oslo wall-clock time. */
export function addCalendarDays(from: Date, days: number): Date {
  const start = from.getTime();
  if (Number.isNaN(start)) throw new RangeError('Invalid date');
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  // Returned unchanged so an instant in the repeated autumn hour stays exact.
  if (days === 0) return new Date(start);
  return new Date(osloInstant(osloWallClock(start) + days * DAY_MS));
}

/**
 * `days` working days after `from` (before it, when negative), at the same Oslo wall-clock time.
 * Each step moves to the next (previous) Oslo date that is a working day, so the result is always
 * on a working day: 1 working day after Friday 10:00 is Monday 10:00; 1 after Saturday 10:00 too.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const start = from.getTime();
  if (Number.isNaN(start)) throw new RangeError('Invalid date');
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  if (days === 0) return new Date(start);
  const step = days > 0 ? 1 : -1;
  let wall = osloWallClock(start);
  for (let left = Math.abs(days); left > 0;) {
    wall += step * DAY_MS;
    const d = new Date(wall);
    if (isOsloWorkingDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) left--;
  }
  return new Date(osloInstant(wall));
}

/** `days` deadline days after `from`, counted as the municipality counts them. */
export function addDeadlineDays(from: Date, days: number, kind: DeadlineDayKind = 'CALENDAR'): Date {
  return kind === 'WORKING' ? addWorkingDays(from, days) : addCalendarDays(from, days);
}

export function firstResponseDueAt(submittedAt: Date, s: DeadlineSettings): Date {
  return addDeadlineDays(submittedAt, s.firstResponseDays, s.deadlineDays);
}

/**
 * When the next update is owed after a response; null once the suggestion is terminal, and
 * while it is parked («Ikke nå»): then the review date is what runs.
 */
export function nextUpdateDueAt(respondedAt: Date, status: SuggestionStatusName, s: DeadlineSettings): Date | null {
  return isTerminal(status) || status === 'PARKED'
    ? null
    : addDeadlineDays(respondedAt, s.updateIntervalDays, s.deadlineDays);
}

/** When a missed deadline is escalated up the unit hierarchy. */
export function escalationDueAt(responseDueAt: Date, s: DeadlineSettings): Date {
  return addDeadlineDays(responseDueAt, s.escalationGraceDays, s.deadlineDays);
}

/** When whoever owes the answer is reminded of a deadline; null when reminders are off. */
export function reminderDueAt(responseDueAt: Date, reminderDaysBefore: number, s: DeadlineSettings): Date | null {
  if (reminderDaysBefore <= 0) return null;
  return addDeadlineDays(responseDueAt, -reminderDaysBefore, s.deadlineDays);
}
