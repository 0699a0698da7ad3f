import { findNationalIdentityNumbers } from '@idehub/libs';
import { AppError, FieldProblem } from './errors';

/** Fields that are secrets, not free text, and never stored as typed. */
const EXEMPT_FIELDS = new Set(['password']);

/**
 * Every free-text field of every mutation passes through the patient-identifier guard before any resolver runs
 * (GraphQLInputInterceptor), so a national identity number is refused before anything is stored. It walks all string
 * arguments (deny by default) rather than relying on each input to opt in.
 */
export function refusePatientIdentifiers(args: unknown): void {
  const problems = findInArgs(args);
  if (problems.length) {
    throw new AppError(
      'PATIENT_IDENTIFIER',
      `Remove the national identity number from: ${problems.map((p) => p.field).join(', ')}. Patient identifiers must never be stored here.`,
      problems,
    );
  }
}

export function findInArgs(args: unknown, path: string[] = []): FieldProblem[] {
  if (typeof args === 'string') {
    return findNationalIdentityNumbers(args).length
      ? [{ field: fieldName(path), message: 'contains a national identity number (fødselsnummer, D- or H-number)' }]
      : [];
  }
  if (Array.isArray(args)) return args.flatMap((item, i) => findInArgs(item, [...path, String(i)]));
  if (args && typeof args === 'object') {
    return Object.entries(args).flatMap(([key, value]) =>
      EXEMPT_FIELDS.has(key) ? [] : findInArgs(value, [...path, key]),
    );
  }
  return [];
}

/** `input.title` is reported as `title`: the field as the form knows it. */
function fieldName(path: string[]): string {
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}
