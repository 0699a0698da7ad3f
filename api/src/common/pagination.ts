import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
  /** False when totalCount is a lower bound (see countUpTo); omitted means exact. */
  totalCountIsExact?: boolean;
}

/** Builds the Relay connection type `<Name>Connection` with `<Name>Edge` for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;

    @Field(() => Boolean, {
      description:
        'False when there are more than totalCount (counting stops at a thousand on large lists: «over 1 000»).',
      // Connections that always count exactly leave it out.
      middleware: [async (_ctx, next) => ((await next()) as boolean | undefined) ?? true],
    })
    totalCountIsExact: boolean;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Keyset cursor over (timestamp, id): stable under inserts, unlike offsets. */
export interface KeysetCursor {
  at: string;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): KeysetCursor | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value.at === 'string' && typeof value.id === 'string' && !isNaN(Date.parse(value.at))) return value;
  } catch {
    /* fall through */
  }
  throw badInput([{ field: 'after', message: 'is not a cursor returned by this API' }]);
}

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput([{ field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return first;
}

/** Lists count their rows up to here; beyond, the total says «over 1 000» (totalCountIsExact false). */
export const COUNT_CAP = 1000;

/**
 * How many rows a query has, counting no further than `cap` (reading at most cap + 1 rows instead of
 * every match: an exact count over 200 000 suggestions or 400 000 audit entries costs more than the page).
 * Give it a query without joins or ordering; its selection is replaced.
 */
export async function countUpTo<E extends object>(
  qb: SelectQueryBuilder<E>,
  cap = COUNT_CAP,
): Promise<{ totalCount: number; totalCountIsExact: boolean }> {
  const [sql, params] = qb
    .clone()
    .select('1', 'one')
    .orderBy()
    .limit(cap + 1)
    .getQueryAndParameters();
  const [{ n }]: { n: number }[] = await qb.connection.query(`select count(*)::int as n from (${sql}) capped`, params);
  return n > cap ? { totalCount: cap, totalCountIsExact: false } : { totalCount: n, totalCountIsExact: true };
}

/**
 * The ids of a query's rows, no more than `cap` (and whether that is all of them), in one statement: for a
 * selective filter the planner cannot estimate (a search word that is common in one municipality and absent
 * in the next), the page is then read by id instead of walking the list's order filtering every row.
 */
export async function idsUpTo<E extends object>(
  qb: SelectQueryBuilder<E>,
  idColumn: string,
  cap = COUNT_CAP,
): Promise<{ ids: string[]; totalCount: number; totalCountIsExact: boolean }> {
  const [sql, params] = qb
    .clone()
    .select(idColumn, 'id')
    .orderBy()
    .limit(cap + 1)
    .getQueryAndParameters();
  const [{ ids }]: { ids: string[] }[] = await qb.connection.query(
    `select coalesce(array_agg(capped.id), '{}') as ids from (${sql}) capped`,
    params,
  );
  return ids.length > cap
    ? { ids: [], totalCount: cap, totalCountIsExact: false }
    : { ids, totalCount: ids.length, totalCountIsExact: true };
}

/** Turns rows fetched with limit size+1 into a connection. */
export function toConnection<R, T>(
  rows: R[],
  size: number,
  total: number | { totalCount: number; totalCountIsExact: boolean },
  cursorOf: (row: R) => string,
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: map(row) }));
  return {
    edges,
    ...(typeof total === 'number' ? { totalCount: total } : total),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
