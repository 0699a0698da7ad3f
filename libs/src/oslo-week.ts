/**
 * ISO weeks as Oslo experiences them: a week runs from Monday 00:00 to Sunday 23:59:59 Oslo time
 * (summer time included), and is named by its ISO-8601 week-numbering year and number, «2026-W49».
 */
import { osloInstant, osloWallClock } from './deadlines';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OsloWeek {
  /** «YYYY-Www», e.g. 2026-W49 (the ISO week-numbering year, which differs near New Year). */
  id: string;
  /** The week number alone (1–53). */
  number: number;
  /** Monday 00:00 Oslo. */
  start: Date;
  /** The next Monday 00:00 Oslo (the week ends just before it). */
  end: Date;
}

/** The Oslo ISO week containing `at`. */
export function osloWeek(at: Date): OsloWeek {
  const wall = osloWallClock(at.getTime());
  const day = new Date(wall);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = midnight - weekday * DAY_MS;
  // The ISO year is the year of the week's Thursday; week 1 holds that year's first Thursday.
  const thursday = new Date(monday + 3 * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const number = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return {
    id: `${isoYear}-W${String(number).padStart(2, '0')}`,
    number,
    start: new Date(osloInstant(monday)),
    end: new Date(osloInstant(monday + 7 * DAY_MS)),
  };
}

/** The instant of `hour`:00 Oslo time on the Monday that starts `week`. */
export function osloWeekMondayAt(week: OsloWeek, hour: number): Date {
  return new Date(osloInstant(osloWallClock(week.start.getTime()) + hour * 60 * 60 * 1000));
}

/** The week before `week`. */
export function previousOsloWeek(week: OsloWeek): OsloWeek {
  return osloWeek(new Date(week.start.getTime() - DAY_MS));
}
