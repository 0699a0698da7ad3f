import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Snapshots of a freshly migrated (and demo-seeded) embedded database, so that a test file starts
 * its PGlite from a dump in about a second instead of running initdb, every migration and the demo
 * seed again (10–15 s on a busy 2-core machine, times ~80 apps per run).
 *
 * A snapshot is keyed by everything that decides its content: the migrations, the demo seed's code,
 * whether demo data is on, and the clock's instant at start (the seed dates its data from it).
 * Change any of them and a new snapshot is made by the first test that needs it; old ones are
 * simply not used again. They live in node_modules/.cache (where tools keep caches), never in git.
 */
const root = path.resolve(__dirname, '../..');
const CACHE_DIR = path.join(root, 'node_modules/.cache/idehub-test-db');
/** What the snapshot's content depends on (folders are read recursively). */
const INPUTS = ['migrations', 'api/src/demo', 'api/src/database'];

let sourceHash: string | undefined;

function hashSources(): string {
  if (sourceHash) return sourceHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(path.relative(root, full)).update(fs.readFileSync(full));
    }
  };
  for (const input of INPUTS) walk(path.join(root, input));
  return (sourceHash = hash.digest('hex'));
}

export function snapshotKey(demo: boolean, at: Date): string {
  return createHash('sha256').update(`${hashSources()}|demo=${demo}|at=${at.toISOString()}`).digest('hex').slice(0, 24);
}

/** The snapshot for `key`, or undefined when none was made yet (or snapshots are off). */
export function readSnapshot(key: string): Blob | undefined {
  if (process.env.IDEHUB_TEST_DB_SNAPSHOTS === 'off') return undefined;
  const file = path.join(CACHE_DIR, `${key}.tar`);
  return fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
}

/** Saves a snapshot; written to a temporary name and renamed, so a reader never sees half a file. */
export async function writeSnapshot(key: string, dump: Blob): Promise<void> {
  if (process.env.IDEHUB_TEST_DB_SNAPSHOTS === 'off') return;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `${key}.tar`);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(temp, file);
}
