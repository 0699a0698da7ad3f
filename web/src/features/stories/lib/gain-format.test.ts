import { describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { formatGainValue, parseGainNumber } from './gain-format';

describe('formatGainValue', () => {
  it.each([
    ['nb', 6.5, 'timer per uke', '6,5 timer per uke'],
    ['nb', 1, 'timer per uke', '1 time per uke'],
    ['en', 6.5, 'timer per uke', '6.5 hours per week'],
    ['nb', 120000, 'kr per år', '120\u00a0000\u00a0kr per år'],
    ['en', 120000, 'kr per år', 'NOK\u00a0120,000 per year'],
    ['nb', 12, 'prosent', '12\u00a0%'],
    ['en', 40, 'antall', 'Count: 40'],
    ['nb', 3, 'besøk per måned', '3 besøk per måned'],
    // Issue 11: «minutter» was left in Norwegian in English.
    ['en', 20, 'minutter', '20 minutes'],
    ['en', 1, 'Minutter per dag', '1 minute per day'],
    ['nb', 20, 'minutter', '20 minutter'],
    ['en', 2.5, 'timer', '2.5 hours'],
  ])('in %s writes %d %s as «%s»', async (language, value, unit, expected) => {
    await i18n.changeLanguage(language);
    expect(formatGainValue(i18n.t, language, value, unit)).toBe(expected);
  });

  it('has nothing to say about a gain without a number', () => {
    expect(formatGainValue(i18n.t, 'nb', null, null)).toBeNull();
  });
});

describe('parseGainNumber', () => {
  it.each([
    ['6', 6],
    ['6,5', 6.5],
    ['6.5', 6.5],
    ['120 000', 120000],
    [' 0 ', 0],
    ['seks', null],
    ['-3', null],
    ['1,2,3', null],
    ['', null],
  ])('reads «%s» as %s', (text, expected) => {
    expect(parseGainNumber(text)).toBe(expected);
  });
});
