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
    logger.error(
      { err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path },
      'unhandled error',
    );
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
