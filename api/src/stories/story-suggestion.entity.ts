import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuccessStoryEntity } from './success-story.entity';

/** An implemented suggestion a story grew from. */
@Entity('story_suggestion')
export class StorySuggestionEntity {
  @PrimaryColumn({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @ManyToOne(() => SuccessStoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: SuccessStoryEntity;

  @Index()
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @ManyToOne(() => SuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: SuggestionEntity;
}
