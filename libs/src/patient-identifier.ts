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

/**
 * Characters that may stand between groups of digits: any space, dots, hyphens and dashes,
 * underscores and middle dots. Up to three in a row (« - »).
 */
const SEPARATOR = /[\s.\p{Pd}_\u00B7\u2022]/u;
const MAX_SEPARATOR_RUN = 3;
/** Invisible characters (zero-width spaces, joiners, soft hyphens, marks) are dropped before looking. */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]/u;
const DIGIT = /\p{Nd}/u;

/**
 * Where a fødselsnummer may be split into groups: after the day, the month, the year, and
 * within the individual number (DD MM YY NNN NN). A bank account number is written 4.2.5
 * (boundaries after 4 and 6); that one shape is left alone, as are phone numbers (8 digits,
 * 3-2-3 or 2-2-2-2), whose boundaries never fit.
 */
const ALLOWED_BOUNDARIES = new Set([2, 4, 6, 9]);
const isAccountShape = (boundaries: number[]) => boundaries.length === 2 && boundaries[0] === 4 && boundaries[1] === 6;

/**
 * A date written with dots (`04.09.92`) followed by digits in more groups that are not joined by dots
 * (`892 15`) is a date next to another number (a phone number, an amount), not a fødselsnummer.
 * After a dotted date the individual number is read as one group (`01.01.50 75097`,
 * `01.01.50-12345`), or in groups joined the same way as the date (`01.01.40.750.69`).
 */
function isDottedDateBesideNumber(boundaries: number[], separators: string[]): boolean {
  if (!boundaries.includes(9)) return false;
  const dottedDate = boundaries.some((b, i) => b < 6 && separators[i].includes('.'));
  const dottedAfter = boundaries.every((b, i) => b < 6 || separators[i].includes('.'));
  return dottedDate && !dottedAfter;
}

/** The ASCII value of any Unicode decimal digit (Nd digits come in runs of ten, 0 to 9). */
function asciiDigit(ch: string): string | null {
  if (ch >= '0' && ch <= '9') return ch;
  if (!DIGIT.test(ch)) return null;
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

interface NormalisedText {
  /** Digits as ASCII, separators as one kind of space-like mark, everything else kept. */
  chars: string[];
  /** For each normalised character, where it starts and ends in the original text. */
  from: number[];
  to: number[];
}

/**
 * Unicode NFKC (full-width and other compatibility digits become 0–9), invisible characters
 * dropped, any other decimal digit mapped to ASCII, with a map back to the original offsets.
 */
export function normaliseForIdentifiers(text: string): NormalisedText {
  const out: NormalisedText = { chars: [], from: [], to: [] };
  let offset = 0;
  for (const ch of text) {
    const start = offset;
    offset += ch.length;
    if (INVISIBLE.test(ch)) continue;
    for (const n of ch.normalize('NFKC')) {
      if (INVISIBLE.test(n)) continue;
      out.chars.push(asciiDigit(n) ?? n);
      out.from.push(start);
      out.to.push(offset);
    }
  }
  return out;
}

/**
 * Finds every valid national identity number, however it is written: plain or grouped
 * (`010150 123 45`, `01.01.50-12345`), with invisible characters inside, in full-width or
 * other digits, or glued to a word (`Pasientfnr01015012345`).
 */
export function findNationalIdentityNumbers(text: string): NationalIdMatch[] {
  const { chars, from, to } = normaliseForIdentifiers(text);
  const matches: NationalIdMatch[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!(chars[i] >= '0' && chars[i] <= '9')) {
      i++;
      continue;
    }
    // A run of digit groups joined by short runs of separators.
    // `sep`: the separators after the group (before the next one).
    const groups: { start: number; end: number; sep: string }[] = [];
    let j = i;
    for (;;) {
      const start = j;
      while (j < chars.length && chars[j] >= '0' && chars[j] <= '9') j++;
      const group = { start, end: j, sep: '' };
      groups.push(group);
      let k = j;
      while (k < chars.length && k - j < MAX_SEPARATOR_RUN && SEPARATOR.test(chars[k])) k++;
      if (k > j && k < chars.length && chars[k] >= '0' && chars[k] <= '9') {
        group.sep = chars.slice(j, k).join('');
        j = k;
      } else break;
    }
    for (let a = 0; a < groups.length; a++) {
      let count = 0;
      const boundaries: number[] = [];
      const separators: string[] = [];
      for (let b = a; b < groups.length && count < 11; b++) {
        count += groups[b].end - groups[b].start;
        if (count === 11) {
          if (
            boundaries.every((x) => ALLOWED_BOUNDARIES.has(x)) &&
            !isAccountShape(boundaries) &&
            !isDottedDateBesideNumber(boundaries, separators)
          ) {
            const digits = groups
              .slice(a, b + 1)
              .map((g) => chars.slice(g.start, g.end).join(''))
              .join('');
            const kind = classifyNationalIdentityNumber(digits);
            if (kind) {
              const index = from[groups[a].start];
              const end = to[groups[b].end - 1];
              matches.push({ kind, index, length: end - index, text: text.slice(index, end) });
            }
          }
        } else if (count < 11) {
          boundaries.push(count);
          separators.push(groups[b].sep);
        }
      }
    }
    i = groups[groups.length - 1].end;
  }
  return matches;
}

export function containsNationalIdentityNumber(text: string): boolean {
  return findNationalIdentityNumbers(text).length > 0;
}
