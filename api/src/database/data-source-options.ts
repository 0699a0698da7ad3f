import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../../../migrations';
import { PostgresClient, PreparingClient } from './preparing-client';

/**
 * One TypeORM configuration for the app, the tests and the CLI.
 * `embedded` → a pool of one connection: PGlite has a single session underneath, and
 * queueing every query behind one connection is what keeps transactions from interleaving. The connection
 * is kept while idle and prepares its statements (PreparingClient). On PostgreSQL only the statements marked
 * with `preparedOnPostgres` are prepared (PostgresClient).
 */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: embedded ? { max: 1, idleTimeoutMillis: 0, Client: PreparingClient } : { max: 10, Client: PostgresClient },
    logging: ['error'],
  };
}
