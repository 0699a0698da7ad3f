import type { TFunction } from 'i18next';
import { formatNumber } from '@/i18n/format';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/stories';

/** Units of measure the web knows by name (libs GAIN_UNIT_EXAMPLES); any other is shown as written. */
const KNOWN_UNITS: Record<string, 'hoursPerWeek' | 'hoursPerYear' | 'nokPerYear' | 'count' | 'percent'> = {
  'timer per uke': 'hoursPerWeek',
  'timer per år': 'hoursPerYear',
  'kr per år': 'nokPerYear',
  antall: 'count',
  prosent: 'percent',
};

/** Other common Norwegian units of time, translated too (texts in the «daily» namespace). */
const TIME_UNITS: Record<string, 'minutes' | 'minutesPerDay' | 'minutesPerWeek' | 'hours'> = {
  minutter: 'minutes',
  'minutter per dag': 'minutesPerDay',
  'minutter per uke': 'minutesPerWeek',
  timer: 'hours',
};

const timeUnit = (unit: string | null | undefined) => (unit ? TIME_UNITS[unit.trim().toLowerCase()] : undefined);

function knownUnit(unit: string | null | undefined) {
  return unit ? KNOWN_UNITS[unit.trim().toLowerCase()] : undefined;
}

/** The unit of measure in the reader's language («hours per week»), or as the author wrote it. */
export function unitLabel(t: TFunction, unit: string | null | undefined): string {
  if (!unit) return t('stories:units.none');
  const known = knownUnit(unit);
  if (known) return t(`stories:units.${known}`);
  const time = timeUnit(unit);
  return time ? t(`daily:gainUnits.${time}`) : unit;
}

/**
 * A measured gain as a phrase with Intl number formatting: «6 timer per uke», «120 000 kr per år»,
 * «NOK 120,000 per year», «12 %». Null when the gain has no number.
 */
export function formatGainValue(
  t: TFunction,
  language: string,
  value: number | null | undefined,
  unit: string | null | undefined,
): string | null {
  if (value === null || value === undefined) return null;
  const known = knownUnit(unit);
  if (known === 'nokPerYear') {
    const amount = formatNumber(value, language, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
    return t('stories:gainValue.perYear', { amount });
  }
  if (known === 'percent') {
    return formatNumber(value / 100, language, { style: 'percent', maximumFractionDigits: 1 });
  }
  const number = formatNumber(value, language, { maximumFractionDigits: 2 });
  if (known) return t(`stories:gainValue.${known}`, { count: value, value: number });
  const time = timeUnit(unit);
  if (time) return t(`daily:gainValue.${time}`, { count: value, value: number });
  return t('stories:gainValue.other', { value: number, unit: unit ?? '' });
}

/**
 * A gain's number as people type it: «6», «6,5» or «6.5» (comma or point is the decimal sign),
 * «120 000» (spaces group thousands). Null when it is not a number of zero or more.
 */
export function parseGainNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return null;
  if (!/^\d+([.,]\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
