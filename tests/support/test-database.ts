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
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { url: undefined, kind: 'pglite', drop: async () => undefined };
  const url = new URL(base);
  const baseName = url.pathname.replace(/^\//, '') || 'postgres';
  if (!/test/i.test(baseName)) {
    throw new Error(`TEST_DATABASE_URL must name a database with "test" in it (got "${baseName}"); refusing to run.`);
  }
  const name = `${baseName}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
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
