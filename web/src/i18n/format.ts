import { useTranslation } from 'react-i18next';

/** Intl locale for each UI language (nb → Norwegian bokmål, en → British English for d/m/y dates). */
const LOCALES: Record<string, string> = { nb: 'nb-NO', en: 'en-GB' };

export function localeFor(language: string): string {
  return LOCALES[language] ?? LOCALES.nb;
}

export function formatDate(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeFor(language), options).format(value);
}

export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** «in 3 days» / «2 days ago», relative to now, in whole days. */
export function formatRelativeDays(value: string | Date, language: string, now: Date = new Date()): string {
  const dayMs = 24 * 60 * 60 * 1000;
  const days = Math.round((new Date(value).getTime() - now.getTime()) / dayMs);
  return new Intl.RelativeTimeFormat(localeFor(language), { numeric: 'auto' }).format(days, 'day');
}

export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(localeFor(language), { style: 'long', type: 'conjunction' }).format(items);
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
