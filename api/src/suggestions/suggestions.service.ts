import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  canPostProgressUpdate,
  canTransition,
  checkParkReviewDate,
  firstResponseDueAt,
  isResponseMessageLongEnough,
  isTerminal,
  MIN_RESPONSE_MESSAGE_LENGTH,
  nextUpdateDueAt,
} from '@idehub/libs';
import { Clock } from '../common/clock';
import { AppError, badInput, conflict, forbidden } from '../common/errors';
import {
  countUpTo,
  idsUpTo,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageSize,
  toConnection,
  Connection,
} from '../common/pagination';
import { hasRole, Viewer } from '../common/viewer';
import {
  AccessService,
  hiddenNameLabel,
  isUuid,
  peopleWhoCanAnswer,
  peopleWhoCanSee,
  peopleWhoCanSeeSubmitterName,
  ViewerScope,
} from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../organisation/person.entity';
import { MembershipEntity } from '../organisation/membership.entity';
import { OrganisationService, UnitTree } from '../organisation/organisation.service';
import { Role } from '../organisation/role.enum';
import { escalationPathIn } from '../organisation/nearest-leaders';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionLoadersFactory } from './suggestion-loaders';
import { ResponseEntity, ResponseKind } from './response.entity';
import { FollowerEntity, FollowReason } from './follower.entity';
import { AnswerRatingEntity } from './answer-rating.entity';
import { SupportEntity } from '../co-creation/support.entity';
import { FocusAreaEntity } from '../focus-areas/focus-area.entity';
import { focusAreaCovers, isFocusAreaOpen } from '../focus-areas/focus-area.rules';
import { SuggestionStatus } from './suggestion-status.enum';
import { InboxFilter } from './dtos/inbox.inputs';
import {
  DAY_MS,
  decodeInboxCursor,
  encodeInboxCursor,
  INBOX_CURSOR_KEYS,
  INBOX_ORDER,
  inboxFilterSql,
  inTreeOrder,
} from './inbox-query';
import { RespondToSuggestionInput, SubmitSuggestionInput, SuggestionFilter } from './dtos/suggestion.inputs';

const SUGGESTION_OPEN_STATUSES = [
  SuggestionStatus.SUBMITTED,
  SuggestionStatus.UNDER_REVIEW,
  SuggestionStatus.ACCEPTED,
  SuggestionStatus.IN_PROGRESS,
];

/** What the audit log keeps of a suggestion's state. */
const auditState = (s: SuggestionEntity) => ({
  status: s.status,
  ownerId: s.ownerId,
  responseDueAt: s.responseDueAt?.toISOString() ?? null,
  mergedIntoId: s.mergedIntoId,
  ...(s.reviewOn ? { reviewOn: s.reviewOn.toISOString() } : {}),
});

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly organisation: OrganisationService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly loaders: SuggestionLoadersFactory,
  ) {}

  scope(viewer: Viewer): Promise<ViewerScope> {
    return this.access.scopeFor(viewer);
  }

  async get(viewer: Viewer, id: string): Promise<SuggestionEntity | null> {
    const scope = await this.scope(viewer);
    try {
      return await this.access.visibleSuggestion(scope, id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /**
   * `links.adoptedStoryId`: the success story it adopts (stories' adoptSuccessStory checks the story);
   * `links.afterSubmit`: more to write in the same transaction (e.g. the adoption's notifications).
   */
  async submit(
    viewer: Viewer,
    input: SubmitSuggestionInput,
    links: {
      adoptedStoryId?: string;
      afterSubmit?: (manager: EntityManager, suggestion: SuggestionEntity, at: Date) => Promise<void>;
    } = {},
  ): Promise<SuggestionEntity> {
    if (!viewer.memberships.length) {
      throw forbidden(
        'You are not placed in a unit yet, so you cannot submit suggestions. An admin of your municipality places you; until then you can read.',
      );
    }
    const scope = await this.scope(viewer);
    const unit = scope.tree.get(input.unitId);
    if (!unit) throw badInput([{ field: 'unitId', message: 'is not a unit of your municipality' }]);
    if (unit.closedAt) throw badInput([{ field: 'unitId', message: 'is a closed unit' }]);
    let submitterId = viewer.personId;
    let registeredById: string | null = null;
    if (input.onBehalfOfId && input.onBehalfOfId !== viewer.personId) {
      if (!hasRole(viewer, Role.DIGITAL_AGENT))
        throw forbidden('Only digital agents may submit on behalf of a colleague.');
      const colleague = await this.db.manager.findOne(PersonEntity, { where: { id: input.onBehalfOfId } });
      if (!colleague || colleague.municipalityId !== viewer.municipalityId) {
        throw badInput([{ field: 'onBehalfOfId', message: 'is not a colleague in your municipality' }]);
      }
      submitterId = colleague.id;
      registeredById = viewer.personId;
    }
    const focusAreaId = input.focusAreaId ?? null;
    if (focusAreaId) await this.assertFocusAreaOpen(viewer, focusAreaId, unit.id);

    return this.db.transaction(async (manager) => {
      const now = this.clock.now();
      const municipality = await manager.findOneByOrFail(MunicipalityEntity, { id: viewer.municipalityId });
      const suggestion = manager.create(SuggestionEntity, {
        municipalityId: viewer.municipalityId,
        unitId: unit.id,
        submitterId,
        registeredById,
        title: input.title.trim(),
        description: input.description.trim(),
        status: SuggestionStatus.SUBMITTED,
        confidential: input.confidential ?? false,
        hideName: input.hideName ?? false,
        focusAreaId,
        adoptedStoryId: links.adoptedStoryId ?? null,
        ownerId: null,
        mergedIntoId: null,
        submittedAt: now,
        firstResponseAt: null,
        firstResponseLate: null,
        responseDueAt: firstResponseDueAt(now, municipality),
        deadlineMissedAt: null,
        remindedAt: null,
        escalatedAt: null,
        closedAt: null,
        version: 1,
      });
      await manager.save(suggestion);
      await this.follow(manager, suggestion.id, submitterId, FollowReason.SUBMITTER, now);
      // The unit's leaders; a unit without its own leaders is answered by the nearest leaders above it.
      const leaders = await this.nearestLeaders(scope.tree, unit.id, viewer.municipalityId, manager);
      await this.notifications.notify(
        manager,
        leaders,
        {
          kind: NotificationKind.SUGGESTION_SUBMITTED,
          suggestionId: suggestion.id,
          eventKey: `submitted:${suggestion.id}`,
          payload: { title: suggestion.title, unitName: unit.name },
        },
        now,
      );
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'suggestion.submit',
        entityType: 'suggestion',
        entityId: suggestion.id,
        after: {
          ...auditState(suggestion),
          title: suggestion.title,
          unitId: unit.id,
          submitterId,
          ...(suggestion.adoptedStoryId ? { adoptedStoryId: suggestion.adoptedStoryId } : {}),
        },
        at: now,
      });
      await links.afterSubmit?.(manager, suggestion, now);
      return suggestion;
    });
  }

  /** The focus area must be of the viewer's municipality, open now, and put to the chosen unit (or one above it). */
  protected async assertFocusAreaOpen(viewer: Viewer, focusAreaId: string, unitId: string): Promise<void> {
    const area = await this.db.manager.findOne(FocusAreaEntity, { where: { id: focusAreaId } });
    if (!area || area.municipalityId !== viewer.municipalityId || !isFocusAreaOpen(area, this.clock.now())) {
      throw badInput([{ field: 'focusAreaId', message: 'is not an open focus area' }]);
    }
    const scope = await this.scope(viewer);
    if (!focusAreaCovers(area, scope.tree.selfAndAncestors(unitId))) {
      throw badInput([{ field: 'focusAreaId', message: 'is not put to the chosen unit' }]);
    }
  }

  async list(
    viewer: Viewer,
    filter: SuggestionFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<SuggestionEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const scope = await this.scope(viewer);
    const visibility = scope.visibilitySql('s');
    const qb = this.db.manager.createQueryBuilder(SuggestionEntity, 's').where(visibility.sql, visibility.params);
    if (filter?.unitId) qb.andWhere('s.unit_id = :unitId', { unitId: filter.unitId });
    if (filter?.status?.length) qb.andWhere('s.status in (:...statuses)', { statuses: filter.status });
    if (filter?.mine) qb.andWhere('s.submitter_id = :me', { me: viewer.personId });
    const search = filter?.search?.trim();
    let total: Promise<{ totalCount: number; totalCountIsExact: boolean }> | undefined;
    if (search) {
      // The matches come from the text index; up to a thousand of them, the page is read by id (a word common in
      // another municipality made the planner walk this one's whole list recomputing every text: 0.5 s).
      const matchesSearch = `to_tsvector('norwegian', s.title || ' ' || s.description) @@ websearch_to_tsquery('norwegian', :search)`;
      const matches = await idsUpTo(qb.clone().andWhere(matchesSearch, { search }), 's.id');
      total = Promise.resolve(matches);
      if (matches.totalCountIsExact) qb.andWhere('s.id = any(:matchIds)', { matchIds: matches.ids });
      else qb.andWhere(matchesSearch, { search });
    }
    // Up to a thousand: an exact count read every visible suggestion on every page («over 1 000»). It runs beside
    // the page (before the cursor is added: it counts the whole list).
    total ??= countUpTo(qb.clone());
    if (cursor) {
      qb.andWhere('(s.submitted_at, s.id) < (:cursorAt, :cursorId)', {
        cursorAt: new Date(cursor.at),
        cursorId: cursor.id,
      });
    }
    const [counted, rows] = await Promise.all([
      total,
      this.loaders.for(viewer).readCards(
        qb
          .orderBy('s.submitted_at', 'DESC')
          .addOrderBy('s.id', 'DESC')
          .limit(size + 1),
      ),
    ]);
    return toConnection(
      rows,
      size,
      counted,
      (s) => encodeCursor(s.submittedAt, s.id),
      (s) => s,
    );
  }

  /**
   * Open suggestions the viewer answers for (their units and below), filtered and paged in SQL: overdue
   * first, then by due date. The counts are for the whole inbox; `totalCount` for the filtered set (both
   * from one statement). The page is keyset-paged on (due date, submitted, id), so a «Vis flere» never
   * repeats or skips a suggestion while others are answered.
   */
  async inbox(viewer: Viewer, filter: InboxFilter | undefined, limit: number, after: string | undefined) {
    const cursor = decodeInboxCursor(after);
    const scope = await this.scope(viewer);
    const units = [...scope.responderUnitIds];
    const inboxUnits = inTreeOrder(scope.tree, scope.responderUnitIds);
    if (filter?.unitId && !scope.responderUnitIds.has(filter.unitId)) {
      throw badInput([{ field: 'unitId', message: 'is not one of the units whose suggestions you answer for' }]);
    }
    const now = this.clock.now();
    const empty = { hasNextPage: false, endCursor: null };
    if (!units.length) {
      return {
        ...{ open: 0, overdue: 0, dueSoon: 0, unanswered: 0, totalCount: 0 },
        ...{
          suggestions: [],
          pageInfo: empty,
          units: inboxUnits,
          assignedToMe: await this.assignedTo(viewer, scope, MAX_PAGE_SIZE),
        },
      };
    }
    const visibility = scope.visibilitySql('s');
    const base = () =>
      this.db.manager
        .createQueryBuilder(SuggestionEntity, 's')
        .where('s.municipality_id = :m and s.unit_id = any(:units) and s.status in (:...open)', {
          m: viewer.municipalityId,
          units,
          open: SUGGESTION_OPEN_STATUSES,
        })
        // The inbox's units can see everything in them; the visibility rule is the backstop all the same.
        .andWhere(visibility.sql, visibility.params);
    const matching = inboxFilterSql(filter, {
      now,
      me: viewer.personId,
      filterUnits: filter?.unitId ? [...scope.tree.selfAndDescendants([filter.unitId])] : [],
    });
    const soon = new Date(now.getTime() + 7 * DAY_MS);
    const countsQuery = base()
      .select('count(*)::int', 'open')
      .addSelect('count(*) filter (where s.response_due_at <= :now)::int', 'overdue')
      .addSelect('count(*) filter (where s.response_due_at > :now and s.response_due_at <= :soon)::int', 'dueSoon')
      .addSelect('count(*) filter (where s.first_response_at is null)::int', 'unanswered')
      .addSelect(`count(*) filter (where ${matching.sql})::int`, 'totalCount')
      .setParameters({ now, soon, ...matching.params });
    // The page's ids first, from an index alone: walking the open suggestions in the inbox's order
    // (IDX_suggestion_inbox_order) for a leader over many units, or by unit (IDX_suggestion_inbox) and a small sort
    // for a leader of a few; then only those rows are read.
    const pageIds = base().select('s.id').andWhere(matching.sql, matching.params);
    if (cursor) {
      pageIds.andWhere(`(${INBOX_ORDER.join(', ')}) > ${INBOX_CURSOR_KEYS}`, {
        cursorDue: cursor.due ?? 'infinity',
        cursorAt: cursor.at,
        cursorId: cursor.id,
      });
    }
    for (const [i, key] of INBOX_ORDER.entries()) pageIds[i ? 'addOrderBy' : 'orderBy'](key, 'ASC');
    pageIds.limit(limit + 1);
    const page = this.db.manager
      .createQueryBuilder(SuggestionEntity, 's')
      .where(`s.id in (${pageIds.getQuery()})`)
      .setParameters(pageIds.getParameters());
    for (const [i, key] of INBOX_ORDER.entries()) page[i ? 'addOrderBy' : 'orderBy'](key, 'ASC');
    // «Tildelt meg», the counts and the page are independent reads: side by side on PostgreSQL's pool.
    const [assignedToMe, [counts], rows] = await Promise.all([
      this.assignedTo(viewer, scope, MAX_PAGE_SIZE),
      countsQuery.getRawMany(),
      this.loaders.for(viewer).readCards(page),
    ]);
    const suggestions = rows.slice(0, limit);
    const last = suggestions[suggestions.length - 1];
    return {
      ...counts,
      suggestions,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeInboxCursor(last) : null },
      units: inboxUnits,
      assignedToMe,
    };
  }

  /** «Tildelt meg»: open suggestions a leader assigned to the viewer (they owe the answer), by due date. */
  private assignedTo(viewer: Viewer, scope: ViewerScope, limit: number): Promise<SuggestionEntity[]> {
    const visibility = scope.visibilitySql('s');
    const page = this.db.manager
      .createQueryBuilder(SuggestionEntity, 's')
      .where(visibility.sql, visibility.params)
      .andWhere('s.owner_id = :me and s.status in (:...open)', {
        me: viewer.personId,
        open: SUGGESTION_OPEN_STATUSES,
      })
      .orderBy('s.response_due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('s.submitted_at', 'ASC')
      .limit(limit);
    return this.loaders.for(viewer).readCards(page);
  }

  async respond(viewer: Viewer, input: RespondToSuggestionInput): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, input.suggestionId, manager);
      if (!scope.canAnswer(s)) {
        throw forbidden('Only leaders of the unit (or above), admins and the person it is assigned to may respond.');
      }
      // The assignee owns the answer while the case is open; reopening a closed case stays with the leaders.
      if (isTerminal(s.status) && !scope.isResponderFor(s)) {
        throw forbidden('Only leaders of the unit (or above) and admins may reopen a closed suggestion.');
      }
      if (input.expectedVersion !== undefined && input.expectedVersion !== s.version) throw conflict();
      const to = input.status ?? s.status;
      if (to !== s.status) {
        if (!canTransition(s.status, to, 'RESPONDER', 'RESPOND')) {
          throw new AppError('INVALID_TRANSITION', `A suggestion that is ${s.status} cannot be changed to ${to}.`);
        }
      } else if (!canPostProgressUpdate(s.status)) {
        throw new AppError('INVALID_TRANSITION', `A suggestion that is ${s.status} takes no further responses.`);
      }
      const reviewOn = this.parkReviewOn(input);
      if (!isResponseMessageLongEnough(input.message)) {
        throw new AppError(
          'RESPONSE_REQUIRED',
          `Write a response of at least ${MIN_RESPONSE_MESSAGE_LENGTH} characters to the submitter.`,
          [{ field: 'message', message: `must be at least ${MIN_RESPONSE_MESSAGE_LENGTH} characters` }],
        );
      }
      return this.recordResponse(manager, viewer, s, {
        kind: ResponseKind.RESPONSE,
        message: input.message.trim(),
        to,
        reviewOn,
        extraPayload: reviewOn ? { reviewOn: reviewOn.toISOString() } : undefined,
      });
    });
  }

  /**
   * «Ikke nå»: the instant a PARKED answer's suggestion comes back (libs checkParkReviewDate), else undefined.
   * A review date goes with status PARKED and nothing else; setting PARKED again on a parked suggestion
   * moves its date.
   */
  private parkReviewOn(input: RespondToSuggestionInput): Date | undefined {
    if (input.status !== SuggestionStatus.PARKED) {
      if (input.reviewOn != null) {
        throw badInput([
          {
            field: 'reviewOn',
            message: 'is only for status PARKED («Ikke nå»); leave it out, or choose PARKED to look at it again later',
          },
        ]);
      }
      return undefined;
    }
    if (input.reviewOn == null) {
      throw badInput([
        {
          field: 'reviewOn',
          message: 'is required with status PARKED («Ikke nå»): the date to look at it again, 1–365 days ahead',
        },
      ]);
    }
    const check = checkParkReviewDate(input.reviewOn, this.clock.now());
    if (!check.ok) throw badInput([{ field: 'reviewOn', message: check.message }]);
    return check.reviewAt;
  }

  async withdraw(viewer: Viewer, suggestionId: string, reason: string | undefined): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (s.submitterId !== viewer.personId) throw forbidden('Only the submitter may withdraw a suggestion.');
      if (!canTransition(s.status, SuggestionStatus.WITHDRAWN, 'SUBMITTER', 'WITHDRAW')) {
        throw new AppError('INVALID_TRANSITION', `A suggestion that is ${s.status} can no longer be withdrawn.`);
      }
      return this.recordResponse(manager, viewer, s, {
        kind: ResponseKind.WITHDRAWAL,
        message: reason?.trim() ?? '',
        to: SuggestionStatus.WITHDRAWN,
      });
    });
  }

  async merge(viewer: Viewer, suggestionId: string, targetId: string, message: string): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (!scope.isResponderFor(s)) throw forbidden('Only leaders of the unit (or above) and admins may merge.');
      if (suggestionId === targetId) throw badInput([{ field: 'targetId', message: 'must be another suggestion' }]);
      let target: SuggestionEntity;
      try {
        target = await this.access.visibleSuggestion(scope, targetId, manager);
      } catch {
        throw badInput([{ field: 'targetId', message: 'is not a suggestion you can see' }]);
      }
      if (isTerminal(target.status))
        throw badInput([{ field: 'targetId', message: 'is closed; merge into an open suggestion' }]);
      // The merged submitter follows the target from now on, so they must be allowed to see it.
      if (!(await peopleWhoCanSee(manager, target.id, [s.submitterId])).length) {
        throw badInput([{ field: 'targetId', message: 'is confidential; the submitter could not follow it there' }]);
      }
      // Merging must never widen who sees a suggestion: everyone who follows this one would follow the
      // target and be told its title. If any of them may not see the target, the merge is refused.
      const followers = await manager.find(FollowerEntity, { where: { suggestionId: s.id } });
      const followerIds = followers.map((f) => f.personId);
      const mayFollow = new Set(await peopleWhoCanSee(manager, target.id, followerIds));
      const shut = followerIds.filter((id) => !mayFollow.has(id)).length;
      if (shut) {
        throw badInput([
          {
            field: 'targetId',
            message:
              `is confidential; ${shut} ${shut === 1 ? 'person who follows' : 'people who follow'} this suggestion ` +
              'may not see it. Merge into a suggestion they can see, or answer this one on its own.',
          },
        ]);
      }
      if (!canTransition(s.status, SuggestionStatus.MERGED, 'RESPONDER', 'MERGE')) {
        throw new AppError('INVALID_TRANSITION', `A suggestion that is ${s.status} cannot be merged.`);
      }
      if (!isResponseMessageLongEnough(message)) {
        throw new AppError('RESPONSE_REQUIRED', undefined, [
          { field: 'message', message: `must be at least ${MIN_RESPONSE_MESSAGE_LENGTH} characters` },
        ]);
      }
      const now = this.clock.now();
      // Everyone who followed the merged suggestion follows the target from now on (all may see it, checked above).
      for (const f of followers) await this.follow(manager, target.id, f.personId, FollowReason.MERGED, now);
      const merged = await this.recordResponse(manager, viewer, s, {
        kind: ResponseKind.MERGE,
        message: message.trim(),
        to: SuggestionStatus.MERGED,
        mergedIntoId: target.id,
        extraPayload: { targetId: target.id, targetTitle: target.title },
      });
      await this.notifications.notify(
        manager,
        [s.submitterId],
        {
          kind: NotificationKind.MERGED,
          suggestionId: target.id,
          eventKey: `merged:${s.id}`,
          payload: { title: s.title, targetId: target.id, targetTitle: target.title },
        },
        now,
      );
      return merged;
    });
  }

  /**
   * Writes a response with its status change, new deadline, notifications and audit entry,
   * in the caller's transaction. The conditional update on `version` makes a concurrent
   * second writer fail with CONFLICT instead of overwriting the first.
   */
  private async recordResponse(
    manager: EntityManager,
    viewer: Viewer,
    s: SuggestionEntity,
    change: {
      kind: ResponseKind;
      message: string;
      to: SuggestionStatus;
      mergedIntoId?: string;
      extraPayload?: Record<string, unknown>;
      /** With `to` PARKED: when it comes back. A progress update on a parked suggestion keeps its date. */
      reviewOn?: Date;
    },
  ): Promise<SuggestionEntity> {
    const now = this.clock.now();
    const before = auditState(s);
    const municipality = await manager.findOneByOrFail(MunicipalityEntity, { id: s.municipalityId });
    const wasLate = s.responseDueAt !== null && now.getTime() > s.responseDueAt.getTime();
    const terminal = isTerminal(change.to);
    const isAnswer = change.kind !== ResponseKind.WITHDRAWAL;
    const next: Partial<SuggestionEntity> = {
      status: change.to,
      responseDueAt: nextUpdateDueAt(now, change.to, municipality),
      deadlineMissedAt: null,
      // A new deadline is reminded of again (DEADLINE_APPROACHING is once per deadline).
      remindedAt: null,
      escalatedAt: null,
      closedAt: terminal ? now : null,
      firstResponseAt: s.firstResponseAt ?? (isAnswer ? now : null),
      // The first answer's lateness stays with the suggestion (the feedback metrics count it).
      firstResponseLate: s.firstResponseAt !== null ? s.firstResponseLate : isAnswer ? wasLate : null,
      mergedIntoId: change.mergedIntoId ?? s.mergedIntoId,
      // Leaving PARKED by any transition clears the review date.
      reviewOn: change.to === SuggestionStatus.PARKED ? (change.reviewOn ?? s.reviewOn) : null,
      version: s.version + 1,
    };
    const result = await manager
      .createQueryBuilder()
      .update(SuggestionEntity)
      .set(next)
      .where('id = :id and version = :version', { id: s.id, version: s.version })
      .execute();
    if (result.affected !== 1) throw conflict();
    Object.assign(s, next);

    const response = await manager.save(
      manager.create(ResponseEntity, {
        suggestionId: s.id,
        authorId: viewer.personId,
        kind: change.kind,
        message: change.message,
        fromStatus: before.status,
        toStatus: change.to,
        wasLate: isAnswer && wasLate,
        createdAt: now,
        reviewOn: change.reviewOn ?? null,
      }),
    );
    await this.notifyResponse(manager, viewer, s, response, before.status, change);
    if (terminal && change.kind === ResponseKind.RESPONSE) {
      await this.notifications.notify(
        manager,
        [s.submitterId],
        {
          kind: NotificationKind.RATE_ANSWER,
          suggestionId: s.id,
          eventKey: `rate-answer:${s.id}:${response.id}`,
          payload: { title: s.title, status: change.to },
        },
        now,
      );
    }
    await this.audit.record(manager, {
      municipalityId: s.municipalityId,
      actorId: viewer.personId,
      action: `suggestion.${change.kind.toLowerCase()}`,
      entityType: 'suggestion',
      entityId: s.id,
      before,
      after: { ...auditState(s), responseId: response.id },
      at: now,
    });
    return s;
  }

  /**
   * RESPONSE_RECEIVED for a response, to the followers (and, for a withdrawal, to those who owed
   * the answer). What each recipient is told is decided here, once, for the in-app notification
   * and the e-mail alike (both are rendered from the stored payload):
   * - a hidden-name submitter acting on their own suggestion is «Ansatt i <unit>» to everyone who
   *   may not know the name;
   * - a withdrawal's reason is for the people who owed the answer (the unit's leaders and above,
   *   admins, the assignee) only; other followers learn that it was withdrawn, not why.
   */
  private async notifyResponse(
    manager: EntityManager,
    viewer: Viewer,
    s: SuggestionEntity,
    response: ResponseEntity,
    fromStatus: SuggestionStatus,
    change: { kind: ResponseKind; message: string; to: SuggestionStatus; extraPayload?: Record<string, unknown> },
  ) {
    const followers = (await manager.find(FollowerEntity, { where: { suggestionId: s.id } })).map((f) => f.personId);
    const tree = await this.organisation.unitTree(s.municipalityId, manager);
    const isWithdrawal = change.kind === ResponseKind.WITHDRAWAL;
    // The people who owed the answer are told of a withdrawal even if they do not follow it.
    const owing = isWithdrawal
      ? [...(await this.nearestLeaders(tree, s.unitId, s.municipalityId, manager)), ...(s.ownerId ? [s.ownerId] : [])]
      : [];
    const recipients = [...new Set([...followers, ...owing])].filter((id) => id !== viewer.personId);
    if (!recipients.length) return;
    const actorHidden = s.hideName && s.submitterId === viewer.personId;
    const knowName = actorHidden
      ? new Set(await peopleWhoCanSeeSubmitterName(manager, s.id, recipients))
      : new Set(recipients);
    const knowReason = isWithdrawal
      ? new Set(await peopleWhoCanAnswer(manager, s.id, recipients))
      : new Set(recipients);
    const groups = new Map<string, string[]>();
    for (const id of recipients) {
      const key = `${knowName.has(id) ? 'name' : 'masked'}:${knowReason.has(id) ? 'message' : 'none'}`;
      groups.set(key, [...(groups.get(key) ?? []), id]);
    }
    for (const [key, people] of groups) {
      const [name, message] = key.split(':');
      await this.notifications.notify(
        manager,
        people,
        {
          kind: NotificationKind.RESPONSE_RECEIVED,
          suggestionId: s.id,
          eventKey: `response:${response.id}`,
          payload: {
            title: s.title,
            authorName: name === 'name' ? viewer.name : hiddenNameLabel(tree, s.unitId),
            ...(message === 'message' ? { message: change.message } : {}),
            fromStatus,
            toStatus: change.to,
            responseKind: change.kind,
            ...change.extraPayload,
          },
        },
        response.createdAt,
      );
    }
  }

  async assign(viewer: Viewer, suggestionId: string, personId: string | null): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (!scope.isResponderFor(s)) throw forbidden('Only leaders of the unit (or above) and admins may assign.');
      if (isTerminal(s.status)) throw new AppError('INVALID_TRANSITION', 'A closed suggestion cannot be assigned.');
      if (personId !== null) {
        const eligible =
          isUuid(personId) &&
          (await manager
            .createQueryBuilder(MembershipEntity, 'm')
            .innerJoin(PersonEntity, 'p', 'p.id = m.person_id')
            .where('m.person_id = :personId and p.municipality_id = :municipalityId and p.deactivated_at is null', {
              personId,
              municipalityId: s.municipalityId,
            })
            .andWhere('m.role in (:...roles)', { roles: [Role.LEADER, Role.DIGITAL_AGENT] })
            .getExists());
        if (!eligible) {
          throw badInput([{ field: 'personId', message: 'must be a leader or digital agent of your municipality' }]);
        }
        if (!(await peopleWhoCanSee(manager, s.id, [personId])).length) {
          throw badInput([{ field: 'personId', message: 'may not see this confidential suggestion' }]);
        }
      }
      const before = auditState(s);
      const now = this.clock.now();
      const result = await manager
        .createQueryBuilder()
        .update(SuggestionEntity)
        .set({ ownerId: personId, version: s.version + 1 })
        .where('id = :id and version = :version', { id: s.id, version: s.version })
        .execute();
      if (result.affected !== 1) throw conflict();
      Object.assign(s, { ownerId: personId, version: s.version + 1 });
      if (personId && personId !== viewer.personId) {
        await this.notifications.notify(
          manager,
          [personId],
          {
            kind: NotificationKind.ASSIGNED,
            suggestionId: s.id,
            eventKey: `assigned:${s.id}:${s.version}`,
            payload: { title: s.title, assignedBy: viewer.name },
          },
          now,
        );
      }
      await this.audit.record(manager, {
        municipalityId: s.municipalityId,
        actorId: viewer.personId,
        action: 'suggestion.assign',
        entityType: 'suggestion',
        entityId: s.id,
        before,
        after: auditState(s),
        at: now,
      });
      return s;
    });
  }

  async setFollowing(viewer: Viewer, suggestionId: string, following: boolean): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    const s = await this.access.visibleSuggestion(scope, suggestionId);
    if (!following && (await this.alwaysFollows(s.id, viewer.personId))) {
      throw forbidden(
        'You submitted this suggestion (or one merged into it), so you always get its answers; you cannot stop following it.',
      );
    }
    // An explicit follow is MANUAL even if the person already followed as a supporter or co-creator,
    // so withdrawing that support later does not end a follow they asked for.
    if (following) {
      await this.db.manager.query(
        `insert into follower (suggestion_id, person_id, reason, created_at) values ($1, $2, 'MANUAL', $3)
         on conflict (suggestion_id, person_id) do update set reason = 'MANUAL' where follower.reason <> 'SUBMITTER'`,
        [s.id, viewer.personId, this.clock.now()],
      );
    } else await this.db.manager.delete(FollowerEntity, { suggestionId: s.id, personId: viewer.personId });
    return s;
  }

  /**
   * Whether the person gets the suggestion's answers whatever they choose: its submitter (also when
   * a digital agent registered it for them), or the submitter of a suggestion merged into it.
   */
  async alwaysFollows(suggestionId: string, personId: string): Promise<boolean> {
    const [row]: { yes: boolean }[] = await this.db.manager.query(
      `with recursive mine(id) as (
         select id from suggestion where submitter_id = $2
         union
         select s.merged_into_id from suggestion s join mine on s.id = mine.id where s.merged_into_id is not null
       )
       select exists (select 1 from mine where id = $1) as yes`,
      [suggestionId, personId],
    );
    return row.yes;
  }

  async follow(manager: EntityManager, suggestionId: string, personId: string, reason: FollowReason, at: Date) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(FollowerEntity)
      .values({ suggestionId, personId, reason, createdAt: at })
      .orIgnore()
      .execute();
  }

  async rateAnswer(viewer: Viewer, suggestionId: string, useful: boolean, comment: string | undefined) {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (s.submitterId !== viewer.personId) throw forbidden('Only the submitter rates the answer.');
      if (!isTerminal(s.status) || s.status === SuggestionStatus.WITHDRAWN) {
        throw badInput([{ field: 'suggestionId', message: 'can be rated once it has a final answer' }]);
      }
      // The primary key on suggestion_id is the backstop against two concurrent ratings.
      if (await manager.exists(AnswerRatingEntity, { where: { suggestionId: s.id } })) {
        throw conflict('You have already rated this answer.');
      }
      await manager.insert(AnswerRatingEntity, {
        suggestionId: s.id,
        useful,
        comment: comment?.trim() || null,
        ratedAt: this.clock.now(),
      });
      return s;
    });
  }

  // ---- reads used by field resolvers ----

  responses(suggestionId: string): Promise<ResponseEntity[]> {
    return this.db.manager.find(ResponseEntity, {
      where: { suggestionId },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  supportCount(suggestionId: string): Promise<number> {
    return this.db.manager.count(SupportEntity, { where: { suggestionId } });
  }

  isFollowing(suggestionId: string, personId: string): Promise<boolean> {
    return this.db.manager.exists(FollowerEntity, { where: { suggestionId, personId } });
  }

  rating(suggestionId: string): Promise<AnswerRatingEntity | null> {
    return this.db.manager.findOne(AnswerRatingEntity, { where: { suggestionId } });
  }

  async people(ids: string[]): Promise<PersonEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length
      ? this.db.manager.find(PersonEntity, { where: { id: In(unique) }, order: { name: 'ASC' } })
      : [];
  }

  /** Who owes the next answer: the assigned owner, else the nearest leaders up the unit chain, else admins. */
  async owedBy(s: SuggestionEntity, scope: ViewerScope): Promise<PersonEntity[]> {
    if (isTerminal(s.status)) return [];
    if (s.ownerId) return this.people([s.ownerId]);
    return this.people(await this.nearestLeaders(scope.tree, s.unitId, s.municipalityId));
  }

  /** The leaders of the unit, else of the nearest unit above that has any, else the admins. */
  async nearestLeaders(
    tree: UnitTree,
    unitId: string,
    municipalityId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    for (const id of tree.selfAndAncestors(unitId)) {
      const leaders = await this.organisation.leadersOf([id], manager);
      if (leaders.length) return leaders;
    }
    return this.organisation.adminsOf(municipalityId, manager);
  }

  /**
   * Who a missed deadline is escalated to: the nearest level above whoever owes the answer. The
   * answer is owed by the unit's leaders, or for a unit without leaders by the nearest leaders
   * above it (and by an assigned owner too); the escalation goes to the nearest leaders above
   * that level who are not among them, and at the top to the admins. Never to someone who
   * already owes the answer, unless only such people are left (an admin who also leads the top).
   * The deadline sweep calls this for each escalation; the Suggestion.escalatedTo field too.
   */
  async escalationPath(
    tree: UnitTree,
    unitId: string,
    municipalityId: string,
    manager?: EntityManager,
    ownerId?: string | null,
  ): Promise<string[]> {
    const chain = tree.selfAndAncestors(unitId);
    const [leaders, admins] = await Promise.all([
      this.organisation.leadersByUnit(chain, manager),
      this.organisation.adminsOf(municipalityId, manager),
    ]);
    return escalationPathIn(chain, leaders, admins, ownerId);
  }
}
