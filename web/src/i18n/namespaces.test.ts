import { describe, expect, it } from 'vitest';
import cocreationEn from './cocreation.en.json';
import cocreationNb from './cocreation.nb.json';
import dailyEn from './daily.en.json';
import dailyNb from './daily.nb.json';
import i18n from './i18n';
import storiesEn from './stories.en.json';
import storiesNb from './stories.nb.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('the co-creation and stories namespaces', () => {
  it.each([
    ['cocreation', cocreationNb, cocreationEn],
    ['stories', storiesNb, storiesEn],
    ['daily', dailyNb, dailyEn],
  ])('%s has exactly the same keys in nb and en', (_name, nb, en) => {
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
