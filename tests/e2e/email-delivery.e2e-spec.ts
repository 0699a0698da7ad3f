import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';
import { freePort, parseMail, SmtpCapture, startSmtpCapture } from '../support/smtp-capture';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { SendNotificationEmailTask } from '../../api/src/jobs/send-notification-email.task';
import { AuditService } from '../../api/src/audit/audit.service';
import { NotificationsService } from '../../api/src/notifications/notifications.service';

/**
 * E-mail for notifications: the transactional outbox (notification + graphile-worker job in
 * the response's transaction), the `send_notification_email` task, and a real SMTP server
 * (the smtp-server package, in-process on 127.0.0.1).
 *
 * Most tests run with the worker off and call `JobQueueService.runUntilIdle()` (graphile-worker's
 * runOnce) so that every step is deterministic; the last two blocks run the worker as
 * `npm start` does and measure how soon mail goes out after the commit.
 */

const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id } }`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id status } }`;
const STAFF = 'ansatt@drammen.idehub.test';
const STAFF_EN = 'ansatt2@drammen.idehub.test';
const LEADER = 'leder@drammen.idehub.test';
const ANSWER = 'Takk for forslaget! Vi ser på det i neste personalmøte.';

interface JobRow {
  key: string;
  attempts: number;
  last_error: string | null;
  due_now: boolean;
}

async function workflow(app: TestApp) {
  const staff = await app.login(STAFF);
  const staffEn = await app.login(STAFF_EN);
  const leader = await app.login(LEADER);
  const units = await app.gql('{ units { id name } }', {}, staff);
  const unitId = units.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
  let n = 0;
  return {
    staff,
    staffEn,
    leader,
    async submit(token: string, title = `Forslag nummer ${++n} om medisindispenser`): Promise<string> {
      const res = await app.gql(
        SUBMIT,
        { input: { unitId, title, description: 'Beskrivelse av forslaget, lang nok.' } },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data.submitSuggestion.id;
    },
    respond(suggestionId: string, message = ANSWER, status: string | undefined = 'UNDER_REVIEW') {
      return app.gql(RESPOND, { input: { suggestionId, message, status } }, leader);
    },
    /** The notification ids for one person about one suggestion. */
    async notificationsOf(email: string, suggestionId: string, kind = 'RESPONSE_RECEIVED'): Promise<string[]> {
      const rows = await app.db.query(
        `select n.id from notification n join person p on p.id = n.person_id
          where p.email = $1 and n.suggestion_id = $2 and n.kind = $3 order by n.created_at`,
        [email, suggestionId, kind],
      );
      return rows.map((r: { id: string }) => r.id);
    },
    async jobsFor(notificationIds: string[]): Promise<JobRow[]> {
      // graphile_worker.jobs is graphile-worker 0.17's read-only view of _private_jobs.
      return app.db.query(
        `select key, attempts, last_error, run_at <= now() as due_now from graphile_worker.jobs
          where key = any($1::text[]) order by key`,
        [notificationIds.map((id) => `email:${id}`)],
      );
    },
    async counts() {
      const [row] = await app.db.query(
        `select (select count(*)::int from notification) as notifications,
                (select count(*)::int from graphile_worker.jobs) as jobs,
                (select count(*)::int from response) as responses`,
      );
      return row as { notifications: number; jobs: number; responses: number };
    },
  };
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('e-mail for notifications through the outbox and the job queue', () => {
  let smtp: SmtpCapture;
  let app: TestApp;
  let jobs: JobQueueService;
  let flow: Awaited<ReturnType<typeof workflow>>;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({ demo: true, config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no' } });
    jobs = app.running.app.get(JobQueueService);
    flow = await workflow(app);
    await app.db.query(`update person set locale = 'en' where email = $1`, [STAFF_EN]);
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  const mailsTo = (address: string, suggestionId: string) =>
    smtp.messages.filter((m) => m.envelopeTo.includes(address) && m.text.includes(`/forslag/${suggestionId}`));

  it('sends the submitter exactly one e-mail, in Norwegian, when a leader responds', async () => {
    const id = await flow.submit(flow.staff, 'Medisindispenser på alle ruter');
    expect((await flow.respond(id)).errors).toBeUndefined();
    await jobs.runUntilIdle();

    const mails = mailsTo(STAFF, id);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    const [notificationId] = await flow.notificationsOf(STAFF, id);
    expect(mail.subject).toBe('Svar på «Medisindispenser på alle ruter»: Under vurdering');
    expect(mail.headers['to']).toBe(`Kari Nordmann <${STAFF}>`);
    expect(mail.headers['from']).toMatch(/no-reply@idehub\.test/);
    expect(mail.headers['message-id']).toBe(`<${notificationId}@idehub>`);
    expect(mail.text).toContain('Hei Kari Nordmann,');
    expect(mail.text).toContain(`> ${ANSWER}`);
    expect(mail.text).toContain('Status er endret fra «Innsendt» til «Under vurdering».');
    expect(mail.text).toContain(`Åpne forslaget: https://idehub.example.no/forslag/${id}`);
    expect(mail.html).toContain(`href="https://idehub.example.no/forslag/${id}"`);
    // The unit's leader was told about the new suggestion, also in Norwegian.
    expect(mailsTo(LEADER, id).map((m) => m.subject)).toEqual([
      'Nytt forslag i Hjemmetjenesten: «Medisindispenser på alle ruter»',
    ]);
    // Delivered, recorded, and the job is gone.
    const [delivery] = await app.db.query(
      'select status, recipient, message_id from email_delivery where notification_id = $1',
      [notificationId],
    );
    expect(delivery).toEqual({ status: 'SENT', recipient: STAFF, message_id: `<${notificationId}@idehub>` });
    expect(await flow.jobsFor([notificationId])).toEqual([]);
  });

  it('writes in English to a person whose locale is en', async () => {
    const id = await flow.submit(flow.staffEn, 'Fallalarm som varsler på mobil');
    expect((await flow.respond(id)).errors).toBeUndefined();
    await jobs.runUntilIdle();
    const mails = mailsTo(STAFF_EN, id);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Response to “Fallalarm som varsler på mobil”: Under review');
    expect(mails[0].text).toContain('The status changed from “Submitted” to “Under review”.');
    expect(mails[0].text).toContain(`Open the suggestion: https://idehub.example.no/forslag/${id}`);
  });

  it('commits the response, its notification and its e-mail job together, or none of them', async () => {
    const id = await flow.submit(flow.staff);
    await jobs.runUntilIdle();
    const before = await flow.counts();

    // Refused by a rule: RESPONSE_REQUIRED.
    expect(codeOf(await flow.respond(id, 'For kort.'))).toBe('RESPONSE_REQUIRED');
    expect(await flow.counts()).toEqual(before);

    // Failing after the notification and its job were written (the audit entry comes last).
    const notifications = app.running.app.get(NotificationsService);
    const notify = vi.spyOn(notifications, 'notify');
    const audit = vi
      .spyOn(app.running.app.get(AuditService), 'record')
      .mockRejectedValueOnce(new Error('forced failure'));
    try {
      const res = await flow.respond(id);
      expect(res.errors).toBeDefined();
      expect(notify).toHaveBeenCalled();
      expect(await notify.mock.results[0].value).toHaveLength(1); // the submitter's notification was inserted…
    } finally {
      notify.mockRestore();
      audit.mockRestore();
    }
    expect(await flow.counts()).toEqual(before); // …and rolled back with its job
    await jobs.runUntilIdle();
    expect(mailsTo(STAFF, id)).toEqual([]);

    // The same response, when it commits, brings exactly one e-mail.
    expect((await flow.respond(id)).errors).toBeUndefined();
    await jobs.runUntilIdle();
    expect(mailsTo(STAFF, id)).toHaveLength(1);
  });

  it('retries with backoff while the SMTP server is down, then delivers every e-mail once when it is back', async () => {
    const ids = [await flow.submit(flow.staff), await flow.submit(flow.staffEn)];
    await jobs.runUntilIdle();
    await smtp.stop(); // the port now refuses connections (ESOCKET / ECONNREFUSED)

    for (const id of ids) expect((await flow.respond(id)).errors).toBeUndefined();
    const notificationIds = [
      ...(await flow.notificationsOf(STAFF, ids[0])),
      ...(await flow.notificationsOf(STAFF_EN, ids[1])),
    ];
    expect(notificationIds).toHaveLength(2);

    await jobs.runUntilIdle();
    let queued = await flow.jobsFor(notificationIds);
    expect(queued).toHaveLength(2);
    for (const job of queued) {
      expect(job.attempts).toBe(1);
      expect(job.last_error).toMatch(/ECONNREFUSED/);
      expect(job.due_now).toBe(false); // graphile-worker's backoff: next try e^1 ≈ 2.7 s later
    }
    // Not due yet: running again does nothing.
    await jobs.runUntilIdle();
    expect((await flow.jobsFor(notificationIds)).map((j) => j.attempts)).toEqual([1, 1]);

    // Skip the backoff instead of waiting for it: graphile-worker compares run_at with the
    // database's now(), so make the jobs due. (0.17 keeps jobs in _private_jobs; graphile_worker.jobs
    // is a read-only view.)
    const makeDue = () =>
      app.db.query(`update graphile_worker._private_jobs set run_at = now() where key = any($1::text[])`, [
        notificationIds.map((id) => `email:${id}`),
      ]);
    await makeDue();
    await jobs.runUntilIdle();
    queued = await flow.jobsFor(notificationIds);
    expect(queued.map((j) => j.attempts)).toEqual([2, 2]);
    expect(
      smtp.messages.filter((m) => ids.some((id) => m.text.includes(id)) && m.subject.match(/Svar|Response/)),
    ).toEqual([]);
    expect(
      await app.db.query('select 1 from email_delivery where notification_id = any($1::uuid[])', [notificationIds]),
    ).toEqual([]);

    await smtp.start(); // back, on the same port
    await makeDue();
    await jobs.runUntilIdle();
    expect(mailsTo(STAFF, ids[0]).filter((m) => m.subject.startsWith('Svar'))).toHaveLength(1);
    expect(mailsTo(STAFF_EN, ids[1]).filter((m) => m.subject.startsWith('Response'))).toHaveLength(1);
    expect(await flow.jobsFor(notificationIds)).toEqual([]);
    const deliveries = await app.db.query('select status from email_delivery where notification_id = any($1::uuid[])', [
      notificationIds,
    ]);
    expect(deliveries).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);

    // Nothing more goes out later.
    await jobs.runUntilIdle();
    expect(mailsTo(STAFF, ids[0]).filter((m) => m.subject.startsWith('Svar'))).toHaveLength(1);
  });

  it('sends one e-mail however many times the task runs for a notification', async () => {
    const id = await flow.submit(flow.staff);
    expect((await flow.respond(id)).errors).toBeUndefined();
    const [notificationId] = await flow.notificationsOf(STAFF, id);
    const task = app.running.app.get(SendNotificationEmailTask);

    expect(await task.run(notificationId)).toBe('SENT');
    expect(await task.run(notificationId)).toBe('ALREADY_DELIVERED');
    await jobs.runUntilIdle(); // the queued job itself
    // A job added again for the same event (graphile-worker is at-least-once).
    await app.db.query(
      `select graphile_worker.add_job('send_notification_email', json_build_object('notificationId', $1::uuid), job_key := 'email:' || $1)`,
      [notificationId],
    );
    await jobs.runUntilIdle();

    expect(mailsTo(STAFF, id)).toHaveLength(1);
    expect(await flow.jobsFor([notificationId])).toEqual([]);
  });

  it('records a permanent refusal of the recipient (5xx) and does not retry it', async () => {
    smtp.refuse.add(STAFF_EN);
    try {
      const id = await flow.submit(flow.staffEn);
      expect((await flow.respond(id)).errors).toBeUndefined();
      await jobs.runUntilIdle();
      const [notificationId] = await flow.notificationsOf(STAFF_EN, id);
      const [delivery] = await app.db.query('select status, detail from email_delivery where notification_id = $1', [
        notificationId,
      ]);
      expect(delivery.status).toBe('REJECTED');
      expect(delivery.detail).toMatch(/^550 /);
      expect(await flow.jobsFor([notificationId])).toEqual([]); // done, not rescheduled
      expect(mailsTo(STAFF_EN, id)).toEqual([]);
    } finally {
      smtp.refuse.clear();
    }
  });
});

describe('the worker running in the app, without SMTP_URL: e-mails as .eml files', () => {
  let app: TestApp;
  let flow: Awaited<ReturnType<typeof workflow>>;

  beforeAll(async () => {
    app = await startTestApp({ demo: true, config: { runWorker: true } });
    flow = await workflow(app);
  });
  afterAll(() => app?.stop());

  it('writes each e-mail into the mail folder, soon after the commit', async () => {
    expect(app.config.smtpUrl).toBeUndefined();
    const id = await flow.submit(flow.staff, 'Felles opplæringskalender');
    const [leaderNotification] = await flow.notificationsOf(LEADER, id, 'SUGGESTION_SUBMITTED');
    await waitFor('the leader’s e-mail', () =>
      fs.existsSync(path.join(app.config.mailDir, `${leaderNotification}@idehub.eml`)),
    );

    const latencies: number[] = [];
    const requests: number[] = [];
    for (let i = 0; i < 5; i++) {
      const sid = await flow.submit(flow.staff);
      const committed = Date.now();
      expect((await flow.respond(sid)).errors).toBeUndefined();
      requests.push(Date.now() - committed);
      const [notificationId] = await flow.notificationsOf(STAFF, sid);
      const file = path.join(app.config.mailDir, `${notificationId}@idehub.eml`);
      await waitFor('the .eml file', () => fs.existsSync(file));
      latencies.push(Date.now() - committed);
      const mail = parseMail(fs.readFileSync(file, 'utf8'));
      expect(mail.headers['to']).toBe(`Kari Nordmann <${STAFF}>`);
      expect(mail.subject).toMatch(/^Svar på «Forslag nummer \d+ om medisindispenser»: Under vurdering$/);
      expect(mail.text).toContain(`http://localhost:3000/forslag/${sid}`);
    }
    console.log(
      `[${app.database.kind}] respond request sent → .eml written: median ${median(latencies)} ms, max ${Math.max(...latencies)} ms ` +
        `(the respond request itself: median ${median(requests)} ms)`,
    );
    expect(fs.readdirSync(app.config.mailDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the worker running in the app, with SMTP: time from commit to delivery', () => {
  let smtp: SmtpCapture;
  let app: TestApp;
  let flow: Awaited<ReturnType<typeof workflow>>;

  beforeAll(async () => {
    smtp = await startSmtpCapture(await freePort());
    app = await startTestApp({ demo: true, config: { runWorker: true, smtpUrl: smtp.url } });
    flow = await workflow(app);
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('delivers each response to the submitter once, within moments of the commit', async () => {
    const latencies: number[] = [];
    const requests: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const id = await flow.submit(flow.staff);
      ids.push(id);
      const started = Date.now();
      expect((await flow.respond(id)).errors).toBeUndefined();
      requests.push(Date.now() - started);
      await waitFor('the e-mail', () =>
        smtp.messages.some((m) => m.envelopeTo.includes(STAFF) && m.text.includes(`/forslag/${id}`)),
      );
      latencies.push(Date.now() - started);
    }
    await waitFor('an empty queue', async () => (await flow.counts()).jobs === 0);
    for (const id of ids) {
      expect(
        smtp.messages.filter((m) => m.envelopeTo.includes(STAFF) && m.text.includes(`/forslag/${id}`)),
      ).toHaveLength(1);
    }
    console.log(
      `[${app.database.kind}] respond request sent → SMTP delivered: median ${median(latencies)} ms, max ${Math.max(...latencies)} ms ` +
        `(the respond request itself: median ${median(requests)} ms)`,
    );
  });

  it('stops on shutdown even while the mail server hangs: the send is aborted and the job kept for a retry', async () => {
    const id = await flow.submit(flow.staff);
    await waitFor('the leader’s e-mail', () =>
      smtp.messages.some((m) => m.envelopeTo.includes(LEADER) && m.text.includes(id)),
    );
    smtp.stall = true;
    expect((await flow.respond(id)).errors).toBeUndefined();
    const [notificationId] = await flow.notificationsOf(STAFF, id);
    // The server has the message but never answers, so the send is in flight.
    await waitFor('the message to reach the hung server', () =>
      smtp.stalled.some((m) => m.envelopeTo.includes(STAFF) && m.text.includes(id)),
    );

    const stopping = Date.now();
    await app.running.app.get(JobQueueService).onModuleDestroy();
    const stoppedIn = Date.now() - stopping;
    console.log(`[${app.database.kind}] worker stopped in ${stoppedIn} ms with a send hanging`);
    // graphile-worker waits 5 s for running jobs, then fires helpers.abortSignal; without it the
    // stop would last until nodemailer's 30 s socket timeout.
    expect(stoppedIn).toBeGreaterThanOrEqual(4_500);
    expect(stoppedIn).toBeLessThan(15_000);
    const [job] = await flow.jobsFor([notificationId]);
    expect(job.attempts).toBe(1);
    expect(job.last_error).toMatch(/abort/i);
    expect(await app.db.query('select 1 from email_delivery where notification_id = $1', [notificationId])).toEqual([]);
  }, 60_000);
});

// Embedded mode only: on PostgreSQL another live process may hold a lock, so graphile-worker's
// own 4-hour expiry is left alone there.
describe.skipIf(!!process.env.TEST_DATABASE_URL)('embedded database: a job locked by a process that died', () => {
  it('is released at the next start, and its e-mail goes out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-crash-'));
    const database = { url: undefined, kind: 'pglite' as const, drop: async () => undefined };
    const config = { inMemoryDatabase: false, dataDir: path.join(dir, 'data'), mailDir: path.join(dir, 'mail') };
    try {
      const first = await startTestApp({ demo: true, database, config });
      const flow = await workflow(first);
      const id = await flow.submit(flow.staff);
      const [notificationId] = await flow.notificationsOf(LEADER, id, 'SUGGESTION_SUBMITTED');
      // What a process killed in the middle of the job leaves behind.
      await first.db.query(
        `update graphile_worker._private_jobs set locked_at = now(), locked_by = 'worker-that-died' where key = $1`,
        [`email:${notificationId}`],
      );
      await first.running.app.get(JobQueueService).runUntilIdle();
      const file = path.join(config.mailDir, `${notificationId}@idehub.eml`);
      expect(fs.existsSync(file)).toBe(false); // locked: graphile-worker would wait 4 hours
      await first.stop();

      const second = await startTestApp({ demo: true, database, config: { ...config, runWorker: true } });
      try {
        await waitFor('the e-mail after the restart', () => fs.existsSync(file));
        expect(parseMail(fs.readFileSync(file, 'utf8')).headers['to']).toBe(`Ingrid Berg <${LEADER}>`);
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
