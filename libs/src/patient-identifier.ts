/**
 * Patient-identifier guard: finds Norwegian national identity numbers
 * (fødselsnummer, D-number, H-number) in free text so they can be refused
 * before anything is stored.
 */

export type NationalIdKind = 'FNR' | 'D_NUMBER' | 'H_NUMBER';

export interface NationalIdMatch {
  kind: NationalIdKind;
  /** Offset of the match in the original text (UTF-16 code units). */
  index: number;
  length: number;
  text: string;
}

const FIRST_CHECK_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const SECOND_CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

// From 2032 the first check digit may be any value such that this remainder
// is 0, 1, 2 or 3; numbers issued before then have remainder 0. We accept both
// so the guard keeps working when the new numbers appear.
const ACCEPTED_FIRST_REMAINDERS = new Set([0, 1, 2, 3]);

function weightedSumMod11(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11;
}

function isCalendarDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Only February depends on the year. The century rules (from the
  // individual number) are deliberately not applied, so 29 Feb is accepted
  // if it exists in 19YY or 20YY; rejecting a real number would let it through.
  const isLeapInSomeCentury = [1900, 2000].some((c) => {
    const year = c + yy;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  });
  const daysInMonth = [31, isLeapInSomeCentury ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}

/**
 * Classifies exactly 11 digits as a fødselsnummer, D-number or H-number,
 * or returns null if they are not a valid national identity number.
 */
export function classifyNationalIdentityNumber(digits: string): NationalIdKind | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const d = [...digits].map(Number);

  let day = d[0] * 10 + d[1];
  let month = d[2] * 10 + d[3];
  const yy = d[4] * 10 + d[5];

  let kind: NationalIdKind = 'FNR';
  if (day >= 41 && day <= 71) {
    kind = 'D_NUMBER';
    day -= 40;
  }
  if (month >= 41 && month <= 52) {
    // A number cannot be both a D-number and an H-number.
    if (kind === 'D_NUMBER') return null;
    kind = 'H_NUMBER';
    month -= 40;
  }
  if (!isCalendarDate(day, month, yy)) return null;

  if (!ACCEPTED_FIRST_REMAINDERS.has(weightedSumMod11(d, FIRST_CHECK_WEIGHTS))) return null;
  if (weightedSumMod11(d, SECOND_CHECK_WEIGHTS) !== 0) return null;
  return kind;
}

// Between the birth date and the individual number we accept one space or
// hyphen. No-break spaces and Unicode hyphens/en dashes count too, because
// text pasted from word processors often contains them instead.
const SEPARATOR = '[ \\u00A0\\u202F\\-\\u2010\\u2011\\u2013]';

// Shapes: DDMMYYNNNNN, DDMMYY NNNNN, DDMMYY-NNNNN, DD.MM.YY NNNNN,
// DD.MM.YY-NNNNN (and DD.MM.YYNNNNN). The look-arounds stop a candidate from
// being a window inside a longer run of digits or part of a word/code.
const CANDIDATE = new RegExp(
  '(?<![\\p{L}\\p{N}])' +
    `(?:(\\d{6})${SEPARATOR}?(\\d{5})|(\\d{2})\\.(\\d{2})\\.(\\d{2})${SEPARATOR}?(\\d{5}))` +
    '(?![\\p{L}\\p{N}])',
  'gu',
);

/** Finds every valid national identity number written in an accepted shape. */
export function findNationalIdentityNumbers(text: string): NationalIdMatch[] {
  const matches: NationalIdMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = m.slice(1).filter(Boolean).join('');
    const kind = classifyNationalIdentityNumber(digits);
    if (kind) {
      matches.push({ kind, index: m.index, length: m[0].length, text: m[0] });
    }
  }
  return matches;
}

export function containsNationalIdentityNumber(text: string): boolean {
  return findNationalIdentityNumbers(text).length > 0;
}
