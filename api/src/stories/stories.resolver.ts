import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { CurrentViewer, Viewer } from '../common/viewer';
import { AccessService } from '../access/access.service';
import { MunicipalityDto, PersonRefDto, toMunicipalityDto } from '../organisation/dtos/organisation.dto';
import { SuggestionDto, SuggestionRefDto, toSuggestionDto } from '../suggestions/dtos/suggestion.dto';
import { StoriesService } from './stories.service';
import { canUnpublishStory, canWriteStory, contactEmailOf } from './story-access';
import { StoryStatus } from './story-status.enum';
import {
  AdoptionDto,
  GainDto,
  SuccessStoryConnection,
  SuccessStoryDto,
  toGainDto,
  toSuccessStoryDto,
} from './dtos/success-story.dto';
import {
  AdoptSuccessStoryInput,
  CreateSuccessStoryInput,
  SuccessStoryFilter,
  UpdateSuccessStoryInput,
} from './dtos/success-story.inputs';

const toRef = (p: { id: string; name: string }): PersonRefDto => ({ id: p.id, name: p.name });

@Resolver(() => SuccessStoryDto)
export class StoriesResolver {
  constructor(
    private readonly service: StoriesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => SuccessStoryDto, {
    nullable: true,
    description: 'Null when it does not exist or is a draft you may not see.',
  })
  async successStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    const story = await this.service.get(viewer, id);
    return story && toSuccessStoryDto(story);
  }

  @Query(() => SuccessStoryConnection, { description: 'Published stories of the whole hub, newest first.' })
  async successStories(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => SuccessStoryFilter, nullable: true }) filter?: SuccessStoryFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<SuccessStoryDto>> {
    const page = await this.service.list(viewer, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSuccessStoryDto(e.node) })) };
  }

  @Query(() => [String], { description: 'Technologies named in published stories (for the filter).' })
  successStoryTechnologies(): Promise<string[]> {
    return this.service.technologies();
  }

  @Mutation(() => SuccessStoryDto, { description: 'A new draft. Leaders and digital agents only.' })
  async createSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSuccessStoryInput) {
    return toSuccessStoryDto(await this.service.create(viewer, input));
  }

  @Mutation(() => SuccessStoryDto, {
    description: 'Changes a draft of your municipality. Leaders and digital agents only.',
  })
  async updateSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSuccessStoryInput) {
    return toSuccessStoryDto(await this.service.update(viewer, input));
  }

  @Mutation(() => SuccessStoryDto, {
    description: 'Publishes a draft to every municipality of the hub and tells the people of its suggestions.',
  })
  async publishSuccessStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuccessStoryDto(await this.service.publish(viewer, id));
  }

  @Mutation(() => SuccessStoryDto, {
    description:
      'Takes a published story back to draft (hidden from other municipalities again). Its author or an admin of its municipality; audited.',
  })
  async unpublishSuccessStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuccessStoryDto(await this.service.unpublish(viewer, id));
  }

  @Mutation(() => SuggestionDto, {
    description: '«Vi vil prøve dette»: submits a suggestion in a unit of your municipality, linked to the story.',
  })
  async adoptSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: AdoptSuccessStoryInput) {
    return toSuggestionDto(await this.service.adopt(viewer, input));
  }

  // ---- fields ----

  @ResolveField(() => MunicipalityDto)
  async municipality(@Parent() s: SuccessStoryDto): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.service.municipality(s.municipalityId));
  }

  @ResolveField(() => PersonRefDto)
  async author(@Parent() s: SuccessStoryDto): Promise<PersonRefDto> {
    return toRef((await this.service.person(s.authorId))!);
  }

  @ResolveField(() => PersonRefDto, { description: 'Whom to ask about it.' })
  async contactPerson(@Parent() s: SuccessStoryDto): Promise<PersonRefDto> {
    return toRef((await this.service.person(s.contactPersonId))!);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The contact person’s work e-mail, to reach them across municipalities: published stories only, null when the person has left.',
  })
  async contactEmail(@Parent() s: SuccessStoryDto): Promise<string | null> {
    return contactEmailOf(s, await this.service.person(s.contactPersonId));
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may take it back to draft (a published story you wrote, or an admin of its municipality).',
  })
  canUnpublish(@Parent() s: SuccessStoryDto, @CurrentViewer() viewer: Viewer): boolean {
    return s.status === StoryStatus.PUBLISHED && canUnpublishStory(viewer, s);
  }

  @ResolveField(() => [GainDto], { description: 'In the order the author wrote them.' })
  async gains(@Parent() s: SuccessStoryDto): Promise<GainDto[]> {
    return (await this.service.gains(s.id)).map(toGainDto);
  }

  @ResolveField(() => [AdoptionDto], { description: 'Where it has been adopted, oldest first.' })
  async adoptions(@Parent() s: SuccessStoryDto, @CurrentViewer() viewer: Viewer): Promise<AdoptionDto[]> {
    const rows = await this.service.adoptions(s.id);
    if (!rows.length) return [];
    const scope = await this.access.scopeFor(viewer);
    return rows.map((r) => {
      const visible = scope.canSee({
        municipalityId: r.municipalityId,
        unitId: r.unitId,
        confidential: r.confidential,
        submitterId: r.submitterId,
      });
      return {
        municipality: { id: r.municipalityId, name: r.municipalityName, slug: r.municipalitySlug },
        unit: { id: r.unitId, name: r.unitName, parentId: r.unitParentId, municipalityId: r.municipalityId },
        status: r.status,
        adoptedAt: r.submittedAt,
        title: r.confidential ? null : r.title,
        suggestion: visible ? { id: r.suggestionId, title: r.title, status: r.status } : null,
      };
    });
  }

  @ResolveField(() => Int, { description: 'How many places (units) try it: adoptions not withdrawn or merged.' })
  async adoptionCount(@Parent() s: SuccessStoryDto): Promise<number> {
    return (await this.service.adoptingUnitIds(s.id)).length;
  }

  @ResolveField(() => [ID], {
    description: 'Units that already try it («dere prøver dette allerede»); each unit adopts a story once.',
  })
  adoptingUnitIds(@Parent() s: SuccessStoryDto): Promise<string[]> {
    return this.service.adoptingUnitIds(s.id);
  }

  @ResolveField(() => [SuggestionRefDto], { description: 'The suggestions it grew from that you may see.' })
  async suggestions(@Parent() s: SuccessStoryDto, @CurrentViewer() viewer: Viewer): Promise<SuggestionRefDto[]> {
    return (await this.service.linkedSuggestions(viewer, s.id)).map((x) => ({
      id: x.id,
      title: x.title,
      status: x.status,
    }));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit and publish it (a draft of your municipality).' })
  canEdit(@Parent() s: SuccessStoryDto, @CurrentViewer() viewer: Viewer): boolean {
    return s.status === StoryStatus.DRAFT && canWriteStory(viewer, s);
  }
}
