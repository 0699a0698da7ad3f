import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '@/lib/errors';
import en from './en.json';
import i18n, { LANGUAGE_STORAGE_KEY, setLanguage } from './i18n';
import nb from './nb.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('translations', () => {
  it('nb and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('every API error code has a plain sentence in both languages', () => {
    for (const code of API_ERROR_CODES) {
      expect(nb.errors[code]).toMatch(/\.$/);
      expect(en.errors[code]).toMatch(/\.$/);
    }
  });

  it('remembers the chosen language and sets <html lang>', async () => {
    await setLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('status.ACCEPTED')).toBe('Accepted');
    await setLanguage('nb');
    expect(document.documentElement.lang).toBe('nb');
    expect(i18n.t('status.ACCEPTED')).toBe('Besluttet gjennomført');
  });
});
