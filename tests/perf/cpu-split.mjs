// `node tests/perf/cpu-split.mjs [-- --query '{ me { id } }' --seconds 8 --warmup 3 --connections 50 --bare --rounds 2]`
//
// Where a request's CPU goes: the app and the raw server (tests/perf/raw-server.mjs) each answer `me` (or --query,
// for the app only) under 50 connections, one after the other, and for each run this prints requests per second
// and the CPU milliseconds one request cost in the server's process, in PostgreSQL's processes and in this load
// generator (from /proc, user and system time). With --bare, also the app's own Apollo server behind a bare
// node:http listener (no Express, no middleware; tests/perf/app-process.cjs `bareApollo`): the floor of this stack.
// Linux only (/proc). Needs `npm run build` and a seeded database (`npm run seed:scale`).
import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import { load, loginAs, requester, startAppProcess, startRawServer } from './http-load.mjs';
import { arg, args } from './cli-args.mjs';

const base = new URL(process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/idehub_scale');
base.pathname = `/${arg('database', base.pathname.slice(1) || 'idehub_scale')}`;
const DATABASE_URL = base.toString();
const SECONDS = Number(arg('seconds', '8'));
const WARMUP = Number(arg('warmup', '3'));
const CONNECTIONS = Number(arg('connections', '50'));
const ROUNDS = Number(arg('rounds', '1'));
const QUERY = arg('query', '{ me { id name municipality { id name } memberships { role unit { id name } } } }');
const TICKS = 100; // USER_HZ: /proc's clock ticks per second on Linux

/** [user, system] CPU ms of a process so far. */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return [(Number(fields[11]) * 1000) / TICKS, (Number(fields[12]) * 1000) / TICKS];
  } catch {
    return [0, 0]; // gone (a pooled connection's backend that ended)
  }
}
const postgresPids = () =>
  readdirSync('/proc').filter((d) => {
    if (!/^\d+$/.test(d)) return false;
    try {
      return readFileSync(`/proc/${d}/comm`, 'utf8').startsWith('postgres');
    } catch {
      return false;
    }
  });
/** CPU ms of the PostgreSQL processes alive both before and after (a backend that comes or goes is left out). */
function postgresSnapshot() {
  return new Map(postgresPids().map((pid) => [pid, cpuOf(pid)[0] + cpuOf(pid)[1]]));
}
const postgresSpent = (before, after) =>
  [...after].reduce((sum, [pid, ms]) => (before.has(pid) ? sum + ms - before.get(pid) : sum), 0);
const selfCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { request, close } = requester(CONNECTIONS);
const app = await startAppProcess({ DATABASE_URL, BENCH_BARE_APOLLO: args.includes('--bare') ? '1' : '0' });
const raw = await startRawServer(DATABASE_URL);
try {
  const token = await loginAs(request, app.url, 'ansatt@drammen.idehub.test');
  const body = JSON.stringify({ query: QUERY });
  const servers = [
    ['app', app.child.pid, () => request(`${app.url}/graphql`, { method: 'POST', body, token })],
    ...(app.bare
      ? [['bare', app.child.pid, () => request(`${app.bare}/graphql`, { method: 'POST', body, token })]]
      : []),
    ...(arg('query', '') ? [] : [['raw', raw.child.pid, () => request(`${raw.url}/me`, { token })]]),
  ];
  console.log(
    `cpu-split: ${DATABASE_URL}, ${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP} s of warm-up; ` +
      `${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(`query: ${QUERY}`);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, pid, send] of servers) {
      await load(send, { connections: CONNECTIONS, seconds: WARMUP });
      const [u0, s0] = cpuOf(pid);
      const pg0 = postgresSnapshot();
      const self0 = selfCpu();
      const r = await load(send, { connections: CONNECTIONS, seconds: SECONDS });
      const [u1, s1] = cpuOf(pid);
      const n = r.rps * SECONDS;
      const per = (ms) => (ms / n).toFixed(3);
      console.log(
        `${name.padEnd(4)} ${r.rps.toFixed(0).padStart(5)} req/s p95 ${r.p95.toFixed(1).padStart(6)} ms | CPU ms per request: ` +
          `server ${per(u1 - u0 + s1 - s0)} (system ${per(s1 - s0)}), PostgreSQL ${per(postgresSpent(pg0, postgresSnapshot()))}, ` +
          `load generator ${per(selfCpu() - self0)}`,
      );
    }
  }
} finally {
  raw.child.kill('SIGTERM');
  await app.stop();
  close();
}
