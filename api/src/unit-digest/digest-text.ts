import { GAIN_CATEGORY_LABELS, STATUS_LABELS } from '@idehub/libs';
import type { DigestGain } from './unit-digest';

/** Texts shared by the digest's e-mail and poster (the web page has its own catalogue). */
export type DigestLocale = 'nb' | 'en';

const tag = (locale: DigestLocale) => (locale === 'en' ? 'en-GB' : 'nb-NO');

/** «november 2026» / «November 2026». */
export function monthName(month: string, locale: DigestLocale): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 15)),
  );
}

/** «6 timer per uke – Mindre tid på …», or the description alone when nothing was measured. */
export function gainText(g: DigestGain, locale: DigestLocale): string {
  const number =
    g.value === null ? '' : `${new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(g.value)}`;
  return number ? `${number} ${g.unit ?? ''}`.trim() + ` – ${g.description}` : g.description;
}

export const gainCategoryLabel = (g: DigestGain, locale: DigestLocale) =>
  GAIN_CATEGORY_LABELS[g.category]?.[locale] ?? g.category;

export const statusLabel = (status: string, locale: DigestLocale) =>
  STATUS_LABELS[status as keyof typeof STATUS_LABELS]?.[locale] ?? status;

/** «83 %» (nb) / «83%» (en); null → «–». */
export function percent(share: number | null, locale: DigestLocale): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** «Kari, Ola og Per» / «Kari, Ola and Per», with «og 4 til» after `max` names. */
export function nameList(names: string[], locale: DigestLocale, max = 12): string {
  const and = locale === 'en' ? 'and' : 'og';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${and} ${rest} ${locale === 'en' ? 'more' : 'til'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}
