import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { hashToken } from '../../api/src/auth/auth.service';
import { scrubText } from '../../api/src/logging/logger';
import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { CapturedMail, SmtpCapture, startSmtpCapture } from '../support/smtp-capture';

const ADD_PERSON = 'mutation($i: AddPersonInput!) { addPerson(input: $i) { id } }';
const SEND = 'mutation($id: ID!) { sendPasswordLink(personId: $id) }';
const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const SET =
  'mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { token person { id email } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivatePerson(id: $id) { id } }';
const REACTIVATE = 'mutation($id: ID!) { reactivatePerson(id: $id) { id } }';
const NEW_PASSWORD = 'et langt nytt passord';

/**
 * Links to choose a password, through the real app, the real job queue and a real SMTP server
 * (smtp-server on loopback). Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
describe('password links: «Send invitasjon», «Glemt passord?», /velg-passord', () => {
  let app: TestApp;
  let smtp: SmtpCapture;
  let jobs: JobQueueService;
  let admin: string;
  let kAdmin: string;
  let staff: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({ demo: true, config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no' } });
    jobs = app.running.app.get(JobQueueService);
    admin = await app.login('admin@drammen.idehub.test');
    kAdmin = await app.login('admin@kongsberg.idehub.test');
    staff = await app.login('ansatt@drammen.idehub.test');
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  const mailsTo = (address: string): CapturedMail[] => smtp.messages.filter((m) => m.envelopeTo.includes(address));
  const tokenIn = (mail: CapturedMail): string => {
    const match = /https:\/\/idehub\.example\.no\/velg-passord\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(match, mail.text).not.toBeNull();
    return match![1];
  };
  const addPerson = async (email: string): Promise<string> => {
    const res = await app.gql(ADD_PERSON, { i: { name: 'Nora Ny', email, memberships: [] } }, admin);
    expect(res.errors).toBeUndefined();
    return res.data.addPerson.id;
  };
  const loginWorks = async (email: string, password: string) =>
    (
      await app.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: email,
        p: password,
      })
    ).errors === undefined;

  it('an admin invites a new person: one e-mail through SMTP, the link works once and signs in', async () => {
    const email = 'nora.ny@drammen.idehub.test';
    const id = await addPerson(email);
    expect(await loginWorks(email, NEW_PASSWORD)).toBe(false);
    const sent = await app.gql(SEND, { id }, admin);
    expect(sent.errors).toBeUndefined();
    expect(new Date(sent.data.sendPasswordLink).getTime() - app.clock.now().getTime()).toBe(72 * 3600_000);
    expect(mailsTo(email)).toHaveLength(0); // only after the commit, by the job
    await jobs.runUntilIdle();
    await jobs.runUntilIdle(); // a second run sends nothing more
    const mails = mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/invitert til Idéhub/);
    const token = tokenIn(mails[0]);
    // Only the hash is stored, nowhere the token itself.
    const [row] = await app.db.query('select token_hash from password_link where person_id = $1', [id]);
    expect(row.token_hash).toBe(hashToken(token));
    const dump = JSON.stringify(await app.db.query('select * from password_link'));
    const jobsDump = JSON.stringify(await app.db.query('select payload from graphile_worker._private_jobs'));
    expect(dump + jobsDump).not.toContain(token);
    // The log scrubs the token from a URL.
    expect(scrubText(`GET /velg-passord?token=${token}`)).not.toContain(token);

    const res = await app
      .http()
      .post('/graphql')
      .send({ query: SET, variables: { t: token, p: NEW_PASSWORD } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.setPasswordWithToken.person.email).toBe(email);
    expect(String(res.headers['set-cookie'])).toMatch(/idehub_session=[^;]+;.*HttpOnly/i);
    const me = await app.gql('{ me { email } }', {}, res.body.data.setPasswordWithToken.token);
    expect(me.data.me.email).toBe(email);
    expect(await loginWorks(email, NEW_PASSWORD)).toBe(true);
    // Single use.
    const again = await app.gql(SET, { t: token, p: 'enda et nytt passord' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions!.fields![0].field).toBe('token');
    expect(await loginWorks(email, NEW_PASSWORD)).toBe(true);
    const audit = await app.db.query(
      `select action, actor_id from audit_entry where entity_id = $1 and action like 'person.password%' order by at`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['person.password_invite', 'person.password_set']);
  });

  it('refuses weak passwords and the e-mail as password, and writes nothing', async () => {
    const email = 'svak@drammen.idehub.test';
    const id = await addPerson(email);
    await app.gql(SEND, { id }, admin);
    await jobs.runUntilIdle();
    const token = tokenIn(mailsTo(email)[0]);
    const short = await app.gql(SET, { t: token, p: 'kort' });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.fields).toEqual([
      { field: 'password', message: 'must be at least 12 characters' },
    ]);
    const same = await app.gql(SET, { t: token, p: email.toUpperCase() });
    expect(same.errors![0].extensions!.fields![0]).toMatchObject({ field: 'password' });
    const [row] = await app.db.query('select used_at from password_link where person_id = $1', [id]);
    expect(row.used_at).toBeNull();
    expect((await app.gql(SET, { t: token, p: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('a newer link invalidates the older one; links expire after 72 hours', async () => {
    const email = 'to.lenker@drammen.idehub.test';
    const id = await addPerson(email);
    await app.gql(SEND, { id }, admin);
    await jobs.runUntilIdle();
    const first = tokenIn(mailsTo(email)[0]);
    await app.gql(SEND, { id }, admin);
    await jobs.runUntilIdle();
    expect(mailsTo(email)).toHaveLength(2);
    const second = tokenIn(mailsTo(email)[1]);
    expect(codeOf(await app.gql(SET, { t: first, p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    app.clock.advance(72 * 3600_000 + 1000);
    try {
      expect(codeOf(await app.gql(SET, { t: second, p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    } finally {
      app.clock.advance(-(72 * 3600_000 + 1000));
    }
    expect(await loginWorks(email, NEW_PASSWORD)).toBe(false);
  });

  it('deactivation kills the link, refuses new links, and reactivation does not revive the old one', async () => {
    const email = 'slutter@drammen.idehub.test';
    const id = await addPerson(email);
    await app.gql(SEND, { id }, admin);
    await jobs.runUntilIdle();
    const token = tokenIn(mailsTo(email)[0]);
    expect((await app.gql(DEACTIVATE, { id }, admin)).errors).toBeUndefined();
    expect(codeOf(await app.gql(SET, { t: token, p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SEND, { id }, admin))).toBe('BAD_USER_INPUT');
    expect(await app.gql(RESET, { e: email })).toEqual({ data: { requestPasswordReset: true } });
    await jobs.runUntilIdle();
    expect(mailsTo(email)).toHaveLength(1);
    expect((await app.gql(REACTIVATE, { id }, admin)).errors).toBeUndefined();
    expect(codeOf(await app.gql(SET, { t: token, p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
  });

  it('survives a mail server outage: retried with backoff, sent once, and only the link sent works', async () => {
    const email = 'utenfor.nett@drammen.idehub.test';
    const id = await addPerson(email);
    await smtp.stop();
    try {
      await app.gql(SEND, { id }, admin);
      await jobs.runUntilIdle();
      const [job] = await app.db.query(
        `select attempts, last_error from graphile_worker._private_jobs where key like 'password-link:%'`,
      );
      expect(job.attempts).toBe(1);
      expect(job.last_error).toMatch(/ECONNREFUSED/);
      const [before] = await app.db.query('select token_hash, sent_at from password_link where person_id = $1', [id]);
      expect(before.sent_at).toBeNull();
      expect(before.token_hash).not.toBeNull(); // the token of the send that failed, never delivered
    } finally {
      await smtp.start();
    }
    // Skip the backoff: graphile-worker compares run_at with the database's now().
    await app.db.query(`update graphile_worker._private_jobs set run_at = now() where key like 'password-link:%'`);
    await jobs.runUntilIdle();
    await jobs.runUntilIdle();
    expect(mailsTo(email)).toHaveLength(1);
    expect(await app.db.query(`select 1 from graphile_worker._private_jobs where key like 'password-link:%'`)).toEqual(
      [],
    );
    expect((await app.gql(SET, { t: tokenIn(mailsTo(email)[0]), p: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('a link queued before deactivation is never sent', async () => {
    const email = 'rask.slutt@drammen.idehub.test';
    const id = await addPerson(email);
    await app.gql(SEND, { id }, admin);
    await app.gql(DEACTIVATE, { id }, admin);
    await jobs.runUntilIdle();
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('«Glemt passord?»: same answer for known and unknown e-mail; the known one gets a working link', async () => {
    const known = await app.gql(RESET, { e: 'Ansatt2@drammen.idehub.test' });
    const unknown = await app.gql(RESET, { e: 'finnes.ikke@drammen.idehub.test' });
    expect(known).toEqual(unknown);
    expect(known).toEqual({ data: { requestPasswordReset: true } });
    await jobs.runUntilIdle();
    expect(mailsTo('finnes.ikke@drammen.idehub.test')).toHaveLength(0);
    const mails = mailsTo('ansatt2@drammen.idehub.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/nytt passord/);
    // The old password keeps working until the link is used.
    expect(await loginWorks('ansatt2@drammen.idehub.test', DEMO_PASSWORD)).toBe(true);
    const before = await app.login('ansatt2@drammen.idehub.test');
    expect((await app.gql(SET, { t: tokenIn(mails[0]), p: NEW_PASSWORD })).errors).toBeUndefined();
    expect(await loginWorks('ansatt2@drammen.idehub.test', DEMO_PASSWORD)).toBe(false);
    // Sessions from before the reset are ended.
    expect(codeOf(await app.gql('{ me { id } }', {}, before))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(RESET, { e: 'ikke en adresse' }))).toBe('BAD_USER_INPUT');
  });

  it('«Glemt passord?» is rate limited per e-mail and address', async () => {
    const results = [];
    for (let i = 0; i < 7; i++)
      results.push(
        await app
          .http()
          .post('/graphql')
          .send({ query: RESET, variables: { e: 'leder@drammen.idehub.test' } }),
      );
    expect(results.slice(0, 5).every((r) => r.body.data?.requestPasswordReset === true)).toBe(true);
    expect(codeOf(results[6].body)).toBe('RATE_LIMITED');
    // The limit on asking for links does not lock the person out of signing in.
    expect(await loginWorks('leder@drammen.idehub.test', DEMO_PASSWORD)).toBe(true);
    await jobs.runUntilIdle();
  });

  it('local passwords switched off: the admin cannot send, reset sends nothing, a link is refused', async () => {
    const email = 'uten.passord@kongsberg.idehub.test';
    const [{ id: kongsberg }] = await app.db.query(
      `select municipality_id as id from person where email = 'admin@kongsberg.idehub.test'`,
    );
    const added = await app.gql(ADD_PERSON, { i: { name: 'Kari K', email, memberships: [] } }, kAdmin);
    const id = added.data.addPerson.id;
    await app.gql(SEND, { id }, kAdmin);
    await jobs.runUntilIdle();
    const token = tokenIn(mailsTo(email)[0]);
    await app.db.query(
      `insert into sso_settings (municipality_id, issuer, client_id, local_login_enabled, updated_at)
       values ($1, 'https://login.example.test', 'idehub', false, now())`,
      [kongsberg],
    );
    try {
      const sent = await app.gql(SEND, { id }, kAdmin);
      expect(codeOf(sent)).toBe('FORBIDDEN');
      expect(sent.errors![0].message).toMatch(/work account/);
      const set = await app.gql(SET, { t: token, p: NEW_PASSWORD });
      expect(codeOf(set)).toBe('FORBIDDEN');
      expect(set.errors![0].message).toMatch(/Logg inn med kommunens konto/);
      expect(await app.gql(RESET, { e: email })).toEqual({ data: { requestPasswordReset: true } });
      await jobs.runUntilIdle();
      expect(mailsTo(email)).toHaveLength(1);
    } finally {
      await app.db.query('delete from sso_settings where municipality_id = $1', [kongsberg]);
    }
  });

  it('only admins send links, only to their own municipality (NOT_FOUND otherwise)', async () => {
    const id = await addPerson('beskyttet@drammen.idehub.test');
    expect(codeOf(await app.gql(SEND, { id }, staff))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SEND, { id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(SEND, { id }, kAdmin))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SEND, { id: 'ikke-en-id' }, admin))).toBe('NOT_FOUND');
    await jobs.runUntilIdle();
    expect(mailsTo('beskyttet@drammen.idehub.test')).toHaveLength(0);
  });
});
