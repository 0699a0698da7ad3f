import { stringify } from 'csv-stringify/sync';
import { GAIN_CATEGORY_LABELS } from '@idehub/libs';
import { StoryGainRow } from './gains.service';

const HEADER = [
  'Historie-ID',
  'Tittel',
  'Kommune',
  'Publisert',
  'Teknologi',
  'Sammendrag',
  'Problem',
  'Løsning',
  'Erfaringer',
  'Opplæringstips',
  'Kontaktperson',
  'Antall adopsjoner',
  'Gevinstkategori',
  'Gevinst',
  'Verdi',
  'Enhet',
];

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab/CR) as a formula; free text from
 * stories must stay text (OWASP «CSV injection»), so such a cell gets a leading apostrophe.
 */
export function spreadsheetSafe(text: string | null | undefined): string {
  if (!text) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The calendar day in Norway, YYYY-MM-DD (one formatter: creating one per row is slow). */
const osloDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
export const osloDate = (at: Date) => osloDay.format(at);

/**
 * Stories and their gains as CSV for Excel: UTF-8 with BOM, CRLF between records, RFC 4180
 * quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), one row per
 * gain with the story's fields repeated.
 */
export function storiesCsv(rows: StoryGainRow[]): string {
  return stringify(
    [
      HEADER,
      ...rows.map((r) => [
        r.storyId,
        spreadsheetSafe(r.title),
        spreadsheetSafe(r.municipalityName),
        osloDate(r.publishedAt),
        spreadsheetSafe(r.technology.join('; ')),
        spreadsheetSafe(r.summary),
        spreadsheetSafe(r.problem),
        spreadsheetSafe(r.solution),
        spreadsheetSafe(r.lessons),
        spreadsheetSafe(r.trainingTips),
        spreadsheetSafe(r.contactPersonName),
        String(r.adoptionCount),
        r.category ? GAIN_CATEGORY_LABELS[r.category].nb : '',
        spreadsheetSafe(r.description),
        r.value === null ? '' : String(r.value),
        spreadsheetSafe(r.unit),
      ]),
    ],
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
