#!/usr/bin/env node
// `npm run seed:scale -- --suggestions 200000 [--database idehub_scale] [--fresh]`
//
// A large user's data in a PostgreSQL database, written with set-based SQL (generate_series),
// on top of the demo municipalities and accounts (so the demo accounts can sign in and own a
// believable share): per 200 000 suggestions, 4 municipalities × ~500 units, 20 000 people,
// ~1 000 000 responses, ~400 000 supports, ~2 000 000 notifications, ~400 000 audit entries.
// Everything scales with --suggestions. The database (default idehub_scale on
// postgres://postgres@127.0.0.1:5432, or SCALE_DATABASE_URL) is created and migrated if missing;
// --fresh drops it first. Run `npm run build` before (the npm script does).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SCALE_COUNTS, scalePlan, scaleSizes } from './scale-plan.mjs';
import { arg, args } from './cli-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUGGESTIONS = Number(arg('suggestions', '200000'));
const base = new URL(process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/idehub_scale');
const dbName = arg('database', base.pathname.slice(1) || 'idehub_scale');
base.pathname = `/${dbName}`;

const admin = new URL(base);
admin.pathname = '/postgres';

const started = Date.now();
const steps = [];
function bar(done, total, label, ms) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.padEnd(44)} ${(ms / 1000).toFixed(1)} s`,
  );
}

async function main() {
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  if (args.includes('--fresh')) await adminClient.query(`drop database if exists "${dbName}" with (force)`);
  const exists = (await adminClient.query('select 1 from pg_database where datname = $1', [dbName])).rowCount;
  if (!exists) await adminClient.query(`create database "${dbName}"`);
  await adminClient.end();

  const sizes = scaleSizes(SUGGESTIONS);
  console.log(`Seeding ${dbName}: ${SUGGESTIONS} suggestions, ${sizes.U} units and ${sizes.P} people per municipality`);
  // Schema and demo data through the app itself (idempotent).
  const seed = spawnSync(process.execPath, [path.join(ROOT, 'api/dist/api/src/demo/seed.cli.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: base.toString(), LOG_LEVEL: 'warn', IDEHUB_RUN_WORKER: 'false' },
    stdio: 'inherit',
  });
  if (seed.status !== 0) throw new Error('migrations and demo data failed (did you run npm run build?)');

  const db = new pg.Client({ connectionString: base.toString() });
  await db.connect();
  const already = (await db.query(`select count(*)::int as n from suggestion where title like 'Skala %'`)).rows[0].n;
  if (already) {
    console.log(`${dbName} already has ${already} scale suggestions; use --fresh to start over.`);
    await db.end();
    return;
  }
  const plan = scalePlan(SUGGESTIONS);
  const total = plan.length;
  for (const [index, [label, ...statements]] of plan.entries()) {
    const stepStart = Date.now();
    bar(index, total, label, Date.now() - started);
    for (const sql of statements) await db.query(sql);
    steps.push([label, Date.now() - stepStart]);
    bar(index + 1, total, label, Date.now() - started);
  }
  process.stdout.write('\n');
  const counts = (await db.query(SCALE_COUNTS)).rows[0];
  await db.end();
  for (const [label, ms] of steps) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`);
  console.log(counts);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${base.toString()}`);
}

main().catch((error) => {
  console.error('\n', error);
  process.exit(1);
});
