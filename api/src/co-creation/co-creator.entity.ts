import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from '../suggestions/suggestion.entity';

/** «Bli med»: a person who volunteered to help realise a suggestion (at most once per person). */
@Entity('co_creator')
export class CoCreatorEntity {
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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
