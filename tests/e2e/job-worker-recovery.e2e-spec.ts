import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService, processLabel, WORKER_STALE_SECONDS } from '../../api/src/jobs/job-queue.service';
import { startTestApp, TestApp } from '../support/test-app';

const onPostgres = !!process.env.TEST_DATABASE_URL;

/**
 * PostgreSQL only (embedded mode clears every lock at start, being the only process): jobs
 * locked by a worker that died are released at start-up and on the heartbeat, within
 * WORKER_STALE_SECONDS, instead of graphile-worker's 4 hours; live workers keep theirs.
 */
describe.skipIf(!onPostgres)('job workers that die (PostgreSQL)', () => {
  let app: TestApp;
  let jobs: JobQueueService;
  let unitId: string;
  let staff: string;
  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    jobs = app.running.app.get(JobQueueService);
    staff = await app.login('ansatt@drammen.idehub.test');
    const units = await app.gql('{ units { id name } }', {}, staff);
    unitId = units.data.units.find((u: { name: string }) => u.name === 'Hjemmetjenesten').id;
    await jobs.runUntilIdle(); // the demo data's own e-mails
  }, 120_000);
  afterAll(() => app?.stop());

  /** Submits a suggestion; returns the leader's new-suggestion notification (its e-mail is a job). */
  async function newEmailJob(title: string): Promise<string> {
    const res = await app.gql(
      'mutation($u: ID!, $t: String!) { submitSuggestion(input: { unitId: $u, title: $t, description: "En beskrivelse som er lang nok." }) { id } }',
      { u: unitId, t: title },
      staff,
    );
    const [row] = await app.db.query(
      `select n.id from notification n join person p on p.id = n.person_id
        where p.email = 'leder@drammen.idehub.test' and n.suggestion_id = $1`,
      [res.data.submitSuggestion.id],
    );
    return row.id;
  }
  const lock = (notificationId: string, worker: string, secondsAgo: number) =>
    app.db.query(
      `update graphile_worker._private_jobs set locked_by = $2, locked_at = now() - make_interval(secs => $3) where key = $1`,
      [`email:${notificationId}`, worker, secondsAgo],
    );
  const mailFile = (notificationId: string) => path.join(app.config.mailDir, `${notificationId}@idehub.eml`);
  const lockedBy = async (notificationId: string) =>
    (
      await app.db.query('select locked_by from graphile_worker._private_jobs where key = $1', [
        `email:${notificationId}`,
      ])
    )[0]?.locked_by ?? null;

  it('releases the jobs of dead workers and leaves a live worker its jobs; the e-mails then go out once', async () => {
    const [noHeartbeat, staleHeartbeat, alive] = [
      await newEmailJob('Nattevakt med nettbrett'),
      await newEmailJob('Nattevakt med skanner'),
      await newEmailJob('Nattevakt med lommelykt'),
    ];
    // A process killed during a burst: one worker never wrote a heartbeat, one stopped writing.
    await lock(noHeartbeat, 'worker-killed-early', WORKER_STALE_SECONDS + 5);
    await lock(staleHeartbeat, 'worker-killed-later', 1);
    await lock(alive, 'worker-still-running', 1);
    await app.db.query(
      `insert into job_worker (worker_id, process, last_seen_at) values
         ('worker-killed-later', 'gone:1', now() - make_interval(secs => $1)),
         ('worker-still-running', 'elsewhere:2', now())`,
      [WORKER_STALE_SECONDS + 1],
    );
    await jobs.runUntilIdle();
    expect(fs.existsSync(mailFile(noHeartbeat))).toBe(false); // without the release: locked for 4 hours

    const released = await jobs.releaseJobsOfDeadWorkers();
    expect(released.sort()).toEqual(['worker-killed-early', 'worker-killed-later']);
    expect(await lockedBy(noHeartbeat)).toBeNull();
    expect(await lockedBy(staleHeartbeat)).toBeNull();
    expect(await lockedBy(alive)).toBe('worker-still-running');
    const workers = await app.db.query('select worker_id from job_worker order by worker_id');
    expect(workers.map((w: { worker_id: string }) => w.worker_id)).toEqual(['worker-still-running']);

    await jobs.runUntilIdle();
    expect(fs.existsSync(mailFile(noHeartbeat))).toBe(true);
    expect(fs.existsSync(mailFile(staleHeartbeat))).toBe(true);
    expect(fs.existsSync(mailFile(alive))).toBe(false);
    // Exactly once: one delivery row each, and a second pass sends nothing again.
    const before = fs.readdirSync(app.config.mailDir).length;
    await jobs.runUntilIdle();
    expect(fs.readdirSync(app.config.mailDir).length).toBe(before);
    const deliveries = await app.db.query(
      'select count(*)::int as n from email_delivery where notification_id = any($1::uuid[])',
      [[noHeartbeat, staleHeartbeat]],
    );
    expect(deliveries[0].n).toBe(2);
  }, 60_000);

  it('does not touch a job whose dead-looking worker is this process', async () => {
    const id = await newEmailJob('Nattevakt med ny rutine');
    await lock(id, 'worker-mine', WORKER_STALE_SECONDS + 5);
    (jobs as unknown as { liveWorkers: Set<string> }).liveWorkers.add('worker-mine');
    try {
      expect(await jobs.releaseJobsOfDeadWorkers()).toEqual([]);
      expect(await lockedBy(id)).toBe('worker-mine');
    } finally {
      (jobs as unknown as { liveWorkers: Set<string> }).liveWorkers.delete('worker-mine');
    }
  });

  it('releases at once the jobs of a worker whose process on this machine is gone (restart after kill -9), not of one alive', async () => {
    const [gone, alive] = [
      await newEmailJob('Nattevakt med ny nøkkelboks'),
      await newEmailJob('Nattevakt med ny tavle'),
    ];
    // A process that has exited (and was reaped): its pid no longer exists.
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    await lock(gone, 'worker-of-killed-process', 1);
    await lock(alive, 'worker-of-parent-process', 1);
    // Both heartbeats are fresh: only the process table tells them apart.
    await app.db.query(
      `insert into job_worker (worker_id, process, last_seen_at) values ('worker-of-killed-process', $1, now()),
         ('worker-of-parent-process', $2, now())`,
      [processLabel(exited), processLabel(process.ppid)],
    );
    try {
      const released = await jobs.releaseJobsOfDeadWorkers();
      expect(released).toContain('worker-of-killed-process');
      expect(released).not.toContain('worker-of-parent-process');
      expect(await lockedBy(gone)).toBeNull();
      expect(await lockedBy(alive)).toBe('worker-of-parent-process');
    } finally {
      await app.db.query(`delete from job_worker where worker_id = 'worker-of-parent-process'`);
      await app.db.query(`update graphile_worker._private_jobs set locked_by = null, locked_at = null where key = $1`, [
        `email:${alive}`,
      ]);
    }
  });
});
