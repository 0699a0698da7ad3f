/**
 * «Ikke nå»: when a parked suggestion comes back. A leader picks a calendar date (as people in
 * Norway read it); the suggestion is stored with one instant on that date, PARK_REVIEW_HOUR in Oslo.
 *
 * Why a morning hour rather than midnight: the leaders' REVIEW_DUE e-mail and the submitter's notice
 * arrive at the start of a working day, not at 00:00, and the new first-response deadline (counted
 * from this instant) ends at 07:00 on its last day like a deadline people can plan for. 07:00 is
 * never skipped or repeated by a DST change in Oslo (those happen between 02:00 and 03:00), so the
 * instant always exists and is unique, and the Oslo date of the instant is the date the leader chose.
 */
import { osloInstant, osloWallClock } from './deadlines';
import { PARK_REVIEW_DAYS_MAX, PARK_REVIEW_DAYS_MIN } from './workflow';

/** The Oslo wall-clock hour at which a parked suggestion comes back on its review date. */
export const PARK_REVIEW_HOUR = 7;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Oslo calendar date of an instant, as YYYY-MM-DD. */
export function osloDateOf(instant: Date): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid date');
  return new Date(osloWallClock(t)).toISOString().slice(0, 10);
}

/** Midnight UTC of a YYYY-MM-DD date, or NaN when it is not a real calendar date. */
function utcMidnightOf(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : NaN;
}

/** The instant a suggestion parked until `isoDate` (YYYY-MM-DD, an Oslo date) comes back: 07:00 Oslo that day. */
export function parkReviewInstant(isoDate: string): Date {
  const midnight = utcMidnightOf(isoDate);
  if (Number.isNaN(midnight)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return new Date(osloInstant(midnight + PARK_REVIEW_HOUR * 60 * 60 * 1000));
}

/** Oslo calendar days from the date of `now` to `isoDate` (negative when it is in the past). */
export function osloDaysUntil(isoDate: string, now: Date): number {
  const target = utcMidnightOf(isoDate);
  if (Number.isNaN(target)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return Math.round((target - utcMidnightOf(osloDateOf(now))) / DAY_MS);
}

export type ParkReviewCheck = { ok: true; reviewAt: Date; date: string } | { ok: false; message: string };

/**
 * Checks a requested review date against today in Oslo: it must be 1–365 days ahead. The request
 * is read as an Oslo calendar date: a YYYY-MM-DD string as it stands, an instant by its Oslo date
 * (so a date-only value parsed as UTC midnight keeps its date). The message says what to fix.
 */
export function checkParkReviewDate(requested: Date | string, now: Date): ParkReviewCheck {
  let date: string;
  if (typeof requested === 'string') {
    if (Number.isNaN(utcMidnightOf(requested))) return { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    date = requested;
  } else {
    if (Number.isNaN(requested.getTime())) return { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    date = osloDateOf(requested);
  }
  const days = osloDaysUntil(date, now);
  if (days < PARK_REVIEW_DAYS_MIN || days > PARK_REVIEW_DAYS_MAX) {
    const today = osloDateOf(now);
    return {
      ok: false,
      message:
        `must be ${PARK_REVIEW_DAYS_MIN}–${PARK_REVIEW_DAYS_MAX} days ahead (today is ${today}; ` +
        `${date} is ${days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'today' : `${days} days ahead`})`,
    };
  }
  return { ok: true, reviewAt: parkReviewInstant(date), date };
}

/** The earliest and latest review dates a leader may pick today (YYYY-MM-DD, Oslo), for a date input's min/max. */
export function parkReviewDateRange(now: Date): { min: string; max: string } {
  const today = utcMidnightOf(osloDateOf(now));
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { min: iso(today + PARK_REVIEW_DAYS_MIN * DAY_MS), max: iso(today + PARK_REVIEW_DAYS_MAX * DAY_MS) };
}

/** A suggested review date: `months` calendar months ahead of today in Oslo, kept within the allowed range. */
export function defaultParkReviewDate(now: Date, months = 3): string {
  const today = new Date(utcMidnightOf(osloDateOf(now)));
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + months;
  // The same day of the month, or the month's last day (31 May + 3 months = 31 August; 30 Nov → 28/29 Feb).
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const candidate = new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), lastDay))).toISOString().slice(0, 10);
  const { min, max } = parkReviewDateRange(now);
  return candidate < min ? min : candidate > max ? max : candidate;
}
