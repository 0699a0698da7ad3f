import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { AppConfig, loadConfig } from '../../api/src/config/app-config';
import { startIdehub } from '../../api/src/bootstrap';
import type { Clock } from '../../api/src/common/clock';
import { createTestDatabase } from './test-database';
import { readSnapshot, snapshotKey, writeSnapshot } from './database-snapshot';

/**
 * The demo database seeded on the real clock, kept for the rest of this test process: the browser tier runs its files
 * one after another in one process, and each file's app starts from this dump in about a second instead of running
 * initdb, every migration and the seed (≈ 5 s). The seed dates the demo data from the moment it ran, so a dump is
 * used for half an hour at most; after that the data would be that much older than a fresh seed makes it.
 */
const REAL_CLOCK_DUMP_MAX_AGE_MS = 30 * 60_000;
let realClockDump: { madeAt: number; dump: Blob } | undefined;

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
  // In-memory PGlite with demo data: start from a dump of one already migrated and seeded when there is one. A manual
  // clock's dumps are kept on disk like the end-to-end tier's (keyed by its instant); the real clock's in memory.
  const embedded = database.kind === 'pglite' && !config.databaseUrl && config.inMemoryDatabase && config.demoData;
  const clockKey = embedded && clock ? snapshotKey(true, clock.now()) : undefined;
  const fresh = realClockDump && Date.now() - realClockDump.madeAt < REAL_CLOCK_DUMP_MAX_AGE_MS;
  const embeddedSnapshot = !embedded
    ? undefined
    : clockKey
      ? readSnapshot(clockKey)
      : fresh
        ? realClockDump?.dump
        : undefined;
  const startedAt = Date.now();
  const running = await startIdehub(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(clock ? { clock } : {}),
    embeddedSnapshot,
  });
  if (embedded && !embeddedSnapshot && running.dumpEmbedded) {
    const dump = await running.dumpEmbedded();
    if (clockKey) await writeSnapshot(clockKey, dump);
    else realClockDump = { madeAt: startedAt, dump };
  }
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
