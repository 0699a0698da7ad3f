import * as fs from 'node:fs';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) behind its socket
 * server on 127.0.0.1, so the app keeps one driver (`pg`) for both modes.
 *
 * PGlite has one backend session for all connections; the app therefore uses a pool of
 * one connection (which serialises transactions) plus one for the job-queue worker.
 */
export interface EmbeddedPostgres {
  url: string;
  /** The whole database as a tar archive (PGlite's dumpDataDir), to start another one from it. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/** Connections the socket server accepts: the app's one, the worker's one, and one spare for psql. */
const MAX_CONNECTIONS = 3;

export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  /** Start an in-memory database from a dump() instead of an empty one (skips PGlite's initdb). */
  loadDataDir?: Blob;
}): Promise<EmbeddedPostgres> {
  let releaseLock: (() => void) | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = lockDataDir(options.dataDir);
  }
  try {
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.dataDir ? undefined : options.loadDataDir,
      extensions: { pg_trgm, btree_gist },
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
    await server.start();
    const address = server.getServerConn(); // "127.0.0.1:PORT"
    return {
      url: `postgres://postgres@${address}/postgres?sslmode=disable`,
      dump: () => db.dumpDataDir('none'),
      async stop() {
        await server.stop();
        await db.close();
        releaseLock?.();
      },
    };
  } catch (error) {
    releaseLock?.();
    throw error;
  }
}

/**
 * PGlite has no lock of its own: two processes on one folder silently lose writes.
 * Refuse to start while another live process holds the folder.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (holder && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${holder}. ` +
            'Stop that process, or set IDEHUB_DATA_DIR to another folder.',
        );
      }
      fs.rmSync(lockFile, { force: true }); // left by a process that crashed
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
