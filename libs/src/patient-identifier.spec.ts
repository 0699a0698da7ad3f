import { describe, expect, it } from 'vitest';
import {
  classifyNationalIdentityNumber,
  containsNationalIdentityNumber,
  findNationalIdentityNumbers,
  normaliseForIdentifiers,
  type NationalIdKind,
} from './patient-identifier';

// Test numbers are generated here, never copied from real people. The helper
// uses individual numbers 750–899: these are never issued with YY 40–99, and
// with YY 30–39 they mean births in 2030–2039, so no generated positive case
// can belong to a living person. (The 29.02.00 case uses 000–499, which would
// mean 29 Feb 1900, a date that never existed.)
const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

interface SyntheticOptions {
  /** Weighted sum of the first ten digits mod 11: 0 today, 0–3 from 2032. */
  firstRemainder?: number;
  /** Only use individual numbers for which today's first check digit would be 10. */
  todaysFirstCheckWouldBeTen?: boolean;
  individualFrom?: number;
}

function synthetic(ddmmyy: string, options: SyntheticOptions = {}): string {
  const { firstRemainder = 0, todaysFirstCheckWouldBeTen = false } = options;
  const from = options.individualFrom ?? 750;
  for (let individual = from; individual < from + 150; individual++) {
    const nine = ddmmyy + String(individual).padStart(3, '0');
    const sum9 = weightedSum(nine, FIRST_WEIGHTS) % 11;
    if (todaysFirstCheckWouldBeTen && (11 - sum9) % 11 !== 10) continue;
    const k1 = (((firstRemainder - sum9) % 11) + 11) % 11;
    if (k1 > 9) continue;
    const k2 = (11 - (weightedSum(nine + k1, SECOND_WEIGHTS) % 11)) % 11;
    if (k2 > 9) continue;
    return `${nine}${k1}${k2}`;
  }
  throw new Error(`no synthetic number for ${ddmmyy} ${JSON.stringify(options)}`);
}

/** Same number with the second check digit wrong (changes the mod-11 sum by 1 or 2). */
function withWrongSecondCheck(n: string): string {
  return n.slice(0, 10) + ((Number(n[10]) + 1) % 10);
}

describe('classifyNationalIdentityNumber', () => {
  it.each<[string, string, NationalIdKind]>([
    ['fødselsnummer, 1 Jan', synthetic('010150'), 'FNR'],
    ['fødselsnummer, 31 Dec', synthetic('311299'), 'FNR'],
    ['fødselsnummer, 30 Apr', synthetic('300460'), 'FNR'],
    ['fødselsnummer, 29 Feb in a leap year', synthetic('290296'), 'FNR'],
    ['fødselsnummer, 29 Feb YY=00 (leap in 2000)', synthetic('290200', { individualFrom: 0 }), 'FNR'],
    ['fødselsnummer, YY 30–39', synthetic('150635'), 'FNR'],
    ['D-number, day 01+40', synthetic('410150'), 'D_NUMBER'],
    ['D-number, day 31+40', synthetic('711299'), 'D_NUMBER'],
    ['D-number, 29 Feb', synthetic('690296'), 'D_NUMBER'],
    ['H-number, month 01+40', synthetic('014150'), 'H_NUMBER'],
    ['H-number, month 12+40', synthetic('315299'), 'H_NUMBER'],
    ['H-number, 29 Feb', synthetic('294296'), 'H_NUMBER'],
    ...[1, 2, 3].flatMap((r): [string, string, NationalIdKind][] => [
      [
        `2032 rule, remainder ${r}, fødselsnummer`,
        synthetic('010150', {
          firstRemainder: r,
          todaysFirstCheckWouldBeTen: true,
        }),
        'FNR',
      ],
      [
        `2032 rule, remainder ${r}, D-number`,
        synthetic('410150', {
          firstRemainder: r,
          todaysFirstCheckWouldBeTen: true,
        }),
        'D_NUMBER',
      ],
      [
        `2032 rule, remainder ${r}, H-number`,
        synthetic('014150', {
          firstRemainder: r,
          todaysFirstCheckWouldBeTen: true,
        }),
        'H_NUMBER',
      ],
    ]),
    // Fixed synthetic examples (born 2039, so no real person), computed
    // separately, so the helper and the code cannot share a mistake unseen.
    ['fixed fødselsnummer 15.06.2039', '15063950073', 'FNR'],
    ['fixed fødselsnummer 31.12.2039', '31123950057', 'FNR'],
    ['fixed D-number 15.12.2039', '55123950045', 'D_NUMBER'],
    ['fixed H-number 15.06.2039', '15463950056', 'H_NUMBER'],
    ['fixed 2032-rule number (first check 0, remainder 1)', '15063950405', 'FNR'],
  ])('accepts %s (%s) as %s', (_label, digits, kind) => {
    expect(classifyNationalIdentityNumber(digits)).toBe(kind);
  });

  it.each<[string, string]>([
    ['31 Feb', synthetic('310299')],
    ['30 Feb', synthetic('300201')],
    ['29 Feb in a year that is never leap (01)', synthetic('290201')],
    ['29 Feb in a year that is never leap (97)', synthetic('290297')],
    ['31 Apr', synthetic('310499')],
    ['31 Jun', synthetic('310699')],
    ['31 Sep', synthetic('310999')],
    ['31 Nov', synthetic('311199')],
    ['day 32', synthetic('320199')],
    ['day 00', synthetic('000199')],
    ['month 00', synthetic('010099')],
    ['month 13', synthetic('011399')],
    ['D-number day 32+40', synthetic('720199')],
    ['D-number day 00+40', synthetic('400199')],
    ['D-number 30 Feb', synthetic('700299')],
    ['H-number month 13+40', synthetic('015399')],
    ['H-number month 00+40', synthetic('014099')],
    ['both D- and H-number offsets', synthetic('414150')],
    ...[4, 5, 6, 7, 8, 9, 10].map((r): [string, string] => [
      `first check remainder ${r}`,
      synthetic('010150', { firstRemainder: r }),
    ]),
    ['wrong second check digit', withWrongSecondCheck(synthetic('010150'))],
    ['wrong second check digit, D-number', withWrongSecondCheck(synthetic('410150'))],
    ['wrong second check digit, 2032 rule', withWrongSecondCheck(synthetic('010150', { firstRemainder: 2 }))],
    ['fixed example with the first check digit changed', '15063950173'],
    ['10 digits', synthetic('010150').slice(0, 10)],
    ['12 digits', `${synthetic('010150')}0`],
    ['empty', ''],
    ['with a space', `${synthetic('010150').slice(0, 6)} ${synthetic('010150').slice(6)}`],
    ['with a letter', `${synthetic('010150').slice(0, 10)}a`],
    ['all zeros', '00000000000'],
  ])('rejects %s (%s)', (_label, digits) => {
    expect(classifyNationalIdentityNumber(digits)).toBeNull();
  });
});

describe('findNationalIdentityNumbers', () => {
  const fnr = synthetic('010150');
  const [dd, mm, yy, individual] = [fnr.slice(0, 2), fnr.slice(2, 4), fnr.slice(4, 6), fnr.slice(6)];

  it.each<[string, string]>([
    ['11 consecutive digits', fnr],
    ['DDMMYY NNNNN', `${dd}${mm}${yy} ${individual}`],
    ['DDMMYY-NNNNN', `${dd}${mm}${yy}-${individual}`],
    ['DD.MM.YY NNNNN', `${dd}.${mm}.${yy} ${individual}`],
    ['DD.MM.YY-NNNNN', `${dd}.${mm}.${yy}-${individual}`],
    ['DD.MM.YYNNNNN', `${dd}.${mm}.${yy}${individual}`],
    ['no-break space', `${dd}${mm}${yy}\u00A0${individual}`],
    ['en dash', `${dd}.${mm}.${yy}\u2013${individual}`],
  ])('finds a number written as %s (%s) with its position in the text', (_label, written) => {
    const text = `Pasient ${written} fikk feil dose.`;
    expect(findNationalIdentityNumbers(text)).toEqual([
      {
        kind: 'FNR',
        index: 'Pasient '.length,
        length: written.length,
        text: written,
      },
    ]);
  });

  it.each<[string, string]>([
    ['alone', fnr],
    ['at the start', `${fnr} er pasienten`],
    ['at the end of a sentence', `Gjelder ${fnr}.`],
    ['after a colon', `fnr:${fnr}`],
    ['in parentheses', `(${fnr})`],
    ['on its own line', `Hei\n${fnr}\nHilsen`],
    ['in a comma-separated list', `a,${fnr},b`],
    // Obfuscations an attacker (or a hurried colleague) uses: all still a patient's number.
    ['glued to a word', `Pasientfnr${fnr}`],
    ['with letters after', `${fnr}abc`],
    ['after a Norwegian letter', `ø${fnr}`],
    ['in a code with the spaced shape', `ID${dd}${mm}${yy}-${individual}`],
    ['with two spaces', `${dd}${mm}${yy}  ${individual}`],
    ['split after the month', `${dd}${mm} ${yy}${individual}`],
    ['grouped 6-3-2', `${dd}${mm}${yy} ${individual.slice(0, 3)} ${individual.slice(3)}`],
    ['grouped 2-2-2-5 with spaces', `${dd} ${mm} ${yy} ${individual}`],
    ['with zero-width spaces', [...fnr].join('\u200B')],
    ['with a soft hyphen and a word joiner', `${dd}${mm}\u00AD${yy}\u2060${individual}`],
    ['in full-width digits', [...fnr].map((d) => String.fromCharCode(0xff10 + Number(d))).join('')],
    ['in Arabic-Indic digits', [...fnr].map((d) => String.fromCharCode(0x0660 + Number(d))).join('')],
  ])('finds a number %s', (_label, text) => {
    const found = findNationalIdentityNumbers(text);
    expect(found.map((m) => normaliseForIdentifiers(m.text).chars.join('').replace(/\D/g, ''))).toEqual([fnr]);
  });

  it('finds every number in a text, of each kind, in order', () => {
    const dNumber = synthetic('410150');
    const hNumber = synthetic('014150');
    const dotted = `${dd}.${mm}.${yy} ${individual}`;
    const text = `Først ${fnr}, så ${dotted}; D: ${dNumber} og H: ${hNumber}.`;
    expect(findNationalIdentityNumbers(text)).toEqual([
      { kind: 'FNR', index: text.indexOf(fnr), length: 11, text: fnr },
      {
        kind: 'FNR',
        index: text.indexOf(dotted),
        length: dotted.length,
        text: dotted,
      },
      {
        kind: 'D_NUMBER',
        index: text.indexOf(dNumber),
        length: 11,
        text: dNumber,
      },
      {
        kind: 'H_NUMBER',
        index: text.indexOf(hNumber),
        length: 11,
        text: hNumber,
      },
    ]);
  });

  it('reports positions in the original text after non-ASCII characters', () => {
    const text = `Sjekk ønsket 😀 ${fnr}`;
    const [match] = findNationalIdentityNumbers(text);
    expect(text.slice(match.index, match.index + match.length)).toBe(fnr);
  });

  const bankAccountShaped = `${fnr.slice(0, 4)}.${fnr.slice(4, 6)}.${fnr.slice(6)}`;
  const wrong = withWrongSecondCheck(fnr);
  const badDate = synthetic('310299');

  it.each<[string, string]>([
    ['10 digits', fnr.slice(0, 10)],
    ['12 digits (extra digit after)', `${fnr}7`],
    ['12 digits (extra digit before)', `7${fnr}`],
    ['22 digits', fnr + fnr],
    ['a longer run after the spaced shape', `${dd}${mm}${yy} ${individual}3`],
    ['a longer run before the dotted shape', `4${dd}.${mm}.${yy} ${individual}`],
    ['a valid number written as a bank account 4.2.5', bankAccountShaped],
    ['a valid number written as a bank account 4 2 5', `${fnr.slice(0, 4)} ${fnr.slice(4, 6)} ${fnr.slice(6)}`],
    ['a bank account number', '1234.56.78903'],
    ['a bank account number without dots', '12345678903'],
    ['a phone number', '+47 912 34 567'],
    ['a phone number without spaces', '+4791234567'],
    ['a phone number with 0047', '0047 91234567'],
    ['wrong check digit, 11 digits', wrong],
    ['wrong check digit, spaced', `${wrong.slice(0, 6)} ${wrong.slice(6)}`],
    ['wrong check digit, dotted', `${wrong.slice(0, 2)}.${wrong.slice(2, 4)}.${wrong.slice(4, 6)}-${wrong.slice(6)}`],
    ['invalid date, 11 digits', badDate],
    [
      'invalid date, dotted',
      `${badDate.slice(0, 2)}.${badDate.slice(2, 4)}.${badDate.slice(4, 6)} ${badDate.slice(6)}`,
    ],
    ['an ordinary sentence', 'Vi trenger flere medisindispensere på avdeling 3.'],
  ])('finds nothing in %s (%s)', (_label, text) => {
    expect(findNationalIdentityNumbers(`Tekst ${text} her`)).toEqual([]);
  });
});

describe('containsNationalIdentityNumber', () => {
  const fnr = synthetic('150635');
  it.each<[string, boolean]>([
    [`Beboer ${fnr} har falt to ganger`, true],
    [`Beboer ${fnr.slice(0, 6)}-${fnr.slice(6)} har falt`, true],
    [`Beboer ${withWrongSecondCheck(fnr)} har falt`, false],
    ['Ring meg på +47 912 34 567', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(containsNationalIdentityNumber(text)).toBe(expected);
  });
});

describe('a dotted date next to another number', () => {
  it.each([
    // Found by the generated cases: a date, a phone number and a date side by side.
    ['04.09.92 892 15 000 01.01.1900', false],
    // The same digits written as one obfuscated number (one kind of separator throughout).
    ['04.09.92.892.15', true],
    ['04.09.92 89215', true],
  ])('%j → %s', (text, expected) => {
    expect(containsNationalIdentityNumber(text)).toBe(expected);
  });
});
