import { useTranslation } from 'react-i18next';

/** Intl locale for each UI language (nb → Norwegian bokmål, en → British English for d/m/y dates). */
const LOCALES: Record<string, string> = { nb: 'nb-NO', en: 'en-GB' };

export function localeFor(language: string): string {
  return LOCALES[language] ?? LOCALES.nb;
}

/**
 * One formatter per kind, locale and options, made once: constructing an Intl formatter costs far more
 * than using one (on a slow phone, tens of milliseconds each), and a list page formats a date per card.
 */
const formatters = new Map<string, { format: (...args: never[]) => string }>();
function cached<F extends { format: (...args: never[]) => string }>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const RELATIVE: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
const LIST: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };

function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeFor(language);
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function numberFormat(language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = localeFor(language);
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function formatDate(value: string | Date, language: string): string {
  return dateTimeFormat(language, DATE).format(new Date(value));
}

export function formatDateTime(value: string | Date, language: string): string {
  return dateTimeFormat(language, DATE_TIME).format(new Date(value));
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(language, options).format(value);
}

export function formatPercent(share: number, language: string): string {
  return numberFormat(language, PERCENT).format(share);
}

/** «in 3 days» / «2 days ago», relative to now, in whole days. */
export function formatRelativeDays(value: string | Date, language: string, now: Date = new Date()): string {
  const dayMs = 24 * 60 * 60 * 1000;
  const days = Math.round((new Date(value).getTime() - now.getTime()) / dayMs);
  const locale = localeFor(language);
  return cached('relative', locale, RELATIVE, () => new Intl.RelativeTimeFormat(locale, RELATIVE)).format(days, 'day');
}

export function formatList(items: string[], language: string): string {
  const locale = localeFor(language);
  return cached('list', locale, LIST, () => new Intl.ListFormat(locale, LIST)).format(items);
}

/** Formatting helpers bound to the active language; re-render on language change. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    date: (v: string | Date) => formatDate(v, language),
    dateTime: (v: string | Date) => formatDateTime(v, language),
    number: (v: number, o?: Intl.NumberFormatOptions) => formatNumber(v, language, o),
    percent: (v: number) => formatPercent(v, language),
    relativeDays: (v: string | Date) => formatRelativeDays(v, language),
    list: (items: string[]) => formatList(items, language),
  };
}
