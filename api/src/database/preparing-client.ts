import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** Named statements one connection keeps at most; past it, statements run unnamed (a safety net). */
const MAX_PREPARED = 1_000;
let clients = 0;

/** The statements PostgreSQL, too, runs as named prepared statements (see `preparedOnPostgres`). */
const PREPARED_ON_POSTGRES = new Set<string>();

/**
 * Marks a statement to be sent as a named prepared statement on PostgreSQL as well, and returns it unchanged.
 *
 * Only for a statement that runs on (almost) every request and whose best plan does not depend on its parameters,
 * such as a lookup by a unique key. On PostgreSQL planning is usually cheap, and a generic plan chosen once for a
 * skewed municipality could be worse than a fresh one, so statements are not prepared there by default. But the
 * session statement every request runs spent most of its database time being planned: 4 600 statements/s unnamed
 * against 15 500/s named, ten connections on this 2-core machine at the 200 k scale (docs/performance.md).
 */
export function preparedOnPostgres(sql: string): string {
  PREPARED_ON_POSTGRES.add(sql);
  return sql;
}

/**
 * A `pg` client that sends statements with parameters as named prepared statements, so the database parses and
 * plans each once per connection and then only binds and executes it.
 *
 * - `PreparingClient` prepares every such statement. Used for the embedded database (PGlite), where planning runs
 *   in WebAssembly and was most of each statement's time: the session statement every request runs took 3.5–5.7 ms
 *   unnamed and 0.9–1.5 ms named (tests/perf/embedded-bench.mjs).
 * - `PostgresClient` prepares only the statements marked with `preparedOnPostgres`.
 *
 * PGlite has one session under all its connections, so each client's names carry its own prefix. Statements without
 * parameters (migrations with several statements, SET, BEGIN) are sent as they are.
 */
export class PreparingClient extends Client {
  readonly statementPrefix = `idehub_${++clients}_`;
  readonly statementNames = new Map<string, string>();

  /** Whether `sql` (a statement with parameters) is sent as a named statement. */
  prepares(_sql: string): boolean {
    return true;
  }
}

/** The client for PostgreSQL: prepares only the statements marked with `preparedOnPostgres`. */
export class PostgresClient extends PreparingClient {
  override prepares(sql: string): boolean {
    return PREPARED_ON_POSTGRES.has(sql);
  }
}

type QueryFn = (this: PreparingClient, config: unknown, values?: unknown, callback?: unknown) => unknown;
const plainQuery = Client.prototype.query as unknown as QueryFn;

PreparingClient.prototype.query = function (
  this: PreparingClient,
  config: unknown,
  values?: unknown,
  callback?: unknown,
) {
  if (typeof config === 'string' && Array.isArray(values) && values.length && this.prepares(config)) {
    let name = this.statementNames.get(config);
    if (!name && this.statementNames.size < MAX_PREPARED) {
      name = this.statementPrefix + createHash('sha1').update(config).digest('base64url');
      this.statementNames.set(config, name);
    }
    if (name) return plainQuery.call(this, { name, text: config, values }, callback);
  }
  return plainQuery.call(this, config, values, callback);
} as unknown as Client['query'];
