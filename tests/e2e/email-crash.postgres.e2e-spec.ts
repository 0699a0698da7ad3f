import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { startTestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startSmtpCapture, SmtpCapture } from '../support/smtp-capture';

const onPostgres = !!process.env.TEST_DATABASE_URL;
const SKIPPED_ON_PGLITE =
  ' [skipped on embedded PGlite: kill -9 of one of several processes sharing a database needs PostgreSQL; set TEST_DATABASE_URL]';

const ANSWERS = 500;
const SUGGESTIONS = 25;
/** Answers in flight at once (each suggestion is answered by one lane only, so none wait on another's row). */
const LANES = 5;
/** The app is killed after this many answers, once the mail server has messages: the worker is mid-burst, sends in flight. */
const KILL_AFTER_ANSWERS = 200;
const DELIVERY_LIMIT_MS = 120_000;

const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id } }`;
const LEADER = 'leder@drammen.idehub.test';
const STAFF = 'ansatt@drammen.idehub.test';

interface AppProcess {
  child: ChildProcess;
  url: string;
  log: string[];
}

/**
 * PostgreSQL only. The app runs as a real process (tests/support/app-process.cjs) with the
 * e-mail worker on and a real SMTP server; during a burst of 500 answers (each e-mailed to the
 * suggestion's followers) the process gets SIGKILL, and a new one is started. Every e-mail of
 * every notification must then reach the mail server within 2 minutes, and none twice: a
 * second message for one notification is allowed only as a recognised resend (the same
 * Message-ID, marked `X-Idehub-Attempt`), which is what a crash between the mail server's
 * «250 OK» and the delivery record produces (docs/email-delivery.md).
 */
describe('e-mail after kill -9 during a burst (PostgreSQL only)', () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let db: Client;
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-crash-mail-'));
  const processes: AppProcess[] = [];
  const suggestionIds: string[] = [];
  let earlierNotifications = new Set<string>();

  function startProcess(): Promise<AppProcess> {
    const log: string[] = [];
    const child = fork(path.join(__dirname, '../support/app-process.cjs'), [], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        PORT: '0',
        IDEHUB_DEMO: '0',
        IDEHUB_RUN_SWEEP: '0',
        IDEHUB_RUN_WORKER: '1',
        IDEHUB_MAIL_DIR: mailDir,
        MUTATION_RATE_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.on('data', (d) => log.push(String(d)));
    child.stderr?.on('data', (d) => log.push(String(d)));
    return new Promise((resolve, reject) => {
      child.once('message', (m: { ready?: string }) => {
        const p = { child, url: m.ready!, log };
        processes.push(p);
        resolve(p);
      });
      child.once('exit', (code) => reject(new Error(`app process exited ${code}: ${log.join('')}`)));
    });
  }

  async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string }[] };
  }

  beforeAll(async () => {
    if (!onPostgres) return;
    database = await createTestDatabase();
    smtp = await startSmtpCapture();
    // Set-up in this process (migrations, demo people, the suggestions and their followers); the
    // app that is killed is a process of its own.
    const seed = await startTestApp({ database, demo: true, listen: false });
    try {
      const staff = await seed.login(STAFF);
      const units = await seed.gql('{ units { id name } }', {}, staff);
      const unitId = units.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
      for (let i = 0; i < SUGGESTIONS; i++) {
        const res = await seed.gql(
          'mutation($u: ID!, $t: String!) { submitSuggestion(input: { unitId: $u, title: $t, description: "Alarmen går til feil vakttelefon om natten." }) { id } }',
          { u: unitId, t: `Forslag ${i + 1} om bedre fallalarmrutiner` },
          staff,
        );
        suggestionIds.push(res.data.submitSuggestion.id);
      }
    } finally {
      await seed.stop();
    }
    db = new Client({ connectionString: database.url });
    await db.connect();
    // Only the burst's e-mails count: the demo's own are taken off the queue.
    await db.query(`delete from graphile_worker._private_jobs`);
    earlierNotifications = new Set((await db.query('select id from notification')).rows.map((r) => r.id));
  }, 180_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.all(
      processes.map((p) =>
        p.child.exitCode !== null || p.child.signalCode !== null
          ? undefined
          : new Promise((resolve) => p.child.once('exit', resolve)),
      ),
    );
    await db?.end();
    await smtp?.stop();
    await database?.drop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  it.skipIf(!onPostgres)(
    `kill -9 during a burst of ${ANSWERS} answers: after a restart every e-mail arrives within 2 minutes, none twice` +
      (onPostgres ? '' : SKIPPED_ON_PGLITE),
    async () => {
      let app = await startProcess();
      const token = (
        await gql(app.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
          e: LEADER,
          p: 'idehub-demo',
        })
      ).data.login.token as string;

      // The burst: LANES answer at once; SIGKILL when the mail server is mid-burst; the rest of
      // the answers go to the new process once it is up.
      let next = 0;
      let answered = 0;
      let lostInCrash = 0;
      let killedAt = 0;
      let sentBeforeKill = 0;
      let restartedAt = 0;
      let killedAtEpoch = 0;
      let resentAt = 0;
      let restarted: Promise<AppProcess> | undefined;
      const crash = async (): Promise<AppProcess> => {
        // The mail server reads the next message(s) but does not answer: killed now, the app
        // never learns that they arrived, as when its «250 OK» is lost in a crash.
        smtp.stall = true;
        const until = performance.now() + 15_000;
        while (!smtp.stalled.length && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
        const exited = new Promise((r) => app.child.once('exit', r));
        killedAt = performance.now();
        killedAtEpoch = Date.now();
        sentBeforeKill = smtp.messages.length;
        app.child.kill('SIGKILL');
        await exited;
        smtp.stall = false;
        // When the messages the dead process had in hand arrive again (released, then resent).
        const inHand = new Set(smtp.stalled.map((m) => m.headers['message-id']));
        const watch = setInterval(() => {
          if (smtp.messages.some((m) => inHand.has(m.headers['message-id']))) {
            resentAt = performance.now();
            clearInterval(watch);
          }
        }, 20);
        return startProcess().then((p) => {
          restartedAt = performance.now();
          return p;
        });
      };
      const lane = async (k: number) => {
        for (;;) {
          const i = next++;
          if (i >= ANSWERS) return;
          const suggestionId = suggestionIds[(k + LANES * Math.floor(i / LANES)) % SUGGESTIONS];
          if (!restarted && i >= KILL_AFTER_ANSWERS && smtp.messages.length > 0) restarted = crash();
          // Until the kill the answers keep coming (so the worker has something to send while the
          // mail server stalls); after it, they wait for the new process.
          if (restarted && killedAt) app = await restarted;
          let res: Awaited<ReturnType<typeof gql>>;
          try {
            res = await gql(
              app.url,
              RESPOND,
              { input: { suggestionId, message: `Svar ${i + 1}: vi tar dette opp i neste personalmøte.` } },
              token,
            );
          } catch (error) {
            if (!killedAt) throw error;
            lostInCrash++; // in flight when the process died: the request got no answer
            continue;
          }
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          answered++;
        }
      };
      await Promise.all(Array.from({ length: LANES }, (_, k) => lane(k)));
      await restarted;
      expect(
        killedAt,
        `the process was killed mid-burst (${smtp.messages.length} messages; ${app.log.join('')})`,
      ).toBeGreaterThan(0);
      const burstEndedAt = performance.now();
      expect(processes).toHaveLength(2);
      const sentByBurstEnd = smtp.messages.length;

      // Every notification of the burst has an e-mail job; all must be delivered.
      const burst = async () =>
        (await db.query<{ id: string }>('select id from notification')).rows
          .map((r) => r.id)
          .filter((id) => !earlierNotifications.has(id));
      let pending = Infinity;
      let deliveredAt = 0;
      while (performance.now() - killedAt < DELIVERY_LIMIT_MS) {
        const ids = await burst();
        const { rows } = await db.query<{ n: number }>(
          `select count(*)::int as n from unnest($1::uuid[]) id
            where not exists (select 1 from email_delivery d where d.notification_id = id)`,
          [ids],
        );
        pending = rows[0].n;
        if (pending === 0) {
          deliveredAt = performance.now();
          break;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      const ids = await burst();
      const stats = {
        answered,
        lostInCrash,
        notifications: ids.length,
        messages: smtp.messages.length,
        sentBeforeKill,
        unansweredAtKill: smtp.stalled.length,
        sentByBurstEnd,
        pending,
      };
      expect(pending, `e-mails not delivered within 2 minutes: ${JSON.stringify(stats)}`).toBe(0);
      expect(answered + lostInCrash).toBe(ANSWERS);
      expect(answered).toBeGreaterThanOrEqual(ANSWERS - LANES);

      // Count by notification: one message each; a second only as a recognised resend.
      const byNotification = new Map<string, { messageId: string; attempt: number }[]>();
      // Those read while the server stalled reached it, too: they count.
      for (const m of [...smtp.stalled, ...smtp.messages]) {
        const messageId = m.headers['message-id'] ?? '';
        const id = /^<([0-9a-f-]{36})@idehub>$/.exec(messageId)?.[1];
        expect(id, `a message without a notification's Message-ID: ${messageId}`).toBeDefined();
        const attempt = Number(m.headers['x-idehub-attempt'] ?? 1);
        byNotification.set(id!, [...(byNotification.get(id!) ?? []), { messageId, attempt }]);
      }
      const missing = ids.filter((id) => !byNotification.has(id));
      expect(missing, 'notifications without an e-mail').toEqual([]);
      const strangers = [...byNotification.keys()].filter((id) => !ids.includes(id));
      expect(strangers, 'e-mails for notifications outside the burst').toEqual([]);
      let recognisedResends = 0;
      const trueDuplicates: string[] = [];
      for (const [id, messages] of byNotification) {
        if (messages.length === 1) continue;
        // A resend: the first went as attempt 1, each later one says its attempt number.
        const attempts = messages.map((m) => m.attempt).sort((a, b) => a - b);
        const distinct = new Set(attempts).size === attempts.length;
        if (distinct && attempts[0] === 1 && messages.every((m) => m.messageId === `<${id}@idehub>`)) {
          recognisedResends += messages.length - 1;
        } else {
          trueDuplicates.push(id);
        }
      }
      expect(trueDuplicates, 'notifications e-mailed twice without being marked as a resend').toEqual([]);
      // The messages that reached the server unanswered went again, recognisably.
      expect(smtp.stalled.length).toBeGreaterThan(0);
      expect(recognisedResends).toBeGreaterThanOrEqual(smtp.stalled.length);
      // ... as soon as the new process was up: a process that is gone (same machine) holds no job
      // for the 30 s a silent heartbeat would take.
      expect(resentAt).toBeGreaterThan(0);
      expect(resentAt - restartedAt).toBeLessThan(10_000);
      // The database agrees: one delivery row per notification, SENT.
      const { rows: deliveries } = await db.query<{ status: string; n: number }>(
        `select status::text, count(*)::int as n from email_delivery where notification_id = any($1::uuid[]) group by status`,
        [ids],
      );
      expect(deliveries).toEqual([{ status: 'SENT', n: ids.length }]);
      const { rows: jobs } = await db.query<{ n: number }>(
        `select count(*)::int as n from graphile_worker._private_jobs`,
      );
      expect(jobs[0].n).toBe(0);

      const releases = processes[1].log
        .join('')
        .split('\n')
        .filter((line) => line.includes('released jobs'))
        .map((line) => `${((JSON.parse(line).time - killedAtEpoch) / 1000).toFixed(1)} s`);
      console.log(
        `e-mail crash test: ${JSON.stringify({ ...stats, recognisedResends })}; ` +
          `dead workers released ${releases.join(', ') || 'never'} after the kill; ` +
          `new process up ${((restartedAt - killedAt) / 1000).toFixed(1)} s after the kill; ` +
          `the dead process's e-mails resent ${((resentAt - killedAt) / 1000).toFixed(1)} s after the kill; ` +
          `all delivered ${((deliveredAt - killedAt) / 1000).toFixed(1)} s after the kill ` +
          `(${((deliveredAt - burstEndedAt) / 1000).toFixed(1)} s after the last answer)`,
      );
    },
    DELIVERY_LIMIT_MS + 60_000,
  );
});
