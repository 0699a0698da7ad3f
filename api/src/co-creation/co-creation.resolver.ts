import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PersonRefDto, toUnitDto } from '../organisation/dtos/organisation.dto';
import { SuggestionDto, toSuggestionDto } from '../suggestions/dtos/suggestion.dto';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { CoCreationService } from './co-creation.service';
import { SimilarSuggestionsService } from './similar-suggestions.service';
import { CommentDto, PersonProfileDto, SimilarSuggestionDto } from './dtos/co-creation.dto';
import { AddCommentArgs, SimilarSuggestionsArgs } from './dtos/co-creation.inputs';

/** Support, comments, «Bli med», similar suggestions and people's pages; and the Suggestion fields they add. */
@Resolver(() => SuggestionDto)
export class CoCreationResolver {
  constructor(
    private readonly service: CoCreationService,
    private readonly similar: SimilarSuggestionsService,
    private readonly suggestions: SuggestionsService,
  ) {}

  @Mutation(() => SuggestionDto, {
    description: 'Support a suggestion (once per person; again is a no-op). You follow it.',
  })
  async supportSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.support(viewer, id));
  }

  @Mutation(() => SuggestionDto, { description: 'Withdraw your support; a follow you made yourself stays.' })
  async unsupportSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.unsupport(viewer, id));
  }

  @Mutation(() => SuggestionDto, {
    description: '«Bli med»: volunteer to help realise an open suggestion. You follow it.',
  })
  async joinSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.join(viewer, id));
  }

  @Mutation(() => SuggestionDto, { description: 'Stop being a co-creator.' })
  async leaveSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.leave(viewer, id));
  }

  @Mutation(() => CommentDto, { description: 'Comment on a suggestion; its followers are notified.' })
  addComment(@CurrentViewer() viewer: Viewer, @Args() args: AddCommentArgs): Promise<CommentDto> {
    return this.service.addComment(viewer, args.suggestionId, args.body);
  }

  @Query(() => [SimilarSuggestionDto], {
    description: 'Open suggestions of my municipality like this text, most alike first (for the form while typing).',
  })
  async similarSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SimilarSuggestionsArgs,
  ): Promise<SimilarSuggestionDto[]> {
    const matches = await this.similar.similar(viewer, args.text, args.unitId, args.first);
    return matches.map((m) => ({ suggestion: toSuggestionDto(m.suggestion), score: m.score }));
  }

  @Query(() => PersonProfileDto, {
    nullable: true,
    description: 'A colleague’s page; null for people of other municipalities.',
  })
  async person(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonProfileDto | null> {
    const profile = await this.service.profile(viewer, id);
    if (!profile) return null;
    const { person } = profile;
    return {
      id: person.id,
      name: person.name,
      memberships: (person.memberships ?? []).map((m) => ({ role: m.role, unit: m.unit ? toUnitDto(m.unit) : null })),
      submitted: profile.submitted.map(toSuggestionDto),
      supported: profile.supported.map(toSuggestionDto),
      coCreating: profile.coCreating.map(toSuggestionDto),
    };
  }

  // ---- Suggestion fields ----

  @ResolveField(() => Boolean, { description: 'Whether you support it.' })
  supportedByMe(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.service.supportedBy(s.id, viewer.personId);
  }

  @ResolveField(() => Boolean, { description: 'Whether you are one of its co-creators («Bli med»).' })
  joinedByMe(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.service.isCoCreator(s.id, viewer.personId);
  }

  @ResolveField(() => [CommentDto], { description: 'The comment thread, oldest first.' })
  async comments(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<CommentDto[]> {
    const scope = await this.service.scope(viewer);
    if (!scope.canSee(s)) return [];
    return this.service.comments(scope, s);
  }

  @ResolveField(() => [PersonRefDto], {
    description: 'People who volunteered to help realise it, first to join first.',
  })
  async coCreators(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<PersonRefDto[]> {
    const scope = await this.service.scope(viewer);
    if (!scope.canSee(s)) return [];
    return this.service.coCreators(s.id);
  }

  @ResolveField(() => PersonRefDto, {
    nullable: true,
    description:
      'The digital agent who registered it on the submitter’s behalf; null if none, or where the name is hidden from you.',
  })
  async registeredBy(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<PersonRefDto | null> {
    if (!s.registeredById) return null;
    const scope = await this.service.scope(viewer);
    if (!scope.canSee(s) || !scope.canSeeSubmitterName(s)) return null;
    const [person] = await this.suggestions.people([s.registeredById]);
    return person ? { id: person.id, name: person.name } : null;
  }
}
