import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The error codes of the API contract (API-CONTRACT.md, «Errors»). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'PATIENT_IDENTIFIER',
  'INVALID_TRANSITION',
  'RESPONSE_REQUIRED',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/** What the web can tell a user: an API code, or trouble reaching the server at all. */
export type ProblemCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

/** One i18n key per code; a code missing here fails to compile. */
export const PROBLEM_MESSAGE_KEYS: Record<ProblemCode, string> = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  PATIENT_IDENTIFIER: 'errors.PATIENT_IDENTIFIER',
  INVALID_TRANSITION: 'errors.INVALID_TRANSITION',
  RESPONSE_REQUIRED: 'errors.RESPONSE_REQUIRED',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  NETWORK: 'errors.NETWORK',
  UNKNOWN: 'errors.UNKNOWN',
};

export interface FieldProblem {
  /** The input field as the API names it, without an `input.` prefix. */
  field: string;
  message: string;
}

export interface Problem {
  code: ProblemCode;
  fields: FieldProblem[];
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function normaliseField(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last;
}

function fieldsOf(extensions: Record<string, unknown> | undefined): FieldProblem[] {
  const raw = extensions?.fields;
  if (Array.isArray(raw)) {
    return raw
      .filter((f): f is { field: string; message?: unknown } => typeof f?.field === 'string')
      .map((f) => ({ field: normaliseField(f.field), message: String(f.message ?? '') }));
  }
  if (raw && typeof raw === 'object') {
    // Also accept `{ title: 'too short' }`.
    return Object.entries(raw as Record<string, unknown>).map(([field, message]) => ({
      field: normaliseField(field),
      message: String(message ?? ''),
    }));
  }
  return [];
}

/** Turns anything Apollo may throw or return into a code and field problems; never a raw object. */
export function problemOf(error: unknown): Problem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => isApiErrorCode(e.extensions?.code)) ?? error.errors[0];
    const code = first?.extensions?.code;
    const fields = error.errors.flatMap((e) => fieldsOf(e.extensions as Record<string, unknown>));
    return { code: isApiErrorCode(code) ? code : 'UNKNOWN', fields };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED', fields: [] };
    // Apollo Server answers some GraphQL errors with a non-2xx status and a JSON body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: Record<string, unknown> }[] };
      const code = body.errors?.[0]?.extensions?.code;
      if (isApiErrorCode(code)) {
        return { code, fields: (body.errors ?? []).flatMap((e) => fieldsOf(e.extensions)) };
      }
    } catch {
      // not JSON
    }
    return { code: 'NETWORK', fields: [] };
  }
  if (ServerParseError.is(error)) return { code: 'NETWORK', fields: [] };
  if (error instanceof TypeError) return { code: 'NETWORK', fields: [] }; // fetch failed
  return { code: 'UNKNOWN', fields: [] };
}

export function problemCode(error: unknown): ProblemCode | null {
  return problemOf(error)?.code ?? null;
}

export function fieldProblem(problem: Problem | null, field: string): FieldProblem | undefined {
  return problem?.fields.find((f) => f.field === field);
}
