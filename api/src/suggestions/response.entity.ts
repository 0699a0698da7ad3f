import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionStatus } from './suggestion-status.enum';

export enum ResponseKind {
  /** A leader's written answer, with or without a status change. */
  RESPONSE = 'RESPONSE',
  /** The submitter withdrew the suggestion. */
  WITHDRAWAL = 'WITHDRAWAL',
  /** A leader merged the suggestion into another. */
  MERGE = 'MERGE',
}

/** A written answer on a suggestion. Append-only: never updated, never deleted. */
@Entity('response')
@Index(['suggestionId', 'createdAt'])
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @ManyToOne(() => SuggestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: SuggestionEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ type: 'enum', enum: ResponseKind, enumName: 'response_kind', default: ResponseKind.RESPONSE })
  kind: ResponseKind;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'from_status', type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status' })
  fromStatus: SuggestionStatus;

  @Column({ name: 'to_status', type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status' })
  toStatus: SuggestionStatus;

  /** Whether this answer came after the deadline it was owed by. */
  @Column({ name: 'was_late', type: 'boolean', default: false })
  wasLate: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** «Ikke nå»: the date this answer parked the suggestion until, or moved it to (null for any other answer). */
  @Column({ name: 'review_on', type: 'timestamptz', nullable: true })
  reviewOn: Date | null;
}
