#!/usr/bin/env node
// Time to interactive of /forslag in Chromium, the way a phone on a poor connection sees it:
// 4× CPU slowdown and DevTools' «Slow 3G» (2 000 ms latency, 50 kB/s down and up), through CDP.
//
//   npm run build && node tests/perf/tti.mjs [--runs 3] [--fast]
//   IDEHUB_URL=http://127.0.0.1:3000 node tests/perf/tti.mjs      (an app already running, with demo data)
//
// Without IDEHUB_URL it starts the built app (api/dist, web/dist) on a free port with an embedded
// in-memory database and the demo data. Signs in as the demo staff member, then loads /forslag
// with an empty cache (cold) and again with the cache filled (warm), and prints for each:
//   - list: when the first suggestion card is on screen;
//   - tti:  when the page is interactive: the list is shown and, after it, the main thread has
//           been free of long tasks (> 50 ms) for 2 s with no request in flight (the end of the
//           last long task, or the list, whichever is later — Lighthouse's definition, simplified);
//   - bytes: what came over the wire (compressed), and how many requests.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 1 : 3);
const FAST = args.includes('--fast');
const VERBOSE = args.includes('--verbose'); // every request and answer, with its encoding and header size
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;
const QUIET_MS = 2000;

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApp() {
  if (process.env.IDEHUB_URL) return { url: process.env.IDEHUB_URL.replace(/\/$/, ''), stop: async () => {} };
  const main = path.join(ROOT, 'api/dist/api/src/main.js');
  for (const needed of [main, path.join(ROOT, 'web/dist/index.html')]) {
    if (!fs.existsSync(needed)) throw new Error(`${path.relative(ROOT, needed)} is missing: run npm run build first`);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-tti-'));
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      IDEHUB_DATA_DIR: dataDir,
      IDEHUB_MAIL_DIR: path.join(dataDir, 'mail'),
      IDEHUB_DEMO: 'true',
      IDEHUB_RUN_WORKER: 'false',
      IDEHUB_RUN_SWEEP: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DATABASE_URL: process.env.DATABASE_URL ?? '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the app exited');
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (i > 600) throw new Error('the app did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function login(url) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: 'ansatt@drammen.idehub.test', p: 'idehub-demo' },
    }),
  });
  const body = await res.json();
  if (!body.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Collects long tasks from the first script on. */
const OBSERVE_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function measure(page, cdp, url) {
  let inFlight = 0;
  let lastNetwork = 0;
  let bytes = 0;
  let requests = 0;
  const t0 = Date.now();
  const onSent = (e) => {
    inFlight++;
    requests++;
    if (VERBOSE)
      console.log(
        `  ${((Date.now() - t0) / 1000).toFixed(2)} s  → ${e.request.method} ${e.request.url.replace(url, '')}`,
      );
  };
  const onDone = (e) => {
    inFlight = Math.max(0, inFlight - 1);
    lastNetwork = Date.now();
    if (e.encodedDataLength) bytes += e.encodedDataLength;
    if (VERBOSE)
      console.log(`  ${((Date.now() - t0) / 1000).toFixed(2)} s  ← ${e.encodedDataLength ?? 'failed'} bytes`);
  };
  const onResponse = (e) => {
    if (!VERBOSE) return;
    const headers = Object.entries(e.response.headers);
    const headerBytes = headers.reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
    console.log(
      `  ${((Date.now() - t0) / 1000).toFixed(2)} s  ← headers of ${e.response.url.replace(url, '')}: ` +
        `${e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity'}, ` +
        `${headers.length} headers, ${headerBytes} bytes`,
    );
  };
  cdp.on('Network.requestWillBeSent', onSent);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onDone);
  cdp.on('Network.loadingFailed', onDone);
  await page.goto(`${url}/forslag`, { waitUntil: 'commit' });
  await page.locator('.suggestion-card').first().waitFor({ state: 'visible', timeout: 120_000 });
  const listAt = await page.evaluate(() => performance.now());
  // Wait for a quiet window: no long task and no request for QUIET_MS.
  for (;;) {
    await page.waitForTimeout(250);
    const { now, lastLongTask } = await page.evaluate(() => ({
      now: performance.now(),
      lastLongTask: Math.max(0, ...window.__longTasks),
    }));
    const quietSince = Math.max(lastLongTask, listAt);
    if (now - quietSince >= QUIET_MS && inFlight === 0 && Date.now() - lastNetwork >= QUIET_MS) {
      cdp.off('Network.requestWillBeSent', onSent);
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.loadingFinished', onDone);
      cdp.off('Network.loadingFailed', onDone);
      return { list: listAt, tti: quietSince, bytes, requests };
    }
  }
}

const app = await startApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  const token = await login(app.url);
  const results = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    await context.addCookies([{ name: 'idehub_session', value: token, url: app.url }]);
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (!FAST) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const cold = await measure(page, cdp, app.url);
    const warm = await measure(page, cdp, app.url);
    results.push({ cold, warm });
    await context.close();
  }
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `/forslag, ${FAST ? 'no throttling' : `${CPU_SLOWDOWN}× CPU, Slow 3G`}, ${runs} run(s); load ${os.loadavg()[0].toFixed(2)}`,
  );
  for (const kind of ['cold', 'warm']) {
    const rows = results.map((r) => r[kind]);
    console.log(
      `${kind}: list ${s(median(rows.map((r) => r.list)))}, tti ${s(median(rows.map((r) => r.tti)))} (median);` +
        ` runs: ${rows.map((r) => s(r.tti)).join(', ')}; ${(rows[0].bytes / 1000).toFixed(1)} kB in ${rows[0].requests} requests`,
    );
  }
  if (args.includes('--json')) console.log(JSON.stringify(results));
} finally {
  await browser.close();
  await app.stop();
}
