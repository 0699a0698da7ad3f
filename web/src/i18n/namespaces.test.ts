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
const namespaces = Object.keys(nbFiles).map((file) => {
  const name = file.replace(/^\.\//, '').replace(/\.nb\.json$/, '');
  return [name, nbFiles[file], enFiles[`./${name}.en.json`]] as const;
});

describe('the feature namespaces', () => {
  it('are all registered with i18next', () => {
    expect(namespaces.length).toBeGreaterThanOrEqual(4);
    for (const [name] of namespaces) expect(i18n.options.ns).toContain(name);
  });

  it.each(namespaces)('%s has exactly the same keys in nb and en', (_name, nb, en) => {
    expect(en).toBeDefined();
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('names gain categories and story statuses from the shared libs tables in both languages', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('stories:gainCategory.RESOURCE_USE')).toBe('Resource use');
    expect(i18n.t('stories:storyStatus.DRAFT')).toBe('Draft');
    await i18n.changeLanguage('nb');
    expect(i18n.t('stories:gainCategory.STAFF_MASTERY')).toBe('Ansattes mestring og trygghet');
    expect(i18n.t('stories:storyStatus.PUBLISHED')).toBe('Publisert');
  });
});
