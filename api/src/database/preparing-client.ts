import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** Named statements one connection keeps at most; past it, statements run unnamed (a safety net). */
const MAX_PREPARED = 1_000;
let clients = 0;

/**
 * A `pg` client that sends every statement with parameters as a named prepared statement, so the database parses
 * and plans it once per connection and then only binds and executes it. Used for the embedded database (PGlite),
 * where planning runs in WebAssembly and was most of each statement's time: the session statement every request
 * runs took 3.5–5.7 ms unnamed and 0.9–1.5 ms named (tests/perf/embedded-bench.mjs). Not for PostgreSQL: there
 * planning is cheap and a generic plan chosen for a skewed municipality could be worse than a fresh one.
 *
 * PGlite has one session under all its connections, so each client's names carry its own prefix. Statements without
 * parameters (migrations with several statements, SET, BEGIN) are sent as they are.
 */
export class PreparingClient extends Client {
  readonly statementPrefix = `idehub_${++clients}_`;
  readonly statementNames = new Map<string, string>();
}

type QueryFn = (this: PreparingClient, config: unknown, values?: unknown, callback?: unknown) => unknown;
const plainQuery = Client.prototype.query as unknown as QueryFn;

PreparingClient.prototype.query = function (
  this: PreparingClient,
  config: unknown,
  values?: unknown,
  callback?: unknown,
) {
  if (typeof config === 'string' && Array.isArray(values) && values.length) {
    let name = this.statementNames.get(config);
    if (!name && this.statementNames.size < MAX_PREPARED) {
      name = this.statementPrefix + createHash('sha1').update(config).digest('base64url');
      this.statementNames.set(config, name);
    }
    if (name) return plainQuery.call(this, { name, text: config, values }, callback);
  }
  return plainQuery.call(this, config, values, callback);
} as unknown as Client['query'];
