import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isTerminal } from '@idehub/libs';
import { Clock } from '../common/clock';
import { Connection, pageSize } from '../common/pagination';
import { InboxDto } from './dtos/inbox.dto';
import { InboxFilter } from './dtos/inbox.inputs';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PersonRefDto, UnitDto, toUnitDto } from '../organisation/dtos/organisation.dto';
import { hiddenNameLabel } from '../access/access.service';
import { ResponseKind } from './response.entity';
import { SuggestionsService } from './suggestions.service';
import { SuggestionLoadersFactory } from './suggestion-loaders';
import {
  AnswerRatingDto,
  ResponseDto,
  SuggestionConnection,
  SuggestionDto,
  SuggestionRefDto,
  toSuggestionDto,
} from './dtos/suggestion.dto';
import { RespondToSuggestionInput, SubmitSuggestionInput, SuggestionFilter } from './dtos/suggestion.inputs';
import {
  AssignSuggestionInput,
  MergeSuggestionInput,
  RateAnswerArgs,
  WithdrawSuggestionInput,
} from './dtos/workflow.inputs';

const toRef = (p: { id: string; name: string }): PersonRefDto => ({ id: p.id, name: p.name });

@Resolver(() => SuggestionDto)
export class SuggestionsResolver {
  constructor(
    private readonly service: SuggestionsService,
    private readonly clock: Clock,
    private readonly loaders: SuggestionLoadersFactory,
  ) {}

  @Query(() => SuggestionDto, { nullable: true, description: 'Null when it does not exist or is not visible to you.' })
  async suggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    const s = await this.service.get(viewer, id);
    return s && toSuggestionDto(s);
  }

  @Query(() => SuggestionConnection)
  async suggestions(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => SuggestionFilter, nullable: true }) filter?: SuggestionFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<SuggestionDto>> {
    const page = await this.service.list(viewer, filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSuggestionDto(e.node) })) };
  }

  @Query(() => InboxDto, {
    description:
      'Open suggestions of my units and the units below them (leaders, admins), filtered and paged on the server.',
  })
  async inbox(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => InboxFilter, nullable: true }) filter?: InboxFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<InboxDto> {
    const limit = pageSize(first);
    const inbox = await this.service.inbox(viewer, filter, limit, after);
    return {
      ...inbox,
      suggestions: inbox.suggestions.map(toSuggestionDto),
      units: inbox.units.map(toUnitDto),
      assignedToMe: inbox.assignedToMe.map(toSuggestionDto),
    };
  }

  @Mutation(() => SuggestionDto)
  async submitSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitSuggestionInput) {
    return toSuggestionDto(await this.service.submit(viewer, input));
  }

  @Mutation(() => SuggestionDto, { description: 'A leader’s written answer, with or without a status change.' })
  async respondToSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: RespondToSuggestionInput) {
    return toSuggestionDto(await this.service.respond(viewer, input));
  }

  @Mutation(() => SuggestionDto, { description: 'The submitter withdraws their own suggestion.' })
  async withdrawSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: WithdrawSuggestionInput) {
    return toSuggestionDto(await this.service.withdraw(viewer, input.suggestionId, input.reason));
  }

  @Mutation(() => SuggestionDto, { description: 'Assign who owes the next answer (null: back to the unit’s leaders).' })
  async assignSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignSuggestionInput) {
    return toSuggestionDto(await this.service.assign(viewer, input.suggestionId, input.personId ?? null));
  }

  @Mutation(() => SuggestionDto, {
    description: 'Merge a suggestion into another; returns the merged (now MERGED) one.',
  })
  async mergeSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeSuggestionInput) {
    return toSuggestionDto(await this.service.merge(viewer, input.suggestionId, input.targetId, input.message));
  }

  @Mutation(() => SuggestionDto)
  async followSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.setFollowing(viewer, id, true));
  }

  @Mutation(() => SuggestionDto)
  async unfollowSuggestion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toSuggestionDto(await this.service.setFollowing(viewer, id, false));
  }

  @Mutation(() => SuggestionDto, { description: '«Fikk du et svar du kan bruke?» — once, by the submitter.' })
  async rateAnswer(@CurrentViewer() viewer: Viewer, @Args() args: RateAnswerArgs) {
    return toSuggestionDto(await this.service.rateAnswer(viewer, args.suggestionId, args.useful, args.comment));
  }

  // ---- fields ----

  @ResolveField(() => UnitDto)
  async unit(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<UnitDto> {
    const scope = await this.service.scope(viewer);
    return toUnitDto(scope.tree.get(s.unitId)!);
  }

  @ResolveField(() => Boolean, { description: 'The next answer is due and has not come.' })
  overdue(@Parent() s: SuggestionDto): boolean {
    return s.responseDueAt !== null && s.responseDueAt.getTime() <= this.clock.now().getTime();
  }

  @ResolveField(() => String, { description: '«Ansatt i <unit>» where the name is hidden from this reader.' })
  async submitterName(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<string> {
    const scope = await this.service.scope(viewer);
    if (!scope.canSeeSubmitterName(s)) return `Ansatt i ${scope.tree.get(s.unitId)?.name ?? 'kommunen'}`;
    const person = await this.loaders.for(viewer).person.load(s.submitterId);
    return person?.name ?? '';
  }

  @ResolveField(() => Boolean, { description: 'Whether you submitted it (or it was submitted for you).' })
  submittedByMe(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): boolean {
    return s.submitterId === viewer.personId;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may write an answer: a responder, or the person it is assigned to.',
  })
  async canAnswer(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return (await this.service.scope(viewer)).canAnswer(s);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you always get its answers and cannot unfollow: you submitted it (or a suggestion merged into it).',
  })
  alwaysFollowing(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.service.alwaysFollows(s.id, viewer.personId);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may respond, assign and merge.' })
  async canRespond(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return (await this.service.scope(viewer)).isResponderFor(s);
  }

  @ResolveField(() => [ResponseDto], {
    description:
      'Oldest first. A hidden-name submitter’s own responses (a withdrawal) show «Ansatt i <unit>» to those who may not ' +
      'know the name; a withdrawal’s reason is shown to the submitter and those who owed the answer only (empty to others).',
  })
  async responses(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<ResponseDto[]> {
    const scope = await this.service.scope(viewer);
    if (!scope.canSee(s)) return [];
    const rows = await this.loaders.for(viewer).responses.load(s.id);
    const nameHidden = !scope.canSeeSubmitterName(s);
    const mayReadReason = s.submitterId === viewer.personId || scope.canAnswer(s);
    const masked: PersonRefDto = { id: `hidden-submitter:${s.id}`, name: hiddenNameLabel(scope.tree, s.unitId) };
    return rows.map((r) => ({
      id: r.id,
      message: r.kind === ResponseKind.WITHDRAWAL && !mayReadReason ? '' : r.message,
      kind: r.kind,
      status: r.toStatus,
      previousStatus: r.fromStatus,
      statusChanged: r.toStatus !== r.fromStatus,
      wasLate: r.wasLate,
      createdAt: r.createdAt,
      reviewOn: r.reviewOn,
      author: nameHidden && r.authorId === s.submitterId ? masked : toRef(r.author!),
    }));
  }

  @ResolveField(() => PersonRefDto, { nullable: true, description: 'The person assigned to answer, if any.' })
  async owner(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<PersonRefDto | null> {
    if (!s.ownerId) return null;
    const p = await this.loaders.for(viewer).person.load(s.ownerId);
    return p ? toRef(p) : null;
  }

  @ResolveField(() => [PersonRefDto], { description: 'Who owes the next answer; empty when closed.' })
  async owedBy(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<PersonRefDto[]> {
    if (isTerminal(s.status)) return [];
    const loaders = this.loaders.for(viewer);
    if (s.ownerId) return (await loaders.people([s.ownerId])).map(toRef);
    const scope = await this.service.scope(viewer);
    return (await loaders.nearestLeaders(scope.tree.selfAndAncestors(s.unitId))).map(toRef);
  }

  @ResolveField(() => [PersonRefDto], { description: 'Who the current missed deadline was escalated to.' })
  async escalatedTo(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<PersonRefDto[]> {
    if (!s.escalatedAt) return [];
    const scope = await this.service.scope(viewer);
    const chain = scope.tree.selfAndAncestors(s.unitId);
    return (await this.loaders.for(viewer).escalationPath(chain, s.ownerId)).map(toRef);
  }

  @ResolveField(() => Boolean)
  isFollowing(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.loaders.for(viewer).isFollowing.load(s.id);
  }

  @ResolveField(() => SuggestionRefDto, { nullable: true, description: 'Where it was merged into.' })
  async mergedInto(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<SuggestionRefDto | null> {
    if (!s.mergedIntoId) return null;
    const scope = await this.service.scope(viewer);
    const target = await this.loaders.for(viewer).suggestion.load(s.mergedIntoId);
    return target && scope.canSee(target) ? { id: target.id, title: target.title, status: target.status } : null;
  }

  @ResolveField(() => AnswerRatingDto, { nullable: true, description: 'Shown to the submitter and responders.' })
  async rating(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<AnswerRatingDto | null> {
    const scope = await this.service.scope(viewer);
    if (s.submitterId !== viewer.personId && !scope.isResponderFor(s)) return null;
    const r = await this.loaders.for(viewer).rating.load(s.id);
    return r && { useful: r.useful, comment: r.comment, ratedAt: r.ratedAt };
  }

  @ResolveField(() => Int)
  supportCount(@Parent() s: SuggestionDto, @CurrentViewer() viewer: Viewer): Promise<number> {
    return this.loaders.for(viewer).supportCount.load(s.id);
  }
}
