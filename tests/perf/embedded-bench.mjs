#!/usr/bin/env node
// `npm run bench:embedded [-- --suggestions 20000 --connections 10 --seconds 10 --fresh]`
//
// The zero-setup default at a middling size: the built app on the embedded database (PGlite in a
// data folder, as `npm start` runs it) with the scale data for 20 000 suggestions on top of the
// demo data, and the suggestion list (20 per page, as /forslag asks it) under 10 concurrent
// connections. Prints p50/p95/p99 and req/s, for a staff member and a leader. The folder is kept in
// the system's temp folder and reused (seeding takes a minute or two); --fresh seeds it again.
// Needs `npm run build`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load, loginAs, median, requester, startAppProcess } from './http-load.mjs';
import { arg, args } from './cli-args.mjs';

const SUGGESTIONS = Number(arg('suggestions', '20000'));
const CONNECTIONS = Number(arg('connections', '10'));
const SECONDS = Number(arg('seconds', '10'));
const TARGET_P95_MS = 150;
const dataDir = path.join(os.tmpdir(), `idehub-embedded-bench-${SUGGESTIONS}`);
const seededMark = path.join(dataDir, 'SEEDED');

const LIST = `query($first: Int) { suggestions(first: $first) { totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
  edges { cursor node { id title status submittedAt responseDueAt overdue escalatedAt submitterName supportCount
  unit { id name } owedBy { id name } } } } }`;

const env = { DATABASE_URL: '', IDEHUB_DATA_DIR: dataDir };
if (args.includes('--fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
if (!fs.existsSync(seededMark)) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`Seeding ${dataDir}: demo data and ${SUGGESTIONS} scale suggestions on the embedded database…`);
  const started = Date.now();
  const seeder = await startAppProcess({ ...env, BENCH_DEMO: '1' });
  try {
    const answer = await seeder.ask({ seed: SUGGESTIONS });
    if (answer.error) throw new Error(answer.error);
    const { steps, ...counts } = answer.seeded;
    for (const [label, ms] of steps) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`);
    console.log(counts, `seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await seeder.stop();
  }
  fs.writeFileSync(seededMark, new Date().toISOString());
}

const app = await startAppProcess(env);
const { request, close } = requester(CONNECTIONS);
try {
  const gql = (query, variables, token) => () =>
    request(`${app.url}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }), token });
  const people = [
    ['staff', await loginAs(request, app.url, 'ansatt@drammen.idehub.test')],
    ['leader', await loginAs(request, app.url, 'kommunalsjef@drammen.idehub.test')],
  ];
  console.log(
    `embedded bench: ${SUGGESTIONS} suggestions, ${CONNECTIONS} connections, ${SECONDS} s per run; ` +
      `${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  let worst = 0;
  for (const [who, token] of people) {
    const send = gql(LIST, { first: 20 }, token);
    const body = JSON.parse(await send());
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    const single = await median(send);
    await app.ask('reset-peak');
    const r = await load(send, { connections: CONNECTIONS, seconds: SECONDS });
    const { peakRss } = await app.ask('stats');
    worst = Math.max(worst, r.p95);
    const f = (x) => x.toFixed(1).padStart(7);
    console.log(
      `list (20), ${who.padEnd(6)} | single ${f(single)} ms | ${f(r.rps)} req/s p50 ${f(r.p50)} p95 ${f(r.p95)}` +
        ` p99 ${f(r.p99)} ms | errors ${r.errors} | peak ${(peakRss / 1e6).toFixed(0)} MB`,
    );
  }
  console.log(
    `p95 ${worst.toFixed(0)} ms (target ≤ ${TARGET_P95_MS} ms): ${worst <= TARGET_P95_MS ? 'reached' : 'NOT reached'}`,
  );
} finally {
  await app.stop();
  close();
}
