import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PersonRefDto, toUnitDto, UnitDto } from '../organisation/dtos/organisation.dto';
import { SuggestionDto, toSuggestionDto } from '../suggestions/dtos/suggestion.dto';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { FocusAreasService } from './focus-areas.service';
import { FocusAreaDto, toFocusAreaDto } from './dtos/focus-area.dto';
import { CreateFocusAreaInput } from './dtos/focus-area.inputs';
import { focusAreaEndsAt } from './focus-area.rules';

@Resolver(() => FocusAreaDto)
export class FocusAreasResolver {
  constructor(
    private readonly service: FocusAreasService,
    private readonly suggestionsService: SuggestionsService,
  ) {}

  @Query(() => [FocusAreaDto], {
    description: 'My municipality’s focus areas: open ones first (closing soonest), then upcoming, then ended.',
  })
  async focusAreas(
    @CurrentViewer() viewer: Viewer,
    @Args('activeOnly', { type: () => Boolean, nullable: true, defaultValue: false }) activeOnly: boolean,
  ): Promise<FocusAreaDto[]> {
    return (await this.service.list(viewer, activeOnly)).map(toFocusAreaDto);
  }

  @Query(() => FocusAreaDto, {
    nullable: true,
    description: 'Null when it does not exist or is another municipality’s.',
  })
  async focusArea(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FocusAreaDto | null> {
    const area = await this.service.get(viewer, id);
    return area && toFocusAreaDto(area);
  }

  @Mutation(() => FocusAreaDto, {
    description:
      'Publish a focus area: leaders for a unit they lead (or below), admins for any unit or the whole municipality.',
  })
  async createFocusArea(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateFocusAreaInput,
  ): Promise<FocusAreaDto> {
    return toFocusAreaDto(await this.service.create(viewer, input));
  }

  @Mutation(() => FocusAreaDto, { description: 'Close a focus area now; it takes no more suggestions.' })
  async closeFocusArea(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FocusAreaDto> {
    return toFocusAreaDto(await this.service.close(viewer, id));
  }

  // ---- fields ----

  @ResolveField(() => UnitDto, {
    nullable: true,
    description: 'The unit it is put to (with those below); null for the whole municipality.',
  })
  async unit(@Parent() a: FocusAreaDto, @CurrentViewer() viewer: Viewer): Promise<UnitDto | null> {
    if (!a.unitId) return null;
    const unit = (await this.service.scope(viewer)).tree.get(a.unitId);
    return unit ? toUnitDto(unit) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether it takes suggestions now.' })
  isOpen(@Parent() a: FocusAreaDto): boolean {
    return this.service.isOpen(a);
  }

  @ResolveField(() => Date, { description: 'When it stopped (or will stop) taking suggestions.' })
  endsAt(@Parent() a: FocusAreaDto): Date {
    return focusAreaEndsAt(a);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may close it.' })
  async canClose(@Parent() a: FocusAreaDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.service.canManage(await this.service.scope(viewer), a);
  }

  @ResolveField(() => PersonRefDto)
  async createdBy(@Parent() a: FocusAreaDto): Promise<PersonRefDto> {
    const [p] = await this.suggestionsService.people([a.createdById]);
    return { id: p.id, name: p.name };
  }

  @ResolveField(() => [SuggestionDto], { description: 'The suggestions answering it that you may see, newest first.' })
  async suggestions(@Parent() a: FocusAreaDto, @CurrentViewer() viewer: Viewer): Promise<SuggestionDto[]> {
    return (await this.service.suggestions(viewer, a.id)).map(toSuggestionDto);
  }

  @ResolveField(() => Int, { description: 'How many suggestions answer it (that you may see).' })
  suggestionCount(@Parent() a: FocusAreaDto, @CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.suggestionCount(viewer, a.id);
  }
}

/** The focus area a suggestion answers. */
@Resolver(() => SuggestionDto)
export class SuggestionFocusAreaResolver {
  constructor(private readonly service: FocusAreasService) {}

  @ResolveField(() => FocusAreaDto, { nullable: true, description: 'The focus area (innsatsområde) it answers.' })
  async focusArea(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<FocusAreaDto | null> {
    if (!s.focusAreaId) return null;
    const area = await this.service.get(viewer, s.focusAreaId);
    return area && toFocusAreaDto(area);
  }
}
