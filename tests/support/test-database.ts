import { Client } from 'pg';
import { randomBytes } from 'node:crypto';

export interface TestDatabase {
  /** undefined → the app starts an in-memory embedded PGlite. */
  url: string | undefined;
  kind: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * With TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/idehub_test) each test file gets
 * a fresh throwaway database next to it, dropped afterwards. A name without "test" is refused,
 * so a misconfigured run can never touch a real database.
 */
export async function createTestDatabase(options: { template?: string } = {}): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { url: undefined, kind: 'pglite', drop: async () => undefined };
  const url = new URL(base);
  const baseName = testBaseName(base);
  const name = `${baseName}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const template = options.template ? ` template "${options.template}"` : '';
    // A template is copied by file; PostgreSQL refuses while someone is connected to it (a build
    // finishing this instant), so a few retries.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database "${name}"${template}`);
        break;
      } catch (error) {
        if (!template || attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres',
    async drop() {
      const client = new Client({ connectionString: adminUrl.toString() });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

function testBaseName(base: string): string {
  const baseName = new URL(base).pathname.replace(/^\//, '') || 'postgres';
  if (!/test/i.test(baseName)) {
    throw new Error(`TEST_DATABASE_URL must name a database with "test" in it (got "${baseName}"); refusing to run.`);
  }
  return baseName.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/**
 * The name of a template database on TEST_DATABASE_URL's server holding a migrated (and seeded)
 * database for `key`, built once with `build` (given a fresh database's URL; it must close every
 * connection before returning). Test databases are then copied from it by CREATE DATABASE … TEMPLATE,
 * which takes well under a second instead of migrating and seeding each time.
 */
export async function postgresTemplate(key: string, build: (database: TestDatabase) => Promise<void>): Promise<string> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `${testBaseName(base)}_tpl_${key}`.slice(0, 63);
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const exists = async () =>
      (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (await exists()) return name;
    const building = await createTestDatabase();
    try {
      await build(building);
      // Renamed only once complete: a half-built template is never used. Two files building the same
      // template at once: the first rename wins, the other's copy is dropped.
      await admin.query(`alter database "${new URL(building.url!).pathname.slice(1)}" rename to "${name}"`);
    } catch (error) {
      await building.drop();
      if (!(await exists())) throw error;
    }
    return name;
  } finally {
    await admin.end();
  }
}
