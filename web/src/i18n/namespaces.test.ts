import { describe, expect, it } from 'vitest';
import i18n from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/** Every feature namespace (`<ns>.nb.json` next to `<ns>.en.json`), found on disk so a new one is checked too. */
const nbFiles = import.meta.glob<Record<string, unknown>>('./*.nb.json', { eager: true, import: 'default' });
const enFiles = import.meta.glob<Record<string, unknown>>('./*.en.json', { eager: true, import: 'default' });
const modules = import.meta.glob('./namespaces/*.ts');
const namespaces = Object.keys(nbFiles).map((file) => {
  const name = file.replace(/^\.\//, '').replace(/\.nb\.json$/, '');
  return [name, nbFiles[file], enFiles[`./${name}.en.json`]] as const;
});

/** The web's own modules (not tests, not generated code), as text. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../gql/**', '!../test/**'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Whether a module's code uses a namespace: `t('ns:key')`, `useTranslation('ns')` or `{ ns: 'ns' }`. */
function usesNamespace(code: string, ns: string): boolean {
  return (
    new RegExp(`['"\`]${ns}:`).test(code) ||
    new RegExp(`useTranslation\\(\\s*\\[?\\s*'${ns}'`).test(code) ||
    new RegExp(`ns:\\s*'${ns}'`).test(code)
  );
}

describe('the feature namespaces', () => {
  it.each(namespaces)('%s: bokmål is registered by its module, not at start', async (name, nb) => {
    expect(i18n.hasResourceBundle('nb', name)).toBe(false);
    const load = modules[`./namespaces/${name}.ts`];
    expect(load, `web/src/i18n/namespaces/${name}.ts`).toBeDefined();
    await load();
    expect(i18n.getResourceBundle('nb', name)).toMatchObject(nb);
  });

  it('are imported by every module that uses them, so their texts load with that code and before it renders', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const missing = Object.entries(sources).flatMap(([file, code]) =>
      namespaces
        .map(([name]) => name)
        .filter((name) => usesNamespace(code, name) && !code.includes(`import '@/i18n/namespaces/${name}';`))
        .map((name) => `${file} uses ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(namespaces)('%s has exactly the same keys in nb and en', (_name, nb, en) => {
    expect(en).toBeDefined();
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('names gain categories and story statuses from the shared libs tables in both languages', async () => {
    await import('./namespaces/stories');
    await i18n.changeLanguage('en');
    expect(i18n.t('stories:gainCategory.RESOURCE_USE')).toBe('Resource use');
    expect(i18n.t('stories:storyStatus.DRAFT')).toBe('Draft');
    await i18n.changeLanguage('nb');
    expect(i18n.t('stories:gainCategory.STAFF_MASTERY')).toBe('Ansattes mestring og trygghet');
    expect(i18n.t('stories:storyStatus.PUBLISHED')).toBe('Publisert');
  });
});
