import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';

/** Who did what, when, with the state before and after. Append-only. */
@Entity('audit_entry')
@Index(['municipalityId', 'at'])
// The deadline sweep's events (actor null) for the feedback metrics: partial, covering; kept by the migrations only.
@Index('IDX_audit_entry_sweep_events', { synchronize: false })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** Null for actions of the system itself (the deadline sweep). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity | null;

  /** e.g. "suggestion.respond", "suggestion.assign", "municipality.settings". */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
