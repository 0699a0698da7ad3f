import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionStatus } from './suggestion-status.enum';
import { SuccessStoryEntity } from '../stories/success-story.entity';
import { FocusAreaEntity } from '../focus-areas/focus-area.entity';

@Entity('suggestion')
// (municipality_id, submitted_at) with the columns the feedback metrics read, so they are answered from
// the index alone; also the order of the list. Kept by the migrations only (INCLUDE).
@Index('IDX_suggestion_metrics', { synchronize: false })
// Full-text and trigram indexes are expression indexes kept by the migrations only: the list's search
// over every status, and «similar suggestions» over the open ones (partial: not terminal).
@Index('IDX_suggestion_search', { synchronize: false })
@Index('IDX_suggestion_open_search', { synchronize: false })
@Index('IDX_suggestion_open_title_gist', { synchronize: false })
// One adoption of a story per unit (a withdrawn or merged one does not count); kept by the migrations only.
@Index('UQ_suggestion_adoption_per_unit', { synchronize: false })
// The sweep's two questions, answered from small partial indexes instead of every open deadline:
// which deadlines passed unnoticed, and which missed ones are not yet escalated.
@Index('IDX_suggestion_due_unmissed', ['responseDueAt'], {
  where: `"response_due_at" IS NOT NULL AND "deadline_missed_at" IS NULL`,
})
// Deadlines not yet reminded of (DEADLINE_APPROACHING), for the sweep.
@Index('IDX_suggestion_due_unreminded', ['responseDueAt'], {
  where: `"response_due_at" IS NOT NULL AND "reminded_at" IS NULL AND "deadline_missed_at" IS NULL`,
})
@Index('IDX_suggestion_due_unescalated', ['responseDueAt'], {
  where: `"deadline_missed_at" IS NOT NULL AND "escalated_at" IS NULL`,
})
// The inbox: open suggestions of a municipality's units with what its counts, filters and order read, so that
// they come from the index alone (INCLUDE; kept by the migrations only).
@Index('IDX_suggestion_inbox', { synchronize: false })
// The inbox's page in its own order (INBOX_ORDER), for leaders over many units (kept by the migrations only).
@Index('IDX_suggestion_inbox_order', { synchronize: false })
// «Tildelt meg» in the inbox: what is assigned to one person, by due date (few rows have an owner).
@Index('IDX_suggestion_owner_due', ['ownerId', 'responseDueAt'], { where: `"owner_id" IS NOT NULL` })
export class SuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Index()
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** The person credited with the suggestion (who gets the answers). */
  @Index()
  @Column({ name: 'submitter_id', type: 'uuid' })
  submitterId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitter_id' })
  submitter?: PersonEntity;

  /** A digital agent who registered it on the submitter's behalf. */
  @Column({ name: 'registered_by_id', type: 'uuid', nullable: true })
  registeredById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registered_by_id' })
  registeredBy?: PersonEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status', default: SuggestionStatus.SUBMITTED })
  status: SuggestionStatus;

  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ name: 'hide_name', type: 'boolean', default: false })
  hideName: boolean;

  /** Who owes the next answer, when a leader assigned it; otherwise the unit's leaders. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: PersonEntity | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => SuggestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: SuggestionEntity | null;

  @Index()
  @Column({ name: 'focus_area_id', type: 'uuid', nullable: true })
  focusAreaId: string | null;

  /** The focus area (innsatsområde) this suggestion answers. */
  @ManyToOne(() => FocusAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'focus_area_id' })
  focusArea?: FocusAreaEntity | null;

  /** The success story this suggestion adopts («Vi vil prøve dette»). */
  @Index()
  @Column({ name: 'adopted_story_id', type: 'uuid', nullable: true })
  adoptedStoryId: string | null;

  @ManyToOne(() => SuccessStoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adopted_story_id' })
  adoptedStory?: SuccessStoryEntity | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  /**
   * Whether that first answer came after its deadline (its response's wasLate), written with it; null
   * until answered. The feedback metrics read it instead of looking up every suggestion's first response.
   */
  @Column({ name: 'first_response_late', type: 'boolean', nullable: true })
  firstResponseLate: boolean | null;

  /** When the next written answer is due; null once terminal. */
  @Index()
  @Column({ name: 'response_due_at', type: 'timestamptz', nullable: true })
  responseDueAt: Date | null;

  /** Set by the sweep when the current deadline passed (the unit's leaders were told). */
  @Column({ name: 'deadline_missed_at', type: 'timestamptz', nullable: true })
  deadlineMissedAt: Date | null;

  /** Set by the sweep when the current deadline was escalated. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** «Ikke nå»: while PARKED, the instant it comes back to the leaders (07:00 Oslo on the review date, libs parkReviewInstant); else null. */
  @Index('IDX_suggestion_review_on', { where: `"review_on" IS NOT NULL` })
  @Column({ name: 'review_on', type: 'timestamptz', nullable: true })
  reviewOn: Date | null;

  /** Set when whoever owes the answer was reminded of the current deadline (DEADLINE_APPROACHING); reset with a new deadline. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** Optimistic concurrency: bumped on every change, so two leaders cannot both win. */
  @Column({ type: 'int', default: 1 })
  version: number;
}
