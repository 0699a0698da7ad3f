import { EventEmitter } from 'node:events';
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  Logger as WorkerLogger,
  run,
  runOnce,
  type LogLevel,
  type Runner,
  type RunnerOptions,
  type TaskList,
  type WorkerEvents,
  type WorkerPool,
} from 'graphile-worker';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import type { AppRuntime } from '../app.module';
import { APP_RUNTIME, LOGGER } from '../common/runtime-tokens';
import { SEND_EMAIL_TASK } from '../notifications/notifications.service';
import { SendNotificationEmailTask } from './send-notification-email.task';
import { PASSWORD_LINK_TASK } from '../password-links/password-links.service';
import { SendPasswordLinkEmailTask } from '../password-links/send-password-link-email.task';

/** How often the embedded worker looks for due jobs (PGlite delivers no LISTEN/NOTIFY to the worker). */
const EMBEDDED_POLL_MS = 250;
/** Jobs at once on PostgreSQL: e-mail is I/O-bound and the SMTP server sets the pace. */
const CONCURRENCY = 2;
/** How often a PostgreSQL worker process says it is alive (job_worker.last_seen_at). */
export const HEARTBEAT_MS = 5_000;
/** A worker not heard from for this long is dead: its jobs are unlocked for others to run. */
export const WORKER_STALE_SECONDS = 30;

/**
 * This process as recorded in job_worker.process: «host:pid», plus the PID namespace on Linux
 * («host:pid pid:[4026531836]»). Only a process with the same host AND namespace can tell
 * from the process table that another one is gone.
 */
export function processLabel(pid = process.pid): string {
  let ns = '';
  try {
    ns = readlinkSync('/proc/self/ns/pid');
  } catch {
    // not Linux: no namespace, so no process-table check
  }
  return `${hostname()}:${pid}${ns ? ` ${ns}` : ''}`;
}

/** Whether the label names a process on this machine (same PID namespace) that no longer exists. */
export function processIsGone(label: string, mine = processLabel()): boolean {
  const other = /^(.*):(\d+) (pid:\[\d+\])$/.exec(label);
  const self = /^(.*):(\d+) (pid:\[\d+\])$/.exec(mine);
  if (!other || !self || other[1] !== self[1] || other[3] !== self[3]) return false;
  const pid = Number(other[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false; // it exists (a zombie or a reused pid counts as alive: then the heartbeat rule applies)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * graphile-worker, the job queue behind the transactional outbox: jobs are added with SQL in the
 * transaction that creates their notification (NotificationsService), and run here.
 * Retries with exponential backoff and the attempt limit (25, `add_job`'s default) are
 * graphile-worker's.
 *
 * - PostgreSQL: `run()`, woken by LISTEN/NOTIFY about a millisecond after the commit.
 * - Embedded PGlite: `runOnce()` every 250 ms on a pool of ONE connection, without prepared
 *   statements. pglite-socket shares one session between connections and mixes up queries when
 *   several wait behind a transaction, and NOTIFY never reaches a listener (see STACK.md).
 *
 * The worker starts only when config.runWorker; `runUntilIdle()` lets tests and scripts
 * process every due job deterministically either way.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private pool?: Pool;
  private runner?: Runner;
  private pollTimer?: NodeJS.Timeout;
  private stopping = false;
  /** runOnce calls in this process never overlap: each waits for the one before. */
  private tail: Promise<void> = Promise.resolve();
  /** The runOnce worker pools in flight, so shutdown can ask them to stop (and abort their jobs). */
  private readonly oncePools = new Set<WorkerPool>();
  private readonly events: WorkerEvents = new EventEmitter();
  private readonly workerLogger: WorkerLogger;
  private readonly taskList: TaskList;
  private heartbeatTimer?: NodeJS.Timeout;
  /** The ids of graphile-worker's worker pools in this process (random; learned from its events): they lock the jobs. */
  private readonly liveWorkers = new Set<string>();

  constructor(
    @Inject(APP_RUNTIME) private readonly runtime: AppRuntime,
    @Inject(LOGGER) private readonly logger: Logger,
    sendEmail: SendNotificationEmailTask,
    sendPasswordLink: SendPasswordLinkEmailTask,
  ) {
    this.taskList = {
      [SEND_EMAIL_TASK]: async (payload, helpers) => {
        const { notificationId } = (payload ?? {}) as { notificationId?: unknown };
        if (typeof notificationId !== 'string') {
          this.logger.error({ payload }, `${SEND_EMAIL_TASK} job without a notificationId; dropped`);
          return;
        }
        const outcome = await sendEmail.run(notificationId, helpers.abortSignal);
        helpers.logger.debug(`e-mail for notification ${notificationId}: ${outcome}`);
      },
      [PASSWORD_LINK_TASK]: async (payload, helpers) => {
        const { linkId } = (payload ?? {}) as { linkId?: unknown };
        if (typeof linkId !== 'string') {
          this.logger.error({ payload }, `${PASSWORD_LINK_TASK} job without a linkId; dropped`);
          return;
        }
        const outcome = await sendPasswordLink.run(linkId, helpers.abortSignal);
        helpers.logger.debug(`password link e-mail ${linkId}: ${outcome}`);
      },
    };
    this.workerLogger = new WorkerLogger((scope) => (level: LogLevel, message: string) => {
      // graphile-worker's "info" is chatty for a poller that starts a worker pool 4 times a second.
      const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
      this.logger[method]({ component: 'graphile-worker', jobId: scope.jobId, task: scope.taskIdentifier }, message);
    });
    // graphile-worker 0.17 locks jobs (locked_by) with the id of the worker POOL, not of its
    // workers: the pool's id is what the heartbeat must record.
    this.events.on('pool:create', ({ workerPool }) => {
      this.oncePools.add(workerPool);
      if (!this.runtime.embedded && workerPool.id.startsWith('pool-')) this.liveWorkers.add(workerPool.id);
    });
    this.events.on('pool:release', ({ workerPool }) => {
      this.oncePools.delete(workerPool);
      this.liveWorkers.delete(workerPool.id);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runtime.config.runWorker) return;
    if (this.runtime.embedded) {
      await this.clearLocksLeftByACrash();
      this.schedulePoll();
      this.logger.info({ pollMs: EMBEDDED_POLL_MS }, 'job worker started (embedded database, polling)');
    } else {
      // Jobs of workers that died (kill -9, a lost machine) are released now, not in 4 hours.
      await this.releaseJobsOfDeadWorkers();
      this.runner = await run({
        ...this.options(),
        events: this.events,
        concurrency: CONCURRENCY,
        parsedCronItems: [],
      });
      await this.heartbeat();
      this.heartbeatTimer = setInterval(() => {
        this.heartbeat().catch((error) => this.logger.warn({ err: error }, 'job worker heartbeat failed'));
      }, HEARTBEAT_MS);
      this.heartbeatTimer.unref();
      this.logger.info({ concurrency: CONCURRENCY, heartbeatMs: HEARTBEAT_MS }, 'job worker started');
    }
  }

  /**
   * Runs every job that is due now, once, and resolves when none is left (a failed job is
   * rescheduled by graphile-worker with backoff, so it is not due again at once).
   */
  runUntilIdle(): Promise<void> {
    const next = this.tail.then(() =>
      this.stopping ? undefined : runOnce({ ...this.options(), events: this.events }),
    );
    this.tail = next.catch(() => undefined);
    return next;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.pollTimer);
    clearInterval(this.heartbeatTimer);
    // Graceful: running jobs finish; after graphile-worker's gracefulShutdownAbortTimeout (5 s)
    // their helpers.abortSignal fires and an unfinished send is abandoned, to be retried later.
    const runner = this.runner;
    this.runner = undefined;
    const ids = [...this.liveWorkers]; // before the stop: the pool's release event forgets its id
    await runner?.stop();
    if (ids.length || runner) {
      this.liveWorkers.clear();
      await this.getPool()
        .query('delete from job_worker where worker_id = any($1::text[])', [ids])
        .catch(() => undefined);
    }
    await Promise.all([...this.oncePools].map((p) => p.gracefulShutdown('Idéhub is shutting down')));
    await this.tail;
    await this.pool?.end();
    this.pool = undefined;
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.runUntilIdle()
        .catch((error) => this.logger.error({ err: error }, 'job worker poll failed'))
        .finally(() => {
          if (!this.stopping) this.schedulePoll();
        });
    }, EMBEDDED_POLL_MS);
  }

  /** Records that this process's workers are alive, then releases the jobs of workers that are not. */
  async heartbeat(): Promise<void> {
    const ids = [...this.liveWorkers];
    if (ids.length) {
      await this.getPool().query(
        `insert into job_worker (worker_id, process, last_seen_at)
           select id, $2, now() from unnest($1::text[]) as id
         on conflict (worker_id) do update set last_seen_at = now()`,
        [ids, processLabel()],
      );
    }
    await this.releaseJobsOfDeadWorkers();
  }

  /**
   * Unlocks (graphile-worker's force_unlock_workers) the jobs of workers whose heartbeat stopped
   * more than WORKER_STALE_SECONDS ago, of workers that never had one (a process that died
   * before its first heartbeat, or an older version) once their lock is that old, and — at
   * once — of workers whose process on this machine no longer exists (a restart after kill -9).
   */
  async releaseJobsOfDeadWorkers(): Promise<string[]> {
    const { rows } = await this.getPool().query<{ worker_id: string }>(
      `select worker_id from job_worker where last_seen_at < now() - make_interval(secs => $1)
       union
       select distinct j.locked_by from graphile_worker._private_jobs j
        where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1)
          and not exists (select 1 from job_worker w where w.worker_id = j.locked_by)`,
      [WORKER_STALE_SECONDS],
    );
    const recent = await this.getPool().query<{ worker_id: string; process: string }>(
      `select worker_id, process from job_worker where last_seen_at >= now() - make_interval(secs => $1)`,
      [WORKER_STALE_SECONDS],
    );
    const mine = processLabel();
    for (const r of recent.rows) if (processIsGone(r.process, mine)) rows.push({ worker_id: r.worker_id });
    const dead = rows.map((r) => r.worker_id).filter((id) => !this.liveWorkers.has(id));
    if (!dead.length) return [];
    await this.getPool().query('select graphile_worker.force_unlock_workers($1::text[])', [dead]);
    await this.getPool().query('delete from job_worker where worker_id = any($1::text[])', [dead]);
    this.logger.warn({ workers: dead }, 'released jobs of job workers that stopped without finishing');
    return dead;
  }

  /** Embedded only: this process owns the data folder, so any lock is from a process that died. */
  private async clearLocksLeftByACrash(): Promise<void> {
    const client = await this.getPool().connect();
    try {
      const jobs = await client.query(
        'update graphile_worker._private_jobs set locked_at = null, locked_by = null where locked_at is not null',
      );
      await client.query(
        'update graphile_worker._private_job_queues set locked_at = null, locked_by = null where locked_at is not null',
      );
      if (jobs.rowCount) this.logger.warn({ jobs: jobs.rowCount }, 'released jobs locked by a process that stopped');
    } finally {
      client.release();
    }
  }

  private options(): RunnerOptions {
    const embedded = this.runtime.embedded;
    return {
      pgPool: this.getPool(),
      taskList: this.taskList,
      noHandleSignals: true, // the app's shutdown stops the worker (onModuleDestroy)
      noPreparedStatements: embedded,
      concurrency: 1,
      logger: this.workerLogger,
      // Without batching, graphile-worker 0.17 records a job's success or failure without waiting
      // for the write: a stop (or runOnce) could return first and leave the job locked for 4 hours.
      // Batchers, even with no delay, are flushed before the worker pool terminates.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    };
  }

  private getPool(): Pool {
    if (!this.pool) {
      // run() holds one connection for LISTEN plus one per job being fetched or completed.
      this.pool = new Pool({
        connectionString: this.runtime.databaseUrl,
        max: this.runtime.embedded ? 1 : CONCURRENCY + 2,
      });
      // An idle connection that breaks (database restart) must not crash the process.
      const lost = (error: Error) => this.logger.warn({ err: error }, 'job queue database connection lost');
      this.pool.on('error', lost);
      this.pool.on('connect', (client) => client.on('error', lost));
    }
    return this.pool;
  }
}
