// The app as `npm run bench` runs it: the built app (api/dist) in its own process, on
// DATABASE_URL and PORT, with every SQL statement counted (a hook on TypeORM's logger) so the
// bench can ask, over IPC, how many statements one request ran, and how much memory it used.
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
    loadConfig(process.env, { demoData: false, runSweep: false, runWorker: false, port: Number(process.env.PORT) }),
    {},
  );
  const db = running.app.get(DataSource);
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (q, p, r) => {
    statements++;
    return logQuery(q, p, r);
  };
  process.on('message', (m) => {
    if (m === 'reset') statements = 0;
    if (m === 'reset-peak') peakRss = process.memoryUsage().rss;
    if (m === 'reset' || m === 'reset-peak' || m === 'stats') {
      process.send({ statements, rss: process.memoryUsage().rss, peakRss });
    }
    if (m === 'stop') running.stop().then(() => process.exit(0));
  });
  process.send({ ready: running.url });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
