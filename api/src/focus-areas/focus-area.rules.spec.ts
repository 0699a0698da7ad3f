import { describe, expect, it } from 'vitest';
import { focusAreaCovers, focusAreaEndsAt, isFocusAreaOpen } from './focus-area.rules';

const at = (iso: string) => new Date(iso);
const area = {
  opensAt: at('2026-03-01T00:00:00Z'),
  closesAt: at('2026-04-01T00:00:00Z'),
  closedAt: null as Date | null,
};

describe('focus area rules', () => {
  it.each([
    ['before it opens', '2026-02-28T23:59:59Z', false],
    ['the moment it opens', '2026-03-01T00:00:00Z', true],
    ['while open', '2026-03-15T12:00:00Z', true],
    ['the moment it closes', '2026-04-01T00:00:00Z', false],
    ['after it closed', '2026-05-01T00:00:00Z', false],
  ])('is open %s: %s → %s', (_label, now, open) => {
    expect(isFocusAreaOpen(area, at(now))).toBe(open);
  });

  it('is not open once a leader closed it early, and ends then', () => {
    const closed = { ...area, closedAt: at('2026-03-10T00:00:00Z') };
    expect(isFocusAreaOpen(closed, at('2026-03-15T00:00:00Z'))).toBe(false);
    expect(focusAreaEndsAt(closed)).toEqual(at('2026-03-10T00:00:00Z'));
    expect(focusAreaEndsAt(area)).toEqual(area.closesAt);
  });

  it('covers every unit when municipality-wide, else the unit and those below it', () => {
    const chainOfWard = ['ward', 'home-care', 'health'];
    expect(focusAreaCovers({ unitId: null }, chainOfWard)).toBe(true);
    expect(focusAreaCovers({ unitId: 'health' }, chainOfWard)).toBe(true);
    expect(focusAreaCovers({ unitId: 'ward' }, chainOfWard)).toBe(true);
    expect(focusAreaCovers({ unitId: 'nursing-home' }, chainOfWard)).toBe(false);
    expect(focusAreaCovers({ unitId: 'ward' }, ['home-care', 'health'])).toBe(false);
  });
});
