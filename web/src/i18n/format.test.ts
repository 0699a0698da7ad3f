import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatPercent } from './format';

describe('formatting', () => {
  it('groups and signs numbers the language’s way', () => {
    expect(formatNumber(1000, 'nb')).toBe(new Intl.NumberFormat('nb-NO').format(1000));
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(-3, 'nb')).toBe(new Intl.NumberFormat('nb-NO').format(-3));
    expect(formatNumber(2.5, 'en', { maximumFractionDigits: 1 })).toBe('2.5');
  });

  it('formats with formatters made once per language and options', () => {
    expect(formatDate('2026-03-02T08:00:00.000Z', 'en')).toBe(formatDate('2026-03-02T08:00:00.000Z', 'en'));
    expect(formatDate('2026-03-02T08:00:00.000Z', 'en')).not.toBe(formatDate('2026-03-02T08:00:00.000Z', 'nb'));
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });
});
