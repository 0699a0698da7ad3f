import { STATUS_LABELS } from '@idehub/libs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { GAIN_CATEGORY_LABELS, STORY_STATUS_LABELS } from '@idehub/libs';
import cocreationEn from './cocreation.en.json';
import cocreationNb from './cocreation.nb.json';
import en from './en.json';
import nb from './nb.json';
import storiesEn from './stories.en.json';
import storiesNb from './stories.nb.json';
import ssoEn from './sso.en.json';
import ssoNb from './sso.nb.json';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';
export const LANGUAGE_STORAGE_KEY = 'idehub.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    if (typeof window === 'undefined') return DEFAULT_LANGUAGE;
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Whether this browser has a language chosen with the switch (rather than the default). */
export function hasStoredLanguage(): boolean {
  try {
    return isLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return false;
  }
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

i18next.on('languageChanged', applyDocumentLanguage);

/** Status names come from libs, so API, web and e-mails call a status the same. */
function statusLabels(language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(STATUS_LABELS).map(([status, label]) => [status, label[language]]));
}

/** Labels from a libs table (gain categories, story statuses) in one language. */
function labels(table: Record<string, Record<Language, string>>, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, label]) => [key, label[language]]));
}

/** Co-creation and success stories keep their texts in namespaces of their own («cocreation», «stories»). */
function storiesNamespace(texts: typeof storiesNb, language: Language) {
  return {
    ...texts,
    gainCategory: labels(GAIN_CATEGORY_LABELS, language),
    storyStatus: labels(STORY_STATUS_LABELS, language),
  };
}

export const i18nReady = i18next.use(initReactI18next).init({
  resources: {
    nb: {
      translation: { ...nb, status: statusLabels('nb') },
      cocreation: cocreationNb,
      stories: storiesNamespace(storiesNb, 'nb'),
      sso: ssoNb,
    },
    en: {
      translation: { ...en, status: statusLabels('en') },
      cocreation: cocreationEn,
      stories: storiesNamespace(storiesEn, 'en'),
      sso: ssoEn,
    },
  },
  ns: ['translation', 'cocreation', 'stories', 'sso'],
  defaultNS: 'translation',
  lng: typeof window === 'undefined' ? DEFAULT_LANGUAGE : storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  showSupportNotice: false,
});

applyDocumentLanguage(i18next.language ?? DEFAULT_LANGUAGE);

export default i18next;
