import { STATUS_LABELS } from '@idehub/libs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './nb.json';
import { GAIN_CATEGORY_LABELS, STORY_STATUS_LABELS } from '@idehub/libs';

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
  await loadLanguage(language);
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

/** The stories namespace also names gain categories and story statuses from the shared libs tables. */
function storiesNamespace(texts: Record<string, unknown>, language: Language) {
  return {
    ...texts,
    gainCategory: labels(GAIN_CATEGORY_LABELS, language),
    storyStatus: labels(STORY_STATUS_LABELS, language),
  };
}

/**
 * Every feature keeps its texts in a namespace of its own: `<namespace>.nb.json` and `<namespace>.en.json` in
 * this folder, found at build time (so adding a feature never edits this file). Bokmål, the default, is in
 * the first download; English is fetched (one small chunk) when someone chooses it.
 */
const nbFiles = import.meta.glob<Record<string, unknown>>('./*.nb.json', { eager: true, import: 'default' });
const otherFiles = import.meta.glob<Record<string, unknown>>(['./*.en.json', './en.json'], { import: 'default' });

/** The texts of one language, by namespace (`translation` from `<language>.json`). */
function namespacesOf(language: Language, files: Record<string, Record<string, unknown>>) {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const [file, texts] of Object.entries(files)) {
    const feature = /^\.\/([a-z-]+)\.(nb|en)\.json$/.exec(file);
    if (feature && feature[2] === language) namespaces[feature[1]] = texts;
    else if (file === `./${language}.json`) namespaces.translation = { ...texts, status: statusLabels(language) };
  }
  return { ...namespaces, stories: storiesNamespace(namespaces.stories ?? {}, language) };
}

const nbNamespaces = namespacesOf('nb', { ...nbFiles, './nb.json': nb });
const loading = new Map<Language, Promise<void>>();

/** Makes a language's texts available (bokmål always is); call before switching to it. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === DEFAULT_LANGUAGE) return Promise.resolve();
  let done = loading.get(language);
  if (!done) {
    done = (async () => {
      const entries = Object.entries(otherFiles).filter(([file]) => file.includes(`${language}.json`));
      const files = Object.fromEntries(await Promise.all(entries.map(async ([file, load]) => [file, await load()])));
      for (const [ns, texts] of Object.entries(namespacesOf(language, files))) {
        i18next.addResourceBundle(language, ns, texts, true, true);
      }
    })();
    loading.set(language, done);
  }
  return done;
}

const initialLanguage = typeof window === 'undefined' ? DEFAULT_LANGUAGE : storedLanguage();

export const i18nReady = i18next
  .use(initReactI18next)
  .init({
    resources: { nb: nbNamespaces },
    partialBundledLanguages: true,
    ns: Object.keys(nbNamespaces),
    defaultNS: 'translation',
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false,
  })
  // The language chosen earlier in this browser, with its texts loaded, before the first render.
  .then(async () => {
    if (initialLanguage === DEFAULT_LANGUAGE) return;
    await loadLanguage(initialLanguage);
    await i18next.changeLanguage(initialLanguage);
  });

applyDocumentLanguage(i18next.language ?? DEFAULT_LANGUAGE);

export default i18next;
