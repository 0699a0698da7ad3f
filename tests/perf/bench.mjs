#!/usr/bin/env node
// `npm run bench [-- --database idehub_scale --seconds 8 --warmup 3 --connections 50 --only <name> --no-load]`
//
// The main reads of the app (GraphQL, as the web app asks them) against a bare node:http + pg
// server answering the same requests with hand-batched SQL (tests/perf/raw-server.mjs), side by
// side on the same database, interleaved in one run: for each operation the app, then the raw
// server, each under the same number of concurrent connections for the same time. Prints
// p50/p95/p99, requests per second, the app's share of the raw throughput, the statements one
// request runs, single-request medians, and the app's peak memory. Then the app-only reads (similar
// suggestions, feedback metrics, audit page, gains dashboard, list totals): statements and
// single-request medians (--no-load: only these). Needs `npm run build` and a
// seeded database (`npm run seed:scale`).
import * as os from 'node:os';
import { load as loadFor, loginAs, median, requester, startAppProcess, startRawServer } from './http-load.mjs';
import { arg, args } from './cli-args.mjs';

const SECONDS = Number(arg('seconds', '8'));
// Each server gets the same load for this long before it is measured, and the result is dropped: the app's code is
// JIT-compiled while it runs, and its first seconds after start ran slower than its steady state (`me`: 43–46 % of
// the raw server measured cold, 55–58 % warm).
const WARMUP_SECONDS = Number(arg('warmup', '3'));
const CONNECTIONS = Number(arg('connections', '50'));
const base = new URL(process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/idehub_scale');
base.pathname = `/${arg('database', base.pathname.slice(1) || 'idehub_scale')}`;
const DATABASE_URL = base.toString();
const ONLY = arg('only', '');

const LIST = `query($first: Int) { suggestions(first: $first) { totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
  edges { cursor node { id title status submittedAt responseDueAt overdue escalatedAt submitterName supportCount
  unit { id name } owedBy { id name } } } } }`;
const INBOX = `query($first: Int) { inbox(first: $first) { open overdue dueSoon unanswered suggestions { id title status
  submittedAt responseDueAt overdue escalatedAt submitterName supportCount unit { id name } owedBy { id name } } } }`;
const DETAIL = `query($id: ID!) { suggestion(id: $id) { id title description status version confidential hideName submittedAt
  closedAt responseDueAt overdue deadlineMissedAt escalatedAt escalatedTo { id name } submitterName submittedByMe supportCount
  isFollowing canRespond unit { id name parentId } owedBy { id name } owner { id name } mergedInto { id title status }
  rating { useful comment ratedAt } responses { id kind message previousStatus status statusChanged wasLate createdAt
  author { id name } } } }`;
const ME = `{ me { id name municipality { id name } memberships { role unit { id name } } } }`;
// App-only reads (no raw twin): single-request medians and statements, as the web app asks them.
const SIMILAR = `query($text: String!, $unitId: ID, $first: Int) { similarSuggestions(text: $text, unitId: $unitId, first: $first) {
  score suggestion { id title status supportCount supportedByMe submittedByMe unit { id name } } } }`;
const METRIC_FIELDS = `from to unit { id name } submitted firstResponsesDue firstResponsesAnsweredOnTime firstResponsesOnTime
  medianDaysToFirstResponse openNow overdueNow deadlinesMissed escalations ratedAnswers ratedUseful ratedUsefulCount
  series { month submitted firstResponsesDue answeredOnTime answeredLateOrMissing firstResponsesOnTime escalations }`;
const METRICS = `query($from: DateTime!, $to: DateTime!) { feedbackMetrics(from: $from, to: $to) { ${METRIC_FIELDS} } }`;
const METRICS_UNIT = `query($unitId: ID, $from: DateTime!, $to: DateTime!) {
  feedbackMetrics(unitId: $unitId, from: $from, to: $to) { ${METRIC_FIELDS} } }`;
const METRICS_PAGE = `query($unitId: ID, $from: DateTime!, $to: DateTime!) {
  unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) { ${METRIC_FIELDS} }
  municipalityMetrics: feedbackMetrics(from: $from, to: $to) { ${METRIC_FIELDS} } }`;
const AUDIT = `query($first: Int, $after: String) { auditLog(first: $first, after: $after) { totalCount totalCountIsExact
  pageInfo { hasNextPage endCursor } edges { cursor node { id action entityType entityId at actorName actor { id name }
  before after changes { field before after } references { id name } } } } }`;
const GAINS = `query($filter: GainsDashboardFilter) { gainsDashboard(filter: $filter) { storyCount gainCount adoptionCount
  byCategory { category unit sum count } byMunicipality { category unit sum count municipality { id name } }
  byMonth { month category unit sum count } } }`;
const LIST_SEARCH = `query($first: Int, $filter: SuggestionFilter) { suggestions(first: $first, filter: $filter) { totalCount
  totalCountIsExact pageInfo { hasNextPage endCursor } edges { cursor node { id title status submittedAt submitterName
  supportCount unit { id name } } } } }`;

const LONG_TEXT =
  'Bedre rutiner for medisinrunden på kveldsvakt. I dag må vi ringe sykepleier på vakt hver gang en ' +
  'dosett mangler eller er feil pakket, og det tar ofte en halvtime før noen svarer. Forslag: en felles ' +
  'sjekkliste i appen og en fast kontaktperson på apoteket som kan svare på kvelden.';

const { request, close } = requester(CONNECTIONS);
const startApp = () => startAppProcess({ DATABASE_URL });

const load = async (send) => {
  if (WARMUP_SECONDS > 0) await loadFor(send, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
  return loadFor(send, { connections: CONNECTIONS, seconds: SECONDS });
};

const app = await startApp();
const raw = await startRawServer(DATABASE_URL);
try {
  const gql = (query, variables, token) => () =>
    request(`${app.url}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }), token });
  const login = (email) => loginAs(request, app.url, email);
  const staff = await login('ansatt@drammen.idehub.test');
  const leader = await login('kommunalsjef@drammen.idehub.test');
  const list = JSON.parse(await gql(LIST, { first: 20 }, leader)());
  const detailId =
    list.data.suggestions.edges.find((e) => e.node.status !== 'SUBMITTED')?.node.id ??
    list.data.suggestions.edges[0].node.id;

  const ops = [
    ['me', gql(ME, {}, staff), () => request(`${raw.url}/me`, { token: staff })],
    ['list (20)', gql(LIST, { first: 20 }, staff), () => request(`${raw.url}/list?first=20`, { token: staff })],
    ['inbox (100)', gql(INBOX, { first: 100 }, leader), () => request(`${raw.url}/inbox?first=100`, { token: leader })],
    [
      'detail',
      gql(DETAIL, { id: detailId }, leader),
      () => request(`${raw.url}/detail?id=${detailId}`, { token: leader }),
    ],
  ].filter(([name]) => !args.includes('--no-load') && (!ONLY || name.startsWith(ONLY)));

  console.log(
    `bench: ${DATABASE_URL}, ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP_SECONDS} s of warm-up; ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const results = [];
  for (const [name, appSend, rawSend] of ops) {
    await app.ask('reset');
    await appSend();
    const { statements } = await app.ask('stats');
    const single = { app: await median(appSend), raw: await median(rawSend) };
    await app.ask('reset-peak');
    const a = await load(appSend);
    const { peakRss } = await app.ask('stats');
    const r = await load(rawSend);
    results.push({ name, statements, single, app: a, raw: r, peakRss });
    const f = (x) => x.toFixed(1).padStart(7);
    console.log(
      `${name.padEnd(12)} statements ${String(statements).padStart(3)} | single ${f(single.app)} ms (raw ${f(single.raw)}) |` +
        ` app ${f(a.rps)} req/s p50 ${f(a.p50)} p95 ${f(a.p95)} p99 ${f(a.p99)} | raw ${f(r.rps)} req/s p50 ${f(r.p50)}` +
        ` p95 ${f(r.p95)} p99 ${f(r.p99)} | ratio ${((a.rps / r.rps) * 100).toFixed(0)} % | app peak ${(peakRss / 1e6).toFixed(0)} MB`,
    );
  }

  // App-only reads: statements and the median of single requests (the single-request targets).
  const admin = await login('admin@drammen.idehub.test');
  const me = JSON.parse(await gql(ME, {}, leader)());
  const leaderUnit = me.data.me.memberships.find((m) => m.role === 'LEADER')?.unit.id;
  const now = new Date();
  // The web's default period, «last 12 months»: from the 1st eleven months back to tomorrow.
  const period = {
    from: new Date(now.getFullYear(), now.getMonth() - 11, 1).toISOString(),
    to: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toISOString(),
  };
  const auditFirst = JSON.parse(await gql(AUDIT, { first: 20 }, admin)());
  const singles = [
    ['similar', gql(SIMILAR, { text: 'Fallalarm som varsler feil person', first: 5 }, staff)],
    ['similar (unit)', gql(SIMILAR, { text: 'Digitalt tilsyn om natta', first: 5, unitId: leaderUnit }, staff)],
    // What the form sends once a whole description is typed: the title and description together.
    ['similar (long text)', gql(SIMILAR, { text: LONG_TEXT, first: 5, unitId: leaderUnit }, staff)],
    ['metrics (municipality)', gql(METRICS, period, leader)],
    ['metrics (unit)', gql(METRICS_UNIT, { ...period, unitId: leaderUnit }, leader)],
    ['metrics page (both)', gql(METRICS_PAGE, { ...period, unitId: leaderUnit }, leader)],
    ['audit page 1', gql(AUDIT, { first: 20 }, admin)],
    ['audit page 2', gql(AUDIT, { first: 20, after: auditFirst.data.auditLog.pageInfo.endCursor }, admin)],
    ['gains dashboard', gql(GAINS, { filter: {} }, staff)],
    ['list (20) admin', gql(LIST_SEARCH, { first: 20 }, admin)],
    ['list search', gql(LIST_SEARCH, { first: 20, filter: { search: 'medisinrunden' } }, staff)],
  ].filter(([name]) => !ONLY || name.startsWith(ONLY));
  for (const [name, send] of singles) {
    await app.ask('reset');
    const body = JSON.parse(await send());
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    const { statements } = await app.ask('stats');
    const t = await median(send);
    results.push({ name, statements, single: { app: t } });
    console.log(
      `${name.padEnd(24)} statements ${String(statements).padStart(3)} | single ${t.toFixed(1).padStart(7)} ms`,
    );
  }
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
} finally {
  raw.child.kill('SIGTERM');
  await app.stop();
  close();
}
