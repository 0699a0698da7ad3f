import { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ERROR_CODES } from './errors';

/** Codes Apollo itself produces for malformed requests; safe to pass through. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const KNOWN = new Set<string>([...ERROR_CODES, ...APOLLO_CODES]);

/**
 * SQLSTATEs of class 22 (data exception) that only bad input causes: invalid text
 * representation (e.g. not a uuid), datetime format/overflow, numeric out of range, string too
 * long, untranslatable or NUL characters, invalid escapes.
 */
const BAD_DATA_SQLSTATES = new Set([
  '22P02',
  '22007',
  '22008',
  '22003',
  '22001',
  '22021',
  '22P05',
  '22025',
  '2200H',
  '22023',
]);

/** Clients see our codes and messages; anything else is logged and becomes a bare internal error. */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (KNOWN.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo reports bad variable values as BAD_USER_INPUT without field names; keep them, they hold no secrets.
    if (code === 'BAD_USER_INPUT') {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // A unique constraint caught a race the use case's own check could not see: the thing changed meanwhile.
    const original = (error as { originalError?: { code?: string; driverError?: { code?: string } } })?.originalError;
    if (original?.code === '23505' || original?.driverError?.code === '23505') {
      return {
        message: 'This changed while you were working. Reload and try again.',
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    // PostgreSQL refused a value as data (not a uuid, not a date, out of range, bad encoding):
    // the input was bad, and no use-case check caught it. Name no SQL, just the problem.
    const sqlState = original?.code ?? original?.driverError?.code;
    if (sqlState && BAD_DATA_SQLSTATES.has(sqlState)) {
      logger.warn({ sqlState, path: formatted.path }, 'input refused by the database');
      return {
        message: 'The input is not valid: a value has the wrong form (an id, a date or a number).',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    logger.error(
      { err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path },
      'unhandled error',
    );
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
