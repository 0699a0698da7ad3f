import { GraphQLError } from 'graphql';

/** The error codes of the API contract. Clients map these to sentences in their language. */
export const ERROR_CODES = [
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
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem: which input field, and why (in English; clients translate the code). */
export interface FieldProblem {
  field: string;
  message: string;
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'You must sign in.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'Not found.',
  BAD_USER_INPUT: 'The input is not valid.',
  PATIENT_IDENTIFIER: 'The text contains a national identity number. Remove it and try again.',
  INVALID_TRANSITION: 'That status change is not allowed from the current status.',
  RESPONSE_REQUIRED: 'A written response of at least 20 characters is required.',
  CONFLICT: 'The suggestion changed since you read it. Reload and try again.',
  RATE_LIMITED: 'Too many requests. Wait a little and try again.',
};

/** An error the client is meant to see: a stable code, a human message, optional field problems. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    fields?: FieldProblem[],
  ) {
    super(message, { extensions: { code, ...(fields ? { fields } : {}) } });
  }
}

export const unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const notFound = (what = 'Not found.') => new AppError('NOT_FOUND', what);
export const badInput = (fields: FieldProblem[]) =>
  new AppError('BAD_USER_INPUT', `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
export const conflict = (message?: string) => new AppError('CONFLICT', message);
/** Too many attempts or changes in a short time; `retryAfterSeconds` says when to try again. */
export const rateLimited = (message: string, retryAfterSeconds: number) => {
  const error = new AppError('RATE_LIMITED', message);
  error.extensions.retryAfterSeconds = retryAfterSeconds;
  return error;
};
