import { EntityManager } from 'typeorm';

/**
 * Claims `period` of `job` in the caller's transaction: true for exactly one process, ever (false
 * when another run has it, or holds it uncommitted: then this call waits for that transaction and
 * returns false if it committed, true if it rolled back). Write the period's work in the same
 * transaction, so the claim and the work commit together.
 */
export async function claimPeriod(manager: EntityManager, job: string, period: string, at: Date): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `insert into periodic_run (job, period, ran_at) values ($1, $2, $3)
     on conflict (job, period) do nothing returning job`,
    [job, period, at],
  );
  return rows.length === 1;
}

/** Records what a claimed run did (same transaction as the claim). */
export async function recordPeriodSummary(
  manager: EntityManager,
  job: string,
  period: string,
  summary: Record<string, unknown>,
): Promise<void> {
  await manager.query(`update periodic_run set summary = $3::jsonb where job = $1 and period = $2`, [
    job,
    period,
    JSON.stringify(summary),
  ]);
}
