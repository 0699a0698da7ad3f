import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import pino, { Logger } from 'pino';
import { AppConfig, loadConfig } from '../../api/src/config/app-config';
import { Clock, ManualClock } from '../../api/src/common/clock';
import { RunningIdehub, startIdehub } from '../../api/src/bootstrap';
import { createTestDatabase, postgresTemplate, TestDatabase } from './test-database';
import { readSnapshot, snapshotKey, writeSnapshot } from './database-snapshot';

export const DEMO_PASSWORD = 'idehub-demo';

export interface GraphQLResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  running: RunningIdehub;
  database: TestDatabase;
  clock: ManualClock;
  db: DataSource;
  url: string;
  config: AppConfig;
  /** POST /graphql with an optional Bearer token. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** Signs in and returns the Bearer token. */
  login(email: string, password?: string): Promise<string>;
  http(): ReturnType<typeof request>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  demo?: boolean;
  clock?: ManualClock;
  config?: Partial<AppConfig>;
  /** Reuse an existing database (e.g. a second instance on the same PostgreSQL). */
  database?: TestDatabase;
  listen?: boolean;
  /** A logger of the test's own (e.g. one writing to memory, to read the log). */
  logger?: Logger;
}

/** Starts the whole app in-process: fresh database (PGlite in memory, or a throwaway PostgreSQL database). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const clock = options.clock ?? new ManualClock(new Date('2026-03-02T08:00:00Z'));
  const database = options.database ?? (await createDatabaseFor(options, clock));
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-mail-'));
  const config = loadConfig(
    {},
    {
      port: 0,
      databaseUrl: database.url,
      inMemoryDatabase: true,
      demoData: options.demo ?? false,
      runSweep: false,
      runWorker: false,
      // Test files make changes far faster than people do; the limit has its own test (sign-in-throttle).
      mutationRatePerMinute: 0,
      mailDir,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...options.config,
    },
  );
  // In-memory PGlite: start from a migrated (and seeded) snapshot when one exists, else make one.
  const snapshot =
    database.kind === 'pglite' && !config.databaseUrl && config.inMemoryDatabase
      ? snapshotKey(config.demoData, clock.now())
      : undefined;
  const embeddedSnapshot = snapshot ? readSnapshot(snapshot) : undefined;
  const running = await startIdehub(config, {
    clock: clock as Clock,
    logger: options.logger ?? pino({ level: config.logLevel }),
    listen: options.listen ?? true,
    embeddedSnapshot,
  });
  if (snapshot && !embeddedSnapshot && running.dumpEmbedded)
    await writeSnapshot(snapshot, await running.dumpEmbedded());
  const server = running.app.getHttpServer();
  const app: TestApp = {
    running,
    database,
    clock,
    config,
    db: running.app.get(DataSource),
    url: running.url,
    http: () => request(server),
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return res.body;
    },
    async login(email, password = DEMO_PASSWORD) {
      const res = await app.gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async stop() {
      await running.stop();
      if (!options.database) await database.drop();
      fs.rmSync(mailDir, { recursive: true, force: true });
    },
  };
  return app;
}

/**
 * A fresh database for a test app. On PostgreSQL it is copied from a template database that was
 * migrated and seeded once for the same key (see database-snapshot.ts for the key and for PGlite).
 */
async function createDatabaseFor(options: TestAppOptions, clock: ManualClock): Promise<TestDatabase> {
  if (!process.env.TEST_DATABASE_URL || process.env.IDEHUB_TEST_DB_SNAPSHOTS === 'off') return createTestDatabase();
  const demo = options.demo ?? false;
  const template = await postgresTemplate(snapshotKey(demo, clock.now()), async (database) => {
    const builder = await startTestApp({ database, demo, clock: new ManualClock(clock.now()), listen: false });
    await builder.stop();
  });
  return createTestDatabase({ template });
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
