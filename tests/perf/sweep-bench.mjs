#!/usr/bin/env node
// `node tests/perf/sweep-bench.mjs [--open 1000000] [--due 10000] [--database idehub_sweep]`
//
// One deadline sweep at volume, on PostgreSQL: --open open suggestions with deadlines ahead and
// --due of them past due (stored with microseconds, as SQL writes them), then a timed sweep, a
// check that every due deadline was told exactly once, and a timed sweep with nothing due.
// Uses the built app (npm run build) and a throwaway database (dropped first).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { arg, args } from './cli-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const OPEN = Number(arg('open', '1000000'));
const DUE = Number(arg('due', '10000'));
const url = new URL(process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/idehub_sweep');
url.pathname = `/${arg('database', 'idehub_sweep')}`;
const admin = new URL(url);
admin.pathname = '/postgres';

const t0 = Date.now();
const log = (m) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${m}`);

const a = new pg.Client({ connectionString: admin.toString() });
await a.connect();
await a.query(`drop database if exists "${url.pathname.slice(1)}" with (force)`);
await a.query(`create database "${url.pathname.slice(1)}"`);
await a.end();
const seed = spawnSync(process.execPath, [path.join(ROOT, 'api/dist/api/src/demo/seed.cli.js')], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', IDEHUB_RUN_WORKER: 'false' },
  stdio: 'inherit',
});
if (seed.status !== 0) throw new Error('migrations and demo data failed (npm run build first)');
log('schema and demo data');

const db = new pg.Client({ connectionString: url.toString() });
await db.connect();
// Nothing from the demo itself is due: move its deadlines a year ahead.
await db.query(`update suggestion set response_due_at = now() + interval '365 days' where response_due_at is not null`);
await db.query(
  `with u as (select id, municipality_id, row_number() over (order by id) - 1 as i from unit),
        uc as (select count(*) as n from u),
        p as (select id, municipality_id, row_number() over (partition by municipality_id order by id) - 1 as i from person)
   insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at, response_due_at, version)
   select u.municipality_id, u.id, p.id, 'Sveip ' || g, 'Forslag til sveipen', 'SUBMITTED', now() - interval '20 days',
          case when g <= $2 then now() - interval '1 hour' + (g % 997 + 1) * interval '1 microsecond'
               else now() + (g % 300 + 1) * interval '1 day' end, 1
     from generate_series(1, $1) g
     join u on u.i = g % (select n from uc)
     join p on p.municipality_id = u.municipality_id and p.i = g % 6`,
  [OPEN, DUE],
);
await db.query('analyze');
log(`${OPEN} open suggestions, ${DUE} due`);

process.env.DATABASE_URL = url.toString();
process.env.LOG_LEVEL = 'warn';
const { loadConfig } = require(path.join(ROOT, 'api/dist/api/src/config/app-config.js'));
const { startIdehub } = require(path.join(ROOT, 'api/dist/api/src/bootstrap.js'));
const { DeadlineSweepService } = require(path.join(ROOT, 'api/dist/api/src/deadlines/deadline-sweep.service.js'));
const running = await startIdehub(loadConfig(process.env, { demoData: false, runSweep: false, runWorker: false }), {
  listen: false,
});
try {
  const sweeper = running.app.get(DeadlineSweepService);
  let t = performance.now();
  const first = await sweeper.sweep();
  const ms = performance.now() - t;
  log(`sweep: ${ms.toFixed(0)} ms — ${JSON.stringify(first)}`);
  const check = (
    await db.query(
      `select count(*) filter (where deadline_missed_at is null and response_due_at <= now())::int as unclaimed,
              (select count(*) from (select n.suggestion_id from notification n where n.kind = 'DEADLINE_MISSED'
                group by n.suggestion_id, n.person_id having count(*) > 1) d)::int as duplicates,
              (select count(distinct suggestion_id) from notification where kind = 'DEADLINE_MISSED')::int as told
         from suggestion`,
    )
  ).rows[0];
  log(`check: ${JSON.stringify(check)} (told should be ${DUE}, unclaimed and duplicates 0)`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await sweeper.sweep();
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  log(`sweep with nothing due: median ${times[2].toFixed(1)} ms (${times.map((x) => x.toFixed(1)).join(', ')})`);
} finally {
  await running.stop();
  await db.end();
}
