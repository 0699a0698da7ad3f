import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per periodic job and period that has run («leader-weekly», «2026-W49»). Inserting the
 * row claims the period: with INSERT … ON CONFLICT DO NOTHING exactly one process wins, and since
 * the claim commits with the job's own writes, a process that dies mid-run leaves the period free.
 */
@Entity('periodic_run')
export class PeriodicRunEntity {
  @PrimaryColumn({ type: 'text' })
  job: string;

  /** The period's own name, e.g. an ISO week «2026-W49» or a month «2026-11». */
  @PrimaryColumn({ type: 'text' })
  period: string;

  @Column({ name: 'ran_at', type: 'timestamptz' })
  ranAt: Date;

  /** What the run did, for the operator (e.g. how many were told). */
  @Column({ type: 'jsonb', nullable: true })
  summary: Record<string, unknown> | null;
}
