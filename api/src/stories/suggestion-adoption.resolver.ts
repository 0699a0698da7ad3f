import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { SuggestionDto } from '../suggestions/dtos/suggestion.dto';
import { StoriesService } from './stories.service';
import { SuccessStoryRefDto } from './dtos/success-story.dto';

/** Suggestion.adoptedFrom: the success story a suggestion adopts. Kept with the stories feature. */
@Resolver(() => SuggestionDto)
export class SuggestionAdoptionResolver {
  constructor(private readonly stories: StoriesService) {}

  @ResolveField(() => SuccessStoryRefDto, { nullable: true, description: 'The success story this suggestion adopts.' })
  async adoptedFrom(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<SuccessStoryRefDto | null> {
    if (!s.adoptedStoryId) return null;
    const story = await this.stories.get(viewer, s.adoptedStoryId);
    return story && { id: story.id, title: story.title };
  }
}
