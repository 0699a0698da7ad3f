import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { problemOf } from './errors';

describe('problemOf', () => {
  it('reads the code and the field problems of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.title', message: 'too short' }] },
        },
      ],
    });
    expect(problemOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: 'too short' }] });
  });

  it('treats an unknown code as UNKNOWN rather than showing it', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(problemOf(error)?.code).toBe('UNKNOWN');
  });

  it('reads a code from a non-2xx GraphQL answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('bad', { response: new Response(body, { status: 400 }), bodyText: body });
    expect(problemOf(error)?.code).toBe('UNAUTHENTICATED');
  });

  it('calls a failed fetch a network problem', () => {
    expect(problemOf(new TypeError('Failed to fetch'))?.code).toBe('NETWORK');
  });
});
