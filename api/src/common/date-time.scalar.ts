import { GraphQLError, Kind } from 'graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function parse(value: unknown): Date {
  const date = typeof value === 'string' && value.trim() !== '' ? new Date(value) : undefined;
  const time = date?.getTime();
  if (time === undefined || Number.isNaN(time) || time < EARLIEST || time >= LATEST) {
    throw new GraphQLError('must be a date or date-time (ISO 8601) between 1900 and 2200, e.g. 2026-03-01', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date!;
}

/**
 * Makes Nest's DateTime scalar strict: an unparseable or absurd date is refused as
 * BAD_USER_INPUT instead of becoming an Invalid Date that fails deep inside a query. Nest's
 * scalar object is shared by every `Date` field (implicit and explicit), so it is tightened in
 * place rather than replaced by a second scalar of the same name.
 */
export function makeDateTimeStrict(): void {
  GraphQLISODateTime.parseValue = parse;
  GraphQLISODateTime.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a date or date-time string (ISO 8601)');
    return parse(ast.value);
  };
}
