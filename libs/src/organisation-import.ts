/**
 * The rules of the organisation import's spreadsheet (one row per person and unit), shared by the
 * API (which validates every row) and the web (which explains the columns). No I/O here.
 */
import { containsNationalIdentityNumber } from './patient-identifier';

export type ImportColumn = 'employeeId' | 'name' | 'email' | 'unit' | 'role';
export type ImportRoleName = 'STAFF' | 'LEADER' | 'DIGITAL_AGENT' | 'ADMIN';

/** Header names accepted for each column (compared trimmed and case-insensitively). The first is the one to write. */
export const IMPORT_COLUMN_HEADERS: Readonly<Record<ImportColumn, readonly string[]>> = {
  employeeId: ['ansattnummer', 'employee_id', 'ansattnr', 'employee id'],
  name: ['navn', 'name'],
  email: ['epost', 'email', 'e-post', 'e-mail'],
  unit: ['enhet', 'unit'],
  role: ['rolle', 'role'],
};

/** Columns a file must have. Employee id and role may be left out (role then defaults to «ansatt»). */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['name', 'email', 'unit'];

/** Role names accepted in the role column, lower-cased with spaces, dashes and underscores collapsed. */
const ROLE_NAMES: Readonly<Record<string, ImportRoleName>> = {
  ansatt: 'STAFF',
  medarbeider: 'STAFF',
  staff: 'STAFF',
  employee: 'STAFF',
  leder: 'LEADER',
  leader: 'LEADER',
  manager: 'LEADER',
  digitalagent: 'DIGITAL_AGENT',
  admin: 'ADMIN',
  administrator: 'ADMIN',
};

/** The separator between a unit path's parts, as written in the file. */
export const UNIT_PATH_SEPARATOR = ' / ';
export const IMPORT_NAME_MAX = 200;
export const IMPORT_UNIT_NAME_MAX = 120;
export const IMPORT_EMPLOYEE_ID_MAX = 64;
export const IMPORT_UNIT_DEPTH_MAX = 10;
/** Rows per file; a municipality with more staff splits nothing — this is far above any Norwegian municipality. */
export const IMPORT_ROWS_MAX = 100_000;

/** Which column a header names, or null for a column the import does not use. */
export function importColumnForHeader(header: string): ImportColumn | null {
  const h = header.trim().toLowerCase();
  for (const [column, names] of Object.entries(IMPORT_COLUMN_HEADERS) as [ImportColumn, readonly string[]][]) {
    if (names.includes(h)) return column;
  }
  return null;
}

/** `ansatt`, `Leder`, `digital agent`, `DIGITAL_AGENT`, `admin`, … → the role; null when unknown. Empty → STAFF. */
export function parseImportRole(text: string): ImportRoleName | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (!key) return 'STAFF';
  return ROLE_NAMES[key] ?? null;
}

/** «Helse og omsorg / Hjemmetjenesten» → ['Helse og omsorg', 'Hjemmetjenesten']; null when a part is empty. */
export function parseUnitPath(text: string): string[] | null {
  const parts = text.split('/').map((p) => p.trim().replace(/\s+/g, ' '));
  if (!parts.length || parts.some((p) => !p)) return null;
  return parts;
}

/** The key a unit path is matched by: parts lower-cased and joined. */
export const unitPathKey = (parts: readonly string[]) => parts.map((p) => p.toLowerCase()).join('\u0000');

// One @, no spaces, a dot in the domain: what a municipality's HR system holds, not RFC 5322's corners.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidImportEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

export type ImportProblemCode =
  | 'NAME_MISSING'
  | 'NAME_TOO_LONG'
  | 'NAME_PATIENT_IDENTIFIER'
  | 'EMAIL_MISSING'
  | 'EMAIL_INVALID'
  | 'UNIT_MISSING'
  | 'UNIT_INVALID'
  | 'UNIT_TOO_LONG'
  | 'ROLE_UNKNOWN'
  | 'EMPLOYEE_ID_TOO_LONG'
  | 'EMPLOYEE_ID_PATIENT_IDENTIFIER';

export interface ImportRowProblem {
  column: ImportColumn;
  code: ImportProblemCode;
  message: string;
  /** The cell's text where the message names it (never for a name holding an identity number). */
  params?: Record<string, string>;
}

export interface ValidImportRow {
  employeeId: string | null;
  name: string;
  /** Lower-cased. */
  email: string;
  /** Null only for an admin row without a unit (admins hold their role for the whole municipality). */
  unitPath: string[] | null;
  role: ImportRoleName;
}

/** Checks one row's cells on their own (no database); the service checks rows against each other and the data. */
export function validateImportRow(cells: Partial<Record<ImportColumn, string>>): {
  row: ValidImportRow | null;
  problems: ImportRowProblem[];
} {
  const problems: ImportRowProblem[] = [];
  const problem = (column: ImportColumn, code: ImportProblemCode, message: string, params?: Record<string, string>) =>
    problems.push({ column, code, message, ...(params ? { params } : {}) });

  const employeeId = (cells.employeeId ?? '').trim() || null;
  if (employeeId && employeeId.length > IMPORT_EMPLOYEE_ID_MAX)
    problem(
      'employeeId',
      'EMPLOYEE_ID_TOO_LONG',
      `The employee id is longer than ${IMPORT_EMPLOYEE_ID_MAX} characters.`,
    );
  else if (employeeId && containsNationalIdentityNumber(employeeId))
    problem(
      'employeeId',
      'EMPLOYEE_ID_PATIENT_IDENTIFIER',
      'The employee id is a national identity number; use the HR system’s employee number.',
    );

  const name = (cells.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) problem('name', 'NAME_MISSING', 'The name is missing.');
  else if (name.length > IMPORT_NAME_MAX)
    problem('name', 'NAME_TOO_LONG', `The name is longer than ${IMPORT_NAME_MAX} characters.`);
  else if (containsNationalIdentityNumber(name))
    problem('name', 'NAME_PATIENT_IDENTIFIER', 'The name contains a national identity number. Remove it.');

  const email = (cells.email ?? '').trim().toLowerCase();
  if (!email) problem('email', 'EMAIL_MISSING', 'The e-mail address is missing.');
  else if (!isValidImportEmail(email))
    problem('email', 'EMAIL_INVALID', `«${email}» is not an e-mail address.`, { value: email });

  const roleText = (cells.role ?? '').trim();
  const role = parseImportRole(roleText);
  if (!role)
    problem(
      'role',
      'ROLE_UNKNOWN',
      `Unknown role «${roleText}»; use ansatt, leder, digital agent or admin (or staff, leader, digital agent, admin).`,
      { value: roleText },
    );

  const unitText = (cells.unit ?? '').trim();
  let unitPath: string[] | null = null;
  if (!unitText) {
    if (role !== 'ADMIN') problem('unit', 'UNIT_MISSING', 'The unit is missing.');
  } else {
    unitPath = parseUnitPath(unitText);
    if (!unitPath)
      problem('unit', 'UNIT_INVALID', `«${unitText}» is not a unit path; write it as «Department / Section».`, {
        value: unitText,
      });
    else if (unitPath.length > IMPORT_UNIT_DEPTH_MAX || unitPath.some((p) => p.length > IMPORT_UNIT_NAME_MAX))
      problem(
        'unit',
        'UNIT_TOO_LONG',
        `A unit path has at most ${IMPORT_UNIT_DEPTH_MAX} levels of at most ${IMPORT_UNIT_NAME_MAX} characters.`,
      );
    else if (unitPath.some((p) => containsNationalIdentityNumber(p))) {
      problem('unit', 'UNIT_INVALID', 'The unit contains a national identity number. Remove it.');
      unitPath = null;
    }
  }
  if (problems.length) return { row: null, problems };
  return { row: { employeeId, name, email, unitPath, role: role! }, problems };
}
