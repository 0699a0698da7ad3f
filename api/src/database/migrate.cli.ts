import { loadConfig } from '../config/app-config';
import { createLogger } from '../logging/logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { migrateDatabase } from './migrate';

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir });
  try {
    const applied = await migrateDatabase(config.databaseUrl ?? embedded!.url, !!embedded, logger);
    logger.info({ applied: applied.length }, applied.length ? 'migrations applied' : 'database already up to date');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
