import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A graphile-worker worker that is alive: its process writes last_seen_at every few seconds.
 * graphile-worker 0.17 has no heartbeat of its own (a crashed worker's jobs stay locked for 4
 * hours); it offers force_unlock_workers(ids), which JobQueueService calls for workers whose
 * heartbeat stopped.
 */
@Entity('job_worker')
export class JobWorkerEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'text' })
  workerId: string;

  /** Host and process id, for people reading the table. */
  @Column({ type: 'text' })
  process: string;

  @Index()
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;
}
