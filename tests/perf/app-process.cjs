// The app as `npm run bench` runs it: the built app (api/dist) in its own process, on
// DATABASE_URL and PORT, with every SQL statement counted (a hook on TypeORM's logger) so the
// bench can ask, over IPC, how many statements one request ran, and how much memory it used.
// Without DATABASE_URL it runs on the embedded database in IDEHUB_DATA_DIR; BENCH_DEMO=1 seeds the demo
// data, and the message { seed: n } writes the scale data for n suggestions (tests/perf/scale-plan.mjs)
// through the app's own connection, in one transaction.
const path = require('node:path');
const ROOT = path.resolve(__dirname, '../..');
const { loadConfig } = require(path.join(ROOT, 'api/dist/api/src/config/app-config.js'));
const { startIdehub } = require(path.join(ROOT, 'api/dist/api/src/bootstrap.js'));
const { DataSource } = require('typeorm');

let statements = 0;
let peakRss = 0;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();

(async () => {
  const running = await startIdehub(
    loadConfig(process.env, {
      demoData: process.env.BENCH_DEMO === '1',
      runSweep: false,
      runWorker: false,
      port: Number(process.env.PORT),
    }),
    {},
  );
  const db = running.app.get(DataSource);
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (q, p, r) => {
    statements++;
    return logQuery(q, p, r);
  };
  process.on('message', (m) => {
    if (m && typeof m === 'object' && m.seed) {
      seed(db, m.seed).then(
        (counts) => process.send({ seeded: counts }),
        (error) => process.send({ error: String(error.stack ?? error) }),
      );
      return;
    }
    if (m === 'reset') statements = 0;
    if (m === 'reset-peak') peakRss = process.memoryUsage().rss;
    if (m === 'reset' || m === 'reset-peak' || m === 'stats') {
      process.send({ statements, rss: process.memoryUsage().rss, peakRss });
    }
    if (m === 'stop') running.stop().then(() => process.exit(0));
  });
  process.send({
    ready: running.url,
    bare: process.env.BENCH_BARE_APOLLO === '1' ? await bareApollo(running) : undefined,
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

/** The scale data for `suggestions` suggestions, step by step, in one transaction (the steps share temp tables). */
async function seed(db, suggestions) {
  const { scalePlan, SCALE_COUNTS } = await import('./scale-plan.mjs');
  const steps = [];
  await db.transaction(async (manager) => {
    for (const [label, ...statements] of scalePlan(suggestions)) {
      const started = Date.now();
      for (const sql of statements) await manager.query(sql);
      steps.push([label, Date.now() - started]);
    }
  });
  const [counts] = await db.query(SCALE_COUNTS);
  return { ...counts, steps };
}

/**
 * A measuring device, not a way to run Idéhub: a second listener that hands POST /graphql straight from node:http to
 * the app's own Apollo server and schema (Nest's resolvers, guards and interceptors included), with none of Express,
 * its middleware (access log, security headers, cookies, compression, body parsing) or Apollo's Express integration.
 * `tests/perf/cpu-split.mjs --bare` compares it with the app and the raw server: how fast `me` could be with this
 * stack if the HTTP layer cost nothing. JSON bodies only; Bearer tokens only.
 */
async function bareApollo(running) {
  const http = require('node:http');
  const { HeaderMap } = require('@apollo/server');
  const { GraphQLModule } = require('@nestjs/graphql');
  const apollo = running.app.get(GraphQLModule, { strict: false }).graphQlAdapter.instance;
  const express = running.app.getHttpAdapter().getInstance();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      // What the resolvers use of Express's request and response (req.ip, res.cookie) keeps working.
      Object.setPrototypeOf(req, express.request);
      Object.setPrototypeOf(res, express.response);
      Object.assign(req, { res, app: express, cookies: {} });
      Object.assign(res, { req, app: express, locals: {} });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: '', body: JSON.parse(Buffer.concat(chunks)) },
        context: () => ({ req, res }),
      });
      for (const [k, v] of answer.headers) res.setHeader(k, v);
      res.statusCode = answer.status ?? 200;
      res.end(answer.body.string);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}
