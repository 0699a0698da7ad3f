import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { AppConfig, loadConfig } from '../../api/src/config/app-config';
import { startIdehub } from '../../api/src/bootstrap';
import { createTestDatabase } from './test-database';

/** For browser tests: the whole product with demo data on a random port, real clock, serving the built web app. */
export async function startApp(
  overrides: Partial<AppConfig> = {},
): Promise<{ url: string; config: AppConfig; stop(): Promise<void> }> {
  const database = await createTestDatabase();
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-mail-'));
  const config = loadConfig(
    {},
    {
      port: 0,
      databaseUrl: database.url,
      inMemoryDatabase: true,
      demoData: true,
      mailDir,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...overrides,
    },
  );
  const running = await startIdehub(config, { logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  return {
    url: running.url,
    config,
    async stop() {
      await running.stop();
      await database.drop();
      fs.rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
