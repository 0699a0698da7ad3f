/**
 * Working days in Norway: Monday to Friday, except the public holidays (helligdager) that fall
 * on a weekday. Easter is computed (the Gregorian computus), never tabled, so every year works.
 * Dates here are Oslo calendar dates given as year, month (1–12) and day.
 */

/** Easter Sunday of `year` (Gregorian; the anonymous algorithm, «Meeus/Jones/Butcher»). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** The holiday's name in Norwegian bokmål. */
  name: string;
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Norway's public holidays of `year` (the weekday ones are what make working days differ), in date order. */
export function norwegianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (offset: number, name: string): PublicHoliday => {
    const d = new Date(Date.UTC(year, easter.month - 1, easter.day + offset));
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), name };
  };
  return [
    { date: iso(year, 1, 1), name: 'Første nyttårsdag' },
    fromEaster(-3, 'Skjærtorsdag'),
    fromEaster(-2, 'Langfredag'),
    fromEaster(0, 'Første påskedag'),
    fromEaster(1, 'Andre påskedag'),
    { date: iso(year, 5, 1), name: 'Arbeidernes dag' },
    { date: iso(year, 5, 17), name: 'Grunnlovsdag' },
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'Første pinsedag'),
    fromEaster(50, 'Andre pinsedag'),
    { date: iso(year, 12, 25), name: 'Første juledag' },
    { date: iso(year, 12, 26), name: 'Andre juledag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const holidaysByYear = new Map<number, Set<string>>();

function holidaySet(year: number): Set<string> {
  let set = holidaysByYear.get(year);
  if (!set) holidaysByYear.set(year, (set = new Set(norwegianPublicHolidays(year).map((h) => h.date))));
  return set;
}

/** Whether the Oslo date is a working day (not Saturday, Sunday or a public holiday). */
export function isOsloWorkingDay(year: number, month: number, day: number): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaySet(year).has(iso(year, month, day));
}
