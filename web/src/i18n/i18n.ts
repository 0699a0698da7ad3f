import { STATUS_LABELS } from '@idehub/libs/suggestion-rules';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './nb.json';

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
export function labels(table: Record<string, Record<Language, string>>, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, label]) => [key, label[language]]));
}

type Texts = Record<string, unknown>;
/** What a namespace adds to its files' texts in a language (e.g. labels from the shared libs tables). */
type Extras = (language: Language) => Texts;
const extrasOf = new Map<string, Extras>();

/**
 * Every feature keeps its texts in a namespace of its own: `<namespace>.nb.json` and `<namespace>.en.json` in
 * this folder. Bokmål, the default, comes with the code that uses it: `namespaces/<namespace>.ts` registers
 * it and every module that uses the namespace imports that module, so a page's texts are in its own chunk
 * (or the shell's, for the shell's namespaces) and are there before it renders — no extra request, no flash
 * of keys. Only the default namespace (`nb.json`: the shell and the core pages) is here. English is fetched
 * (one small chunk, every namespace) when someone chooses it.
 */
export function addNamespace(namespace: string, bokmal: Texts, extras?: Extras): void {
  if (extras) extrasOf.set(namespace, extras);
  i18next.addResourceBundle(DEFAULT_LANGUAGE, namespace, { ...bokmal, ...extras?.(DEFAULT_LANGUAGE) }, true, true);
  // A language loaded before this namespace's code has the files' texts already; add what the code adds.
  for (const language of LANGUAGES) {
    if (extras && language !== DEFAULT_LANGUAGE && i18next.hasResourceBundle(language, namespace)) {
      i18next.addResourceBundle(language, namespace, extras(language), true, true);
    }
  }
}

const otherFiles = import.meta.glob<Texts>(['./*.en.json', './en.json'], { import: 'default' });

/** The texts of one language, by namespace (`translation` from `<language>.json`). */
function namespacesOf(language: Language, files: Record<string, Texts>) {
  const namespaces: Record<string, Texts> = {};
  for (const [file, texts] of Object.entries(files)) {
    const feature = /^\.\/([a-z-]+)\.(nb|en)\.json$/.exec(file);
    if (feature && feature[2] === language)
      namespaces[feature[1]] = { ...texts, ...extrasOf.get(feature[1])?.(language) };
    else if (file === `./${language}.json`) namespaces.translation = { ...texts, status: statusLabels(language) };
  }
  return namespaces;
}

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
    resources: { nb: { translation: { ...nb, status: statusLabels(DEFAULT_LANGUAGE) } } },
    partialBundledLanguages: true,
    ns: ['translation'],
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
