import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { SuggestionEntity } from './suggestion.entity';

/** «Fikk du et svar du kan bruke?» — given once by the submitter when the suggestion is terminal. */
@Entity('answer_rating')
export class AnswerRatingEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @OneToOne(() => SuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: SuggestionEntity;

  @Column({ type: 'boolean' })
  useful: boolean;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz' })
  ratedAt: Date;
}
