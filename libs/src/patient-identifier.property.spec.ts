import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyNationalIdentityNumber, findNationalIdentityNumbers } from './patient-identifier';

// Generated cases, both ways. Positive numbers are synthetic: individual numbers 750–899 with
// YY 40–99 are never issued (see patient-identifier.spec.ts), so none belongs to a person.
const FIRST = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (digits: string, weights: number[]) => weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid synthetic fødselsnummer / D-number / H-number, or null when no check digits fit. */
function numberFor(day: number, month: number, yy: number, individual: number, kind: number): string | null {
  const dd = kind === 1 ? day + 40 : day;
  const mm = kind === 2 ? month + 40 : month;
  const nine = [dd, mm, yy].map((n) => String(n).padStart(2, '0')).join('') + String(individual);
  const k1 = (11 - (sum(nine, FIRST) % 11)) % 11;
  if (k1 > 9) return null;
  const k2 = (11 - (sum(nine + k1, SECOND) % 11)) % 11;
  if (k2 > 9) return null;
  return `${nine}${k1}${k2}`;
}

const validNumber = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.integer({ min: 0, max: 27 }),
    yy: fc.integer({ min: 40, max: 99 }),
    individual: fc.integer({ min: 750, max: 899 }),
    kind: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ month, dayIndex, yy, individual, kind }) =>
    numberFor((dayIndex % DAYS[month - 1]) + 1, month, yy, individual, kind),
  )
  .filter((n): n is string => n !== null);

const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'];
const SEPARATORS = [' ', '-', '.', '\u00A0', '\u2013', '  ', ' - ', '_'];
/** Groupings people use (or hide behind): lengths of the digit groups. */
const GROUPINGS = [[11], [6, 5], [2, 2, 2, 5], [6, 3, 2], [2, 2, 2, 3, 2], [4, 7], [2, 4, 5]];

/** A number written the way someone trying to slip it past would write it. */
const obfuscated = fc
  .record({
    number: validNumber,
    grouping: fc.constantFrom(...GROUPINGS),
    separator: fc.constantFrom(...SEPARATORS),
    fullWidth: fc.boolean(),
    invisible: fc.option(fc.constantFrom(...INVISIBLES)),
    invisibleEvery: fc.integer({ min: 1, max: 5 }),
    prefix: fc.constantFrom('', 'Pasientfnr', 'fnr:', 'Pasient ', 'f.nr. ', 'ID', '(', '«'),
    suffix: fc.constantFrom('', 'abc', ')', '.', ' har fått feil dose', '»'),
  })
  .map(({ number, grouping, separator, fullWidth, invisible, invisibleEvery, prefix, suffix }) => {
    let at = 0;
    const groups = grouping.map((length) => number.slice(at, (at += length)));
    let written = groups.join(separator);
    if (fullWidth)
      written = [...written].map((c) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c)).join('');
    if (invisible) {
      written = [...written].map((c, i) => (i % invisibleEvery === 0 ? c + invisible : c)).join('');
    }
    return { number, text: `${prefix}${written}${suffix}` };
  });

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Norwegian phone numbers as people write them. */
const phone = fc
  .record({
    first: fc.integer({ min: 2, max: 9 }),
    rest: digits(7),
    country: fc.constantFrom('', '+47 ', '+47', '0047 ', '(+47) '),
    style: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ first, rest, country, style }) => {
    const n = `${first}${rest}`;
    const shaped = [
      n,
      `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
      `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
      `${n.slice(0, 4)} ${n.slice(4)}`,
    ][style];
    return country + shaped;
  });
/** Dates and times in the shapes Norwegian text uses. */
const date = fc
  .record({
    d: fc.integer({ min: 1, max: 31 }),
    m: fc.integer({ min: 1, max: 12 }),
    y: fc.integer({ min: 1900, max: 2099 }),
    h: fc.integer({ min: 0, max: 23 }),
    style: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ d, m, y, h, style }) => {
    const [dd, mm, hh] = [d, m, h].map((n) => String(n).padStart(2, '0'));
    return [
      `${dd}.${mm}.${y}`,
      `${y}-${mm}-${dd}`,
      `${dd}.${mm}.${String(y).slice(2)}`,
      `${dd}.${mm}.${y} kl. ${hh}.30`,
      `${dd}.${mm}.${y} ${hh}:15`,
    ][style];
  });
/** Norwegian bank account numbers (valid MOD11), written 4.2.5 or 4 2 5. */
const account = fc
  .record({ ten: digits(10), dotted: fc.boolean() })
  .map(({ ten, dotted }) => {
    const k = (11 - (sum(ten, SECOND) % 11)) % 11;
    return k > 9 ? null : { n: ten + k, dotted };
  })
  .filter((a): a is { n: string; dotted: boolean } => a !== null)
  .map(({ n, dotted }) => {
    const sep = dotted ? '.' : ' ';
    return `${n.slice(0, 4)}${sep}${n.slice(4, 6)}${sep}${n.slice(6)}`;
  });

describe('patient-identifier guard, generated cases', () => {
  it('finds every obfuscated number (grouped, invisible characters, full-width, glued to words)', () => {
    fc.assert(
      fc.property(obfuscated, ({ number, text }) => {
        expect(classifyNationalIdentityNumber(number)).not.toBeNull();
        const found = findNationalIdentityNumbers(`Hei! ${text} Hilsen Kari`);
        expect(found).toHaveLength(1);
        expect(`Hei! ${text} Hilsen Kari`.slice(found[0].index, found[0].index + found[0].length)).toBe(found[0].text);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in phone numbers, dates and account numbers, alone or side by side', () => {
    const harmless = fc.oneof(phone, date, account);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(harmless, fc.constantFrom(' ', ', ', ' og ', '; ', ' / ', '\n')), {
          minLength: 1,
          maxLength: 4,
        }),
        (parts) => {
          const text = `Ring ${parts.map(([p, sep]) => p + sep).join('')}takk.`;
          expect(findNationalIdentityNumbers(text)).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
