import { DataSource } from 'typeorm';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import type { Logger } from 'pino';
import { dataSourceOptions } from './data-source-options';

/** Arbitrary constant: the advisory lock that lets one process at a time migrate a shared database. */
const MIGRATION_LOCK = 7_214_205_311;

/**
 * Brings the schema up to date: our migrations, then graphile-worker's own schema.
 * On a real server, several processes may start at once; an advisory lock makes them take turns.
 */
export async function migrateDatabase(url: string, embedded: boolean, logger?: Logger): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, embedded), extra: { max: embedded ? 1 : 2 } });
  await dataSource.initialize();
  const lock = embedded ? undefined : dataSource.createQueryRunner();
  try {
    await lock?.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) logger?.info({ migration: m.name }, 'migration applied');
    await runWorkerMigrations({ connectionString: url, noPreparedStatements: embedded, logger: undefined });
    return applied.map((m) => m.name);
  } finally {
    await lock?.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock?.release();
    await dataSource.destroy();
  }
}
