/**
 * The periods /statistikk offers. A period is [from, to) in the browser's time (Norwegian time for
 * the people using it): whole months back from today, a calendar year, or chosen days.
 */
export const PERIOD_PRESETS = ['3m', '6m', '12m', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: Exclude<PeriodPreset, 'custom'> = '12m';
/** The API refuses periods longer than ten years. */
export const MAX_PERIOD_DAYS = 3660;

export interface Period {
  from: Date;
  to: Date;
}

export function isPeriodPreset(value: unknown): value is PeriodPreset {
  return typeof value === 'string' && (PERIOD_PRESETS as readonly string[]).includes(value);
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

/** A preset's period, counted from `now`: «last 12 months» starts on the 1st eleven months back and includes today. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: Date = new Date()): Period {
  const tomorrow = addDays(startOfDay(now), 1);
  switch (preset) {
    case '3m':
    case '6m':
    case '12m': {
      const months = Number.parseInt(preset, 10);
      return { from: new Date(now.getFullYear(), now.getMonth() - (months - 1), 1), to: tomorrow };
    }
    case 'thisYear':
      return { from: new Date(now.getFullYear(), 0, 1), to: tomorrow };
    case 'lastYear':
      return { from: new Date(now.getFullYear() - 1, 0, 1), to: new Date(now.getFullYear(), 0, 1) };
  }
}

/** `YYYY-MM-DD` (a date input's value) as local midnight; null when it is not a real date. */
export function parseDay(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(y, m, d);
  return date.getFullYear() === y && date.getMonth() === m && date.getDate() === d ? date : null;
}

/** A date as a date input's value, `YYYY-MM-DD`, in local time. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type CustomPeriodProblem = 'fromMissing' | 'toMissing' | 'order' | 'tooLong';

/** Chosen days, both included: [from, the day after to). Problems are named per field. */
export function customPeriod(
  fromValue: string,
  toValue: string,
): { period: Period | null; problems: { from?: CustomPeriodProblem; to?: CustomPeriodProblem } } {
  const from = parseDay(fromValue);
  const toDay = parseDay(toValue);
  const problems: { from?: CustomPeriodProblem; to?: CustomPeriodProblem } = {};
  if (!from) problems.from = 'fromMissing';
  if (!toDay) problems.to = 'toMissing';
  if (from && toDay) {
    const to = addDays(toDay, 1);
    if (to.getTime() <= from.getTime()) problems.to = 'order';
    else if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) problems.to = 'tooLong';
    else return { period: { from, to }, problems };
  }
  return { period: null, problems };
}

/** The months of a period as the API names them (`YYYY-MM`), for labelling a series. */
export function monthLabelDate(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(y, (m ?? 1) - 1, 1);
}
