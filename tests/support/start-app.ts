import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { AppConfig, loadConfig } from '../../api/src/config/app-config';
import { startIdehub } from '../../api/src/bootstrap';
import type { Clock } from '../../api/src/common/clock';
import { createTestDatabase } from './test-database';

/**
 * For browser tests: the whole product with demo data on a random port, serving the built web app; the
 * real clock unless `clock` is given (a ManualClock for a deadline passing, with `nest` to run the sweep).
 */
export async function startApp(
  overrides: Partial<AppConfig> = {},
  { clock }: { clock?: Clock } = {},
): Promise<{ url: string; config: AppConfig; nest: NestExpressApplication; stop(): Promise<void> }> {
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
  const running = await startIdehub(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(clock ? { clock } : {}),
  });
  return {
    url: running.url,
    config,
    nest: running.app,
    async stop() {
      await running.stop();
      await database.drop();
      fs.rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
