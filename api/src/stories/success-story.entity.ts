import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../organisation/person.entity';
import { StoryStatus } from './story-status.enum';

/**
 * The text the Norwegian full-text search of stories runs over (alias `st`). The expression
 * index IDX_success_story_search (kept by the migrations) is on exactly this expression.
 */
export const STORY_SEARCH_DOCUMENT =
  `st.title || ' ' || st.summary || ' ' || coalesce(st.problem, '') || ' ' || coalesce(st.solution, '')` +
  ` || ' ' || coalesce(st.lessons, '')`;

/** A success story (recommendation 13): what was done, what it gained, so others can adopt it. */
@Entity('success_story')
@Index(['status', 'publishedAt'])
@Index(['municipalityId', 'status'])
@Index('IDX_success_story_search', { synchronize: false })
@Check('CHK_success_story_published_at', `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)`)
export class SuccessStoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Index()
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  /** Whom others ask about it; the author unless someone else was named. */
  @Column({ name: 'contact_person_id', type: 'uuid' })
  contactPersonId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_person_id' })
  contactPerson?: PersonEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  problem: string | null;

  /** What was done. */
  @Column({ type: 'text', nullable: true })
  solution: string | null;

  /** e.g. «Medisindispenser», «Fallsensor», «Digital hjemmeoppfølging». */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technology: string[];

  @Column({ type: 'text', nullable: true })
  lessons: string | null;

  @Column({ name: 'training_tips', type: 'text', nullable: true })
  trainingTips: string | null;

  @Column({ type: 'enum', enum: StoryStatus, enumName: 'story_status', default: StoryStatus.DRAFT })
  status: StoryStatus;

  /** Optimistic concurrency for edits of a draft. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
