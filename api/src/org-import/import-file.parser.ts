import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  IMPORT_COLUMN_HEADERS,
  IMPORT_ROWS_MAX,
  ImportColumn,
  importColumnForHeader,
  REQUIRED_IMPORT_COLUMNS,
} from '@idehub/libs';

/** One data row: its line as a spreadsheet shows it (the header is line 1) and its cells by column. */
export interface ImportFileRow {
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ImportFile {
  /** The header text each column had in the file, for error messages («epost» or «email»). */
  headers: Partial<Record<ImportColumn, string>>;
  rows: ImportFileRow[];
}

/** A problem with the file as a whole (not one row): unreadable, wrong encoding, missing columns. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly line: number = 1,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a CSV (`;` or `,`, UTF-8 with or without BOM) or an XLSX file (its first sheet). */
export async function parseImportFile(buffer: Buffer): Promise<ImportFile> {
  if (!buffer.length) throw new ImportFileError('FILE_EMPTY', 'The file is empty.');
  const table = buffer.subarray(0, 4).equals(ZIP_MAGIC) ? await readXlsx(buffer) : readCsv(buffer);
  return toImportFile(table);
}

type RawTable = { line: number; values: string[] }[];

function readCsv(buffer: Buffer): RawTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new ImportFileError(
      'FILE_ENCODING',
      'The file is not UTF-8 text. In Excel, save it as «CSV UTF-8 (kommadelt)» or upload the .xlsx file.',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // The header decides: Norwegian Excel writes `;`, most other tools `,`.
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') && firstLine.includes(';') ? ';' : ',';
  try {
    // Empty lines are kept while numbering, so a line number is the row Excel shows (a quoted line
    // break stays inside its row), then dropped.
    const records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 64 * 1024,
    }) as unknown as string[][];
    return records.map((values, index) => ({ line: index + 1, values })).filter((r) => r.values.some((v) => v.trim()));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new ImportFileError(
        'FILE_UNREADABLE',
        `The CSV file cannot be read at line ${line}: ${error.message}`,
        line,
      );
    }
    throw error;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

async function readXlsx(buffer: Buffer): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('FILE_UNREADABLE', 'The file is not a readable Excel workbook (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('FILE_EMPTY', 'The workbook has no sheet.');
  const table: RawTable = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
    });
    for (let i = 0; i < values.length; i++) values[i] ??= '';
    if (values.some((v) => v.trim())) table.push({ line, values });
  });
  return table;
}

/** The text a cell shows: numbers as written (employee ids), rich text joined, links by their text, formulas by result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('');
    if ('text' in value && 'hyperlink' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
    }
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return '';
  }
  return '';
}

function toImportFile(table: RawTable): ImportFile {
  const [header, ...data] = table;
  if (!header) throw new ImportFileError('FILE_EMPTY', 'The file has no header row.');
  if (header.line !== 1)
    throw new ImportFileError(
      'HEADER_MISSING',
      'The first line must be the header (ansattnummer;navn;epost;enhet;rolle).',
    );
  const positions = new Map<ImportColumn, number>();
  const headers: Partial<Record<ImportColumn, string>> = {};
  header.values.forEach((text, index) => {
    const column = importColumnForHeader(text);
    if (!column) return;
    if (positions.has(column))
      throw new ImportFileError('HEADER_DUPLICATE', `The column «${text.trim()}» appears twice.`, 1, text.trim());
    positions.set(column, index);
    headers[column] = text.trim();
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !positions.has(c));
  if (missing.length)
    throw new ImportFileError(
      'HEADER_MISSING',
      `The header lacks the column${missing.length > 1 ? 's' : ''} ${missing
        .map((c) => `«${IMPORT_COLUMN_HEADERS[c][0]}»`)
        .join(', ')} (English names ${missing.map((c) => `«${IMPORT_COLUMN_HEADERS[c][1]}»`).join(', ')} work too).`,
      1,
      IMPORT_COLUMN_HEADERS[missing[0]][0],
    );
  if (!data.length) throw new ImportFileError('FILE_EMPTY', 'The file has a header but no rows.');
  if (data.length > IMPORT_ROWS_MAX)
    throw new ImportFileError('FILE_TOO_LARGE', `The file has more than ${IMPORT_ROWS_MAX} rows.`);
  const rows = data.map(({ line, values }) => {
    const cells: Partial<Record<ImportColumn, string>> = {};
    for (const [column, index] of positions) cells[column] = values[index] ?? '';
    return { line, cells };
  });
  return { headers, rows };
}
