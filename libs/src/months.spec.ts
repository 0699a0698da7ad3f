import { describe, expect, it } from 'vitest';
import { addMonths, isMonthKey, lastCompleteMonth, osloMonthBounds, osloMonthOf, osloMonthsBetween } from './months';

describe('months in Oslo time', () => {
  it.each([
    ['2026-11', true],
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['26-11', false],
    ['1999-12', false],
    ['2026-11-01', false],
    ['', false],
  ])('isMonthKey(%j) is %s', (value, ok) => expect(isMonthKey(value)).toBe(ok));

  it('steps over year ends both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
  });

  it('bounds are Oslo midnights (winter +01:00, summer +02:00)', () => {
    expect(osloMonthBounds('2026-11')).toEqual({
      from: new Date('2026-10-31T23:00:00Z'),
      to: new Date('2026-11-30T23:00:00Z'),
    });
    // March: the month begins in winter time and ends in summer time.
    expect(osloMonthBounds('2026-03')).toEqual({
      from: new Date('2026-02-28T23:00:00Z'),
      to: new Date('2026-03-31T22:00:00Z'),
    });
  });

  it('the month of an instant is the Oslo month (23:30 UTC on 31 Oct is November in Oslo)', () => {
    expect(osloMonthOf(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11');
    expect(osloMonthOf(new Date('2026-10-31T22:59:00Z'))).toBe('2026-10');
    expect(lastCompleteMonth(new Date('2026-12-01T06:00:00Z'))).toBe('2026-11');
    expect(lastCompleteMonth(new Date('2027-01-15T12:00:00Z'))).toBe('2026-12');
  });

  it('the months a period touches, in Oslo time, the end excluded', () => {
    const { from, to } = osloMonthBounds('2026-11');
    expect(osloMonthsBetween(from, to)).toEqual(['2026-11']);
    expect(osloMonthsBetween(new Date(from.getTime() - 1), to)).toEqual(['2026-10', '2026-11']);
    expect(osloMonthsBetween(from, new Date(to.getTime() + 1))).toEqual(['2026-11', '2026-12']);
    expect(osloMonthsBetween(new Date('2025-12-15T10:00:00Z'), new Date('2026-02-01T10:00:00Z'))).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(osloMonthsBetween(to, from)).toEqual([]);
    expect(osloMonthsBetween(from, from)).toEqual([]);
  });
});
