// What the perf scripts share: HTTP requests on a keep-alive agent, a closed-loop load of N
// connections, single-request medians, and the app (tests/perf/app-process.cjs) in a child process.
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `request(url, { method, body, token })` → the body (a Buffer); rejects on any status but 200. */
export function requester(connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const request = (url, { method = 'GET', body, token }) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            res.statusCode === 200
              ? resolve(Buffer.concat(chunks))
              : reject(new Error(`${url} ${res.statusCode} ${Buffer.concat(chunks)}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}

/** `connections` loops sending `send()` for `seconds`; latencies in ms. */
export async function load(send, { connections, seconds }) {
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await send();
          latencies.push(performance.now() - t);
        } catch (e) {
          if (++errors < 3) console.error(String(e).slice(0, 300));
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return { rps: latencies.length / seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99), errors };
}

/** The median of `n` requests sent one after another, in ms. */
export async function median(send, n = 15) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await send();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

/**
 * The Node flags the app runs with: those `npm start` gives it (package.json «start», e.g. the heap limit),
 * or BENCH_APP_NODE_ARGS when set (space-separated; empty for none).
 */
export function appNodeArgs() {
  if (process.env.BENCH_APP_NODE_ARGS !== undefined) return process.env.BENCH_APP_NODE_ARGS.split(' ').filter(Boolean);
  const start = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return (
    start
      .match(/node ((?:--\S+ )*)api\/dist/)?.[1]
      .split(' ')
      .filter(Boolean) ?? []
  );
}

/**
 * The built app in its own process (tests/perf/app-process.cjs) on a random port, with `env` on top of
 * this process's. `ask(message)` asks it over IPC (reset, reset-peak, stats, seed, stop) and resolves
 * with its answer.
 */
export async function startAppProcess(env) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = fork(path.join(ROOT, 'tests/perf/app-process.cjs'), [], {
    execArgv: appNodeArgs(),
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
  });
  const { ready: url, bare } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`app exited ${code}`)));
  });
  const ask = (m) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(m);
    });
  const stop = async () => {
    child.send('stop');
    await new Promise((resolve) => {
      child.once('exit', resolve);
      setTimeout(resolve, 10_000).unref();
    });
  };
  return { url, bare, child, ask, stop };
}

/** Signs a demo account in (password «idehub-demo») and returns its bearer token. */
export async function loginAs(request, url, email) {
  const body = JSON.parse(
    await request(`${url}/graphql`, {
      method: 'POST',
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: email, p: 'idehub-demo' },
      }),
    }),
  );
  if (!body.data?.login) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** The raw node:http + pg server (tests/perf/raw-server.mjs) on `databaseUrl`: { url, child }. */
export async function startRawServer(databaseUrl) {
  const child = spawn(process.execPath, [path.join(ROOT, 'tests/perf/raw-server.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      const m = String(d).match(/READY (\S+)/);
      if (m) resolve(m[1]);
    });
  });
  return { url, child };
}
