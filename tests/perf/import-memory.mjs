#!/usr/bin/env node
// `npm run bench:import -- [--rows 100000] [--database idehub_import_bench]`
//
// The organisation import's time and the app's peak memory, the way `npm start` runs the app (with its heap
// limit, see package.json «start»): a fresh PostgreSQL database with the demo data, then a file of --rows
// people (default 100 000, the most a file may hold) as a dry run, applied, and applied again. Prints each
// run's time and the app's peak RSS. BENCH_APP_NODE_ARGS overrides the app's Node flags (e.g. '' for none).
import pg from 'pg';
import { startAppProcess, appNodeArgs } from './http-load.mjs';
import { arg } from './cli-args.mjs';

const ROWS = Number(arg('rows', '100000'));
const base = new URL(process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const dbName = arg('database', 'idehub_import_bench');

/** A municipality's HR export: ROWS people in about 400 units under 12 areas, a leader for every 40. */
function hrExport(rows) {
  const lines = ['ansattnummer;navn;epost;enhet;rolle', '1;Anders Moe;admin@drammen.idehub.test;;admin'];
  for (let i = 0; i < rows - 1; i++) {
    const d = i % 12;
    const s = Math.floor(i / 12) % 25;
    const unit = `Område ${d + 1} / Avdeling ${d + 1}.${s + 1}${i % 3 === 0 ? ` / Team ${(i % 4) + 1}` : ''}`;
    const role = i % 40 === 0 ? 'leder' : i % 97 === 0 ? 'digital agent' : 'ansatt';
    lines.push(`${100000 + i};Ansatt Nummer ${i};ansatt.${i}@bench.drammen.kommune.no;${unit};${role}`);
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

const admin = new pg.Client({ connectionString: base.toString() });
await admin.connect();
await admin.query(`drop database if exists "${dbName}" with (force)`);
await admin.query(`create database "${dbName}"`);
await admin.end();
const url = new URL(base);
url.pathname = `/${dbName}`;

const app = await startAppProcess({ DATABASE_URL: url.toString(), BENCH_DEMO: '1' });
try {
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: 'admin@drammen.idehub.test', p: 'idehub-demo' },
    }),
  }).then((r) => r.json());
  const token = login.data.login.token;
  const file = hrExport(ROWS);
  const { rss } = await app.ask('reset-peak');
  console.log(
    `import: ${ROWS} rows (${(file.length / 1e6).toFixed(1)} MB), app flags «${appNodeArgs().join(' ')}», ` +
      `RSS before ${(rss / 1e6).toFixed(0)} MB`,
  );
  for (const [label, dryRun] of [
    ['dry run', true],
    ['apply', false],
    ['again', false],
  ]) {
    await app.ask('reset-peak');
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'text/csv' }), 'hr-export.csv');
    const started = performance.now();
    const res = await fetch(`${app.url}/api/admin/organisation-import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = await res.json();
    const ms = performance.now() - started;
    const { peakRss } = await app.ask('stats');
    if (res.status !== 200 || body.errors?.length)
      throw new Error(`${label}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    console.log(
      `${label.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(6)} s | peak RSS ${(peakRss / 1e6).toFixed(0)} MB | ` +
        `people ${JSON.stringify(body.people)}`,
    );
  }
} finally {
  await app.stop();
}
