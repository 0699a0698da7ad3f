import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from './suggestion.entity';

export enum FollowReason {
  SUBMITTER = 'SUBMITTER',
  MANUAL = 'MANUAL',
  SUPPORTER = 'SUPPORTER',
  CO_CREATOR = 'CO_CREATOR',
  MERGED = 'MERGED',
}

/** Who gets a suggestion's responses. */
@Entity('follower')
export class FollowerEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @ManyToOne(() => SuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: SuggestionEntity;

  @Index()
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: FollowReason, enumName: 'follow_reason' })
  reason: FollowReason;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
