import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { adoptionDescription, adoptionTitle } from '@idehub/libs';
import { Clock } from '../common/clock';
import { AppError, badInput, conflict, FieldProblem, forbidden, notFound } from '../common/errors';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination';
import { Viewer } from '../common/viewer';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';
import { FollowerEntity } from '../suggestions/follower.entity';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { SuccessStoryEntity, STORY_SEARCH_DOCUMENT } from './success-story.entity';
import { GainEntity } from './gain.entity';
import { StorySuggestionEntity } from './story-suggestion.entity';
import { StoryStatus } from './story-status.enum';
import { canSeeStory, canUnpublishStory, canWriteStory, isStoryWriter, storyVisibilitySql } from './story-access';
import {
  AdoptSuccessStoryInput,
  CreateSuccessStoryInput,
  GainInput,
  SuccessStoryFilter,
  UpdateSuccessStoryInput,
} from './dtos/success-story.inputs';

/** What the audit log keeps of a story's state. */
const auditState = (s: SuccessStoryEntity, gains: number, suggestionIds: string[]) => ({
  status: s.status,
  title: s.title,
  version: s.version,
  publishedAt: s.publishedAt?.toISOString() ?? null,
  gains,
  suggestionIds,
});

/** An optional text as stored: empty means none. */
const optionalText = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

/** Technology names as stored: trimmed, without duplicates (ignoring case), in the author's order. */
function technologyList(values: string[] | null | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values ?? []) {
    const name = value.trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      result.push(name);
    }
  }
  return result;
}

/** Sort key of the story list: when it was published, or for a draft when it was written. */
const SORT_AT = 'coalesce(st.published_at, st.created_at)';

export interface AdoptionRow {
  suggestionId: string;
  status: SuggestionStatus;
  title: string;
  confidential: boolean;
  submittedAt: Date;
  submitterId: string;
  municipalityId: string;
  municipalityName: string;
  municipalitySlug: string;
  unitId: string;
  unitName: string;
  unitParentId: string | null;
}

interface AdoptionQueryRow {
  id: string;
  status: SuggestionStatus;
  title: string;
  confidential: boolean;
  submitted_at: Date | string;
  submitter_id: string;
  municipality_id: string;
  municipality_name: string;
  municipality_slug: string;
  unit_id: string;
  unit_name: string;
  unit_parent_id: string | null;
}

@Injectable()
export class StoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly suggestions: SuggestionsService,
  ) {}

  /** The story if this viewer may see it, else null. */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<SuccessStoryEntity | null> {
    if (!isUuid(id)) return null;
    const story = await manager.findOne(SuccessStoryEntity, { where: { id } });
    return story && canSeeStory(viewer, story) ? story : null;
  }

  async create(viewer: Viewer, input: CreateSuccessStoryInput): Promise<SuccessStoryEntity> {
    this.assertWriter(viewer);
    return this.db.transaction(async (manager) => {
      const now = this.clock.now();
      const problems: FieldProblem[] = [];
      const contactPersonId = await this.checkContactPerson(manager, viewer, input.contactPersonId, problems);
      const suggestionIds = await this.checkSuggestions(manager, viewer, input.suggestionIds, problems);
      if (problems.length) throw badInput(problems);
      const story = await manager.save(
        manager.create(SuccessStoryEntity, {
          municipalityId: viewer.municipalityId,
          authorId: viewer.personId,
          contactPersonId: contactPersonId ?? viewer.personId,
          title: input.title,
          summary: input.summary,
          problem: optionalText(input.problem) ?? null,
          solution: optionalText(input.solution) ?? null,
          technology: technologyList(input.technology) ?? [],
          lessons: optionalText(input.lessons) ?? null,
          trainingTips: optionalText(input.trainingTips) ?? null,
          status: StoryStatus.DRAFT,
          version: 1,
          createdAt: now,
          updatedAt: now,
          publishedAt: null,
        }),
      );
      const gains = await this.replaceGains(manager, story.id, input.gains ?? []);
      await this.replaceSuggestions(manager, story.id, suggestionIds ?? []);
      await this.audit.record(manager, {
        municipalityId: story.municipalityId,
        actorId: viewer.personId,
        action: 'story.create',
        entityType: 'success_story',
        entityId: story.id,
        after: auditState(story, gains, suggestionIds ?? []),
        at: now,
      });
      return story;
    });
  }

  async update(viewer: Viewer, input: UpdateSuccessStoryInput): Promise<SuccessStoryEntity> {
    this.assertWriter(viewer);
    return this.db.transaction(async (manager) => {
      const story = await this.writableDraft(manager, viewer, input.id);
      if (input.expectedVersion !== undefined && input.expectedVersion !== story.version) {
        throw conflict('The story changed since you read it. Reload and try again.');
      }
      const now = this.clock.now();
      const problems: FieldProblem[] = [];
      const contactPersonId = await this.checkContactPerson(manager, viewer, input.contactPersonId, problems);
      const suggestionIds = await this.checkSuggestions(manager, viewer, input.suggestionIds, problems);
      if (problems.length) throw badInput(problems);
      const beforeLinks = await this.linkedSuggestionIds(story.id, manager);
      const beforeGains = await manager.count(GainEntity, { where: { storyId: story.id } });
      const before = auditState(story, beforeGains, beforeLinks);

      const next: Partial<SuccessStoryEntity> = { updatedAt: now, version: story.version + 1 };
      if (input.title !== undefined) next.title = input.title;
      if (input.summary !== undefined) next.summary = input.summary;
      for (const key of ['problem', 'solution', 'lessons', 'trainingTips'] as const) {
        const value = optionalText(input[key]);
        if (value !== undefined) next[key] = value;
      }
      const technology = technologyList(input.technology);
      if (technology !== undefined) next.technology = technology;
      if (input.contactPersonId !== undefined) next.contactPersonId = contactPersonId ?? story.authorId;

      const result = await manager
        .createQueryBuilder()
        .update(SuccessStoryEntity)
        .set(next)
        .where('id = :id and version = :version and status = :draft', {
          id: story.id,
          version: story.version,
          draft: StoryStatus.DRAFT,
        })
        .execute();
      if (result.affected !== 1) throw conflict('The story changed since you read it. Reload and try again.');
      Object.assign(story, next);
      const gains = input.gains != null ? await this.replaceGains(manager, story.id, input.gains) : beforeGains;
      if (suggestionIds !== undefined) await this.replaceSuggestions(manager, story.id, suggestionIds);
      await this.audit.record(manager, {
        municipalityId: story.municipalityId,
        actorId: viewer.personId,
        action: 'story.update',
        entityType: 'success_story',
        entityId: story.id,
        before,
        after: auditState(story, gains, suggestionIds ?? beforeLinks),
        at: now,
      });
      return story;
    });
  }

  /**
   * Publishes a draft to the whole hub and tells the people of the suggestions it grew from
   * (submitters, co-creators, supporters: everyone following them), in the same transaction.
   * Publishing a published story changes nothing.
   */
  async publish(viewer: Viewer, id: string): Promise<SuccessStoryEntity> {
    this.assertWriter(viewer);
    return this.db.transaction(async (manager) => {
      const story = await this.writableStory(manager, viewer, id);
      if (story.status === StoryStatus.PUBLISHED) return story;
      const now = this.clock.now();
      const linked = await this.linkedSuggestionIds(story.id, manager);
      const gains = await manager.count(GainEntity, { where: { storyId: story.id } });
      const before = auditState(story, gains, linked);
      const next = { status: StoryStatus.PUBLISHED, publishedAt: now, updatedAt: now, version: story.version + 1 };
      const result = await manager
        .createQueryBuilder()
        .update(SuccessStoryEntity)
        .set(next)
        .where('id = :id and version = :version and status = :draft', {
          id: story.id,
          version: story.version,
          draft: StoryStatus.DRAFT,
        })
        .execute();
      if (result.affected !== 1) throw conflict('The story changed since you read it. Reload and try again.');
      Object.assign(story, next);

      const municipality = await manager.findOneByOrFail(MunicipalityEntity, { id: story.municipalityId });
      const suggestions = linked.length
        ? await manager.find(SuggestionEntity, { where: { id: In(linked) }, order: { submittedAt: 'ASC' } })
        : [];
      const followers = linked.length
        ? await manager.find(FollowerEntity, { where: { suggestionId: In(linked) } })
        : [];
      for (const s of suggestions) {
        const people = [s.submitterId, ...followers.filter((f) => f.suggestionId === s.id).map((f) => f.personId)];
        // One event per story: someone in two of its suggestions is told once (the notification is unique per person and event).
        await this.notifications.notify(
          manager,
          people.filter((p) => p !== viewer.personId),
          {
            kind: NotificationKind.STORY_PUBLISHED,
            suggestionId: s.id,
            eventKey: `story-published:${story.id}`,
            payload: {
              // `title` is what the e-mail templates print: here the story's.
              title: story.title,
              storyId: story.id,
              storyTitle: story.title,
              suggestionTitle: s.title,
              municipalityName: municipality.name,
              publishedBy: viewer.name,
            },
          },
          now,
        );
      }
      await this.audit.record(manager, {
        municipalityId: story.municipalityId,
        actorId: viewer.personId,
        action: 'story.publish',
        entityType: 'success_story',
        entityId: story.id,
        before,
        after: auditState(story, gains, linked),
        at: now,
      });
      return story;
    });
  }

  /**
   * Takes a published story back to draft: only its author or an admin of its municipality
   * (a story is hub-wide once published, so withdrawing it is not for every writer). It is then
   * hidden from other municipalities again; adoptions already made stay where they are. Audited.
   * Unpublishing a draft changes nothing.
   */
  async unpublish(viewer: Viewer, id: string): Promise<SuccessStoryEntity> {
    return this.db.transaction(async (manager) => {
      const story = await this.get(viewer, id, manager);
      if (!story) throw notFound('No such success story.');
      if (!canUnpublishStory(viewer, story)) {
        throw forbidden('Only the author of a story or an admin of its municipality may take it back to draft.');
      }
      if (story.status === StoryStatus.DRAFT) return story;
      const now = this.clock.now();
      const linked = await this.linkedSuggestionIds(story.id, manager);
      const gains = await manager.count(GainEntity, { where: { storyId: story.id } });
      const before = auditState(story, gains, linked);
      const next = { status: StoryStatus.DRAFT, publishedAt: null, updatedAt: now, version: story.version + 1 };
      const result = await manager
        .createQueryBuilder()
        .update(SuccessStoryEntity)
        .set(next)
        .where('id = :id and version = :version and status = :published', {
          id: story.id,
          version: story.version,
          published: StoryStatus.PUBLISHED,
        })
        .execute();
      if (result.affected !== 1) throw conflict('The story changed since you read it. Reload and try again.');
      Object.assign(story, next);
      await this.audit.record(manager, {
        municipalityId: story.municipalityId,
        actorId: viewer.personId,
        action: 'story.unpublish',
        entityType: 'success_story',
        entityId: story.id,
        before,
        after: auditState(story, gains, linked),
        at: now,
      });
      return story;
    });
  }

  async list(
    viewer: Viewer,
    filter: SuccessStoryFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<SuccessStoryEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const visibility = storyVisibilitySql(viewer, filter?.includeMyDrafts ?? false);
    const qb = this.db.manager.createQueryBuilder(SuccessStoryEntity, 'st').where(visibility.sql, visibility.params);
    if (filter?.municipalityId)
      qb.andWhere('st.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter?.technology) {
      qb.andWhere('exists (select 1 from unnest(st.technology) as t(name) where lower(t.name) = lower(:technology))', {
        technology: filter.technology,
      });
    }
    if (filter?.gainCategory) {
      qb.andWhere('exists (select 1 from gain g where g.story_id = st.id and g.category = :gainCategory)', {
        gainCategory: filter.gainCategory,
      });
    }
    if (filter?.search) {
      qb.andWhere(`to_tsvector('norwegian', ${STORY_SEARCH_DOCUMENT}) @@ websearch_to_tsquery('norwegian', :search)`, {
        search: filter.search,
      });
    }
    const totalCount = await qb.getCount();
    if (cursor) {
      qb.andWhere(`(${SORT_AT}, st.id) < (:cursorAt, :cursorId)`, {
        cursorAt: new Date(cursor.at),
        cursorId: cursor.id,
      });
    }
    const rows = await qb
      .addSelect(SORT_AT, 'sort_at')
      .orderBy('sort_at', 'DESC')
      .addOrderBy('st.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows,
      size,
      totalCount,
      (s) => encodeCursor(s.publishedAt ?? s.createdAt, s.id),
      (s) => s,
    );
  }

  /** The technologies named in published stories, for the filter. */
  async technologies(): Promise<string[]> {
    const rows: { name: string }[] = await this.db.query(
      `select min(t.name) as name from success_story st, unnest(st.technology) as t(name)
        where st.status = 'PUBLISHED' group by lower(t.name) order by lower(t.name)`,
    );
    return rows.map((r) => r.name);
  }

  /**
   * «Vi vil prøve dette»: a suggestion in a unit of the viewer's own municipality, linked to the
   * story and prefilled from it. It is submitted like any other (due date, followers, the
   * unit's leaders told), so the feedback guarantee holds for it.
   */
  async adopt(viewer: Viewer, input: AdoptSuccessStoryInput): Promise<SuggestionEntity> {
    const story = await this.get(viewer, input.storyId);
    if (!story) throw notFound('No such success story.');
    if (story.status !== StoryStatus.PUBLISHED) {
      throw badInput([{ field: 'storyId', message: 'is not published yet; only published stories can be adopted' }]);
    }
    const municipality = await this.db.manager.findOneByOrFail(MunicipalityEntity, { id: story.municipalityId });
    const alreadyTrying = () =>
      badInput([{ field: 'unitId', message: 'already tries this story; follow the suggestion it has' }]);
    try {
      return await this.suggestions.submit(
        viewer,
        {
          title: input.title ?? adoptionTitle(story.title),
          description:
            input.description ??
            adoptionDescription({ title: story.title, summary: story.summary, municipalityName: municipality.name }),
          unitId: input.unitId,
          confidential: input.confidential,
          hideName: input.hideName,
        },
        {
          adoptedStoryId: story.id,
          afterSubmit: async (manager, suggestion, at) => {
            // One adoption per unit; the unique index is the backstop against two at once.
            const [{ n }]: { n: number }[] = await manager.query(
              `select count(*)::int as n from suggestion
                where adopted_story_id = $1 and unit_id = $2 and status not in ('WITHDRAWN', 'MERGED')`,
              [story.id, suggestion.unitId],
            );
            if (n > 1) throw alreadyTrying();
            await this.notifyAdopted(manager, viewer, story, suggestion, at);
          },
        },
      );
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).code;
      if (code === '23505' || (error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw alreadyTrying();
      }
      throw error;
    }
  }

  /**
   * STORY_ADOPTED to the story's author and the digital agents of its municipality. Not linked to
   * the adopting suggestion (they may not see it, e.g. in another municipality): the payload holds
   * what is public about an adoption — where, and the story.
   */
  private async notifyAdopted(
    manager: EntityManager,
    viewer: Viewer,
    story: SuccessStoryEntity,
    suggestion: SuggestionEntity,
    at: Date,
  ) {
    const [where]: { unit_name: string; municipality_name: string }[] = await manager.query(
      `select u.name as unit_name, m.name as municipality_name
         from unit u join municipality m on m.id = u.municipality_id where u.id = $1`,
      [suggestion.unitId],
    );
    const agents: { id: string }[] = await manager.query(
      `select distinct p.id from person p join membership ms on ms.person_id = p.id
        where p.municipality_id = $1 and ms.role = 'DIGITAL_AGENT' and p.deactivated_at is null`,
      [story.municipalityId],
    );
    await this.notifications.notify(
      manager,
      [story.authorId, ...agents.map((a) => a.id)].filter((id) => id !== viewer.personId),
      {
        kind: NotificationKind.STORY_ADOPTED,
        suggestionId: null,
        eventKey: `story-adopted:${suggestion.id}`,
        payload: {
          title: story.title,
          storyId: story.id,
          storyTitle: story.title,
          unitName: where?.unit_name ?? '',
          municipalityName: where?.municipality_name ?? '',
        },
      },
      at,
    );
  }

  /** Units (of any municipality) that already try the story: an adoption that is not withdrawn or merged. */
  async adoptingUnitIds(storyId: string): Promise<string[]> {
    const rows: { unit_id: string }[] = await this.db.query(
      `select distinct unit_id from suggestion
        where adopted_story_id = $1 and status not in ('WITHDRAWN', 'MERGED')`,
      [storyId],
    );
    return rows.map((r) => r.unit_id);
  }

  // ---- reads used by field resolvers ----

  gains(storyId: string): Promise<GainEntity[]> {
    return this.db.manager.find(GainEntity, { where: { storyId }, order: { position: 'ASC' } });
  }

  async adoptions(storyId: string): Promise<AdoptionRow[]> {
    const rows: AdoptionQueryRow[] = await this.db.query(
      `select s.id, s.status, s.title, s.confidential, s.submitted_at, s.submitter_id,
              m.id as municipality_id, m.name as municipality_name, m.slug as municipality_slug,
              u.id as unit_id, u.name as unit_name, u.parent_id as unit_parent_id
         from suggestion s
         join municipality m on m.id = s.municipality_id
         join unit u on u.id = s.unit_id
        where s.adopted_story_id = $1
        order by s.submitted_at, s.id`,
      [storyId],
    );
    return rows.map((r) => ({
      suggestionId: r.id,
      status: r.status,
      title: r.title,
      confidential: r.confidential,
      submittedAt: new Date(r.submitted_at),
      submitterId: r.submitter_id,
      municipalityId: r.municipality_id,
      municipalityName: r.municipality_name,
      municipalitySlug: r.municipality_slug,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitParentId: r.unit_parent_id,
    }));
  }

  async linkedSuggestionIds(storyId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const links = await manager.find(StorySuggestionEntity, { where: { storyId } });
    return links.map((l) => l.suggestionId);
  }

  /** The suggestions a story grew from that this viewer may see. */
  async linkedSuggestions(viewer: Viewer, storyId: string): Promise<SuggestionEntity[]> {
    const ids = await this.linkedSuggestionIds(storyId);
    if (!ids.length) return [];
    const scope = await this.access.scopeFor(viewer);
    const rows = await this.db.manager.find(SuggestionEntity, {
      where: { id: In(ids) },
      order: { submittedAt: 'ASC' },
    });
    return rows.filter((s) => scope.canSee(s));
  }

  municipality(id: string): Promise<MunicipalityEntity> {
    return this.db.manager.findOneByOrFail(MunicipalityEntity, { id });
  }

  person(id: string): Promise<PersonEntity | null> {
    return this.db.manager.findOne(PersonEntity, { where: { id } });
  }

  // ---- rules ----

  private assertWriter(viewer: Viewer) {
    if (!isStoryWriter(viewer)) throw forbidden('Only leaders and digital agents write success stories.');
  }

  /** A story this viewer may write: NOT_FOUND if they cannot see it, FORBIDDEN if it is another municipality's. */
  private async writableStory(manager: EntityManager, viewer: Viewer, id: string): Promise<SuccessStoryEntity> {
    const story = await this.get(viewer, id, manager);
    if (!story) throw notFound('No such success story.');
    if (!canWriteStory(viewer, story))
      throw forbidden('Only leaders and digital agents of its municipality may change a story.');
    return story;
  }

  private async writableDraft(manager: EntityManager, viewer: Viewer, id: string): Promise<SuccessStoryEntity> {
    const story = await this.writableStory(manager, viewer, id);
    if (story.status !== StoryStatus.DRAFT) {
      throw badInput([{ field: 'id', message: 'is published; only drafts can be edited' }]);
    }
    return story;
  }

  private async checkContactPerson(
    manager: EntityManager,
    viewer: Viewer,
    contactPersonId: string | null | undefined,
    problems: FieldProblem[],
  ): Promise<string | null | undefined> {
    if (!contactPersonId) return contactPersonId;
    const person = await manager.findOne(PersonEntity, { where: { id: contactPersonId } });
    if (!person || person.municipalityId !== viewer.municipalityId) {
      problems.push({ field: 'contactPersonId', message: 'is not a person in your municipality' });
    }
    return contactPersonId;
  }

  /** Each linked suggestion must be one the viewer can see, of their municipality, and implemented. */
  private async checkSuggestions(
    manager: EntityManager,
    viewer: Viewer,
    ids: string[] | null | undefined,
    problems: FieldProblem[],
  ): Promise<string[] | undefined> {
    if (ids === undefined) return undefined;
    const unique = [...new Set(ids ?? [])];
    const scope = await this.access.scopeFor(viewer, manager);
    for (const [index, id] of (ids ?? []).entries()) {
      if (ids!.indexOf(id) !== index) continue;
      const field = `suggestionIds.${index}`;
      let suggestion: SuggestionEntity;
      try {
        suggestion = await this.access.visibleSuggestion(scope, id, manager);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') {
          problems.push({ field, message: 'is not a suggestion of your municipality that you can see' });
          continue;
        }
        throw error;
      }
      if (suggestion.status !== SuggestionStatus.IMPLEMENTED) {
        problems.push({ field, message: 'must be an implemented suggestion' });
      }
    }
    return unique;
  }

  private async replaceGains(manager: EntityManager, storyId: string, gains: GainInput[]): Promise<number> {
    await manager.delete(GainEntity, { storyId });
    if (gains.length) {
      await manager.insert(
        GainEntity,
        gains.map((g, position) => {
          const measured = g.value !== undefined && g.value !== null;
          return {
            storyId,
            position,
            category: g.category,
            description: g.description,
            value: measured ? g.value! : null,
            unit: measured ? g.unit!.trim().replace(/\s+/g, ' ') : null,
          };
        }),
      );
    }
    return gains.length;
  }

  private async replaceSuggestions(manager: EntityManager, storyId: string, suggestionIds: string[]) {
    await manager.delete(StorySuggestionEntity, { storyId });
    if (suggestionIds.length) {
      await manager.insert(
        StorySuggestionEntity,
        suggestionIds.map((suggestionId) => ({ storyId, suggestionId })),
      );
    }
  }
}
