import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isTerminal } from '@idehub/libs';
import { Clock } from '../common/clock';
import { badInput, forbidden } from '../common/errors';
import { Viewer } from '../common/viewer';
import {
  AccessService,
  hiddenNameLabel,
  isUuid,
  peopleWhoCanSeeSubmitterName,
  ViewerScope,
} from '../access/access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { FollowerEntity, FollowReason } from '../suggestions/follower.entity';
import { SupportEntity } from './support.entity';
import { CommentEntity } from './comment.entity';
import { CoCreatorEntity } from './co-creator.entity';

/** How much of a comment a notification (and its e-mail) carries. */
const COMMENT_EXCERPT_LENGTH = 280;
/** The most suggestions each list of a person's page holds. */
const PROFILE_LIST_LIMIT = 100;

export interface CommentView {
  id: string;
  body: string;
  createdAt: Date;
  /** The author's name, or «Ansatt i <unit>» where the author is the hidden submitter and the reader may not know. */
  authorName: string;
  /** Null where the name is hidden from the reader (the id would give it away). */
  author: { id: string; name: string } | null;
  byMe: boolean;
  bySubmitter: boolean;
}

export interface PersonProfile {
  person: PersonEntity;
  submitted: SuggestionEntity[];
  supported: SuggestionEntity[];
  coCreating: SuggestionEntity[];
}

/**
 * Co-creation: support, comments and «Bli med». Supporters and co-creators follow the
 * suggestion, so they get its responses; withdrawing removes that follow unless the person
 * follows it for another reason (by hand, as submitter, as co-creator, or through a merge).
 */
@Injectable()
export class CoCreationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly suggestions: SuggestionsService,
    private readonly notifications: NotificationsService,
  ) {}

  scope(viewer: Viewer): Promise<ViewerScope> {
    return this.access.scopeFor(viewer);
  }

  // ---- support ----

  async support(viewer: Viewer, suggestionId: string): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (s.submitterId === viewer.personId) throw forbidden('You cannot support your own suggestion.');
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(SupportEntity)
        .values({ suggestionId: s.id, personId: viewer.personId, createdAt: now })
        .orIgnore()
        .execute();
      await this.suggestions.follow(manager, s.id, viewer.personId, FollowReason.SUPPORTER, now);
      return s;
    });
  }

  async unsupport(viewer: Viewer, suggestionId: string): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      await manager.delete(SupportEntity, { suggestionId: s.id, personId: viewer.personId });
      await this.dropFollow(manager, s.id, viewer.personId, FollowReason.SUPPORTER);
      return s;
    });
  }

  // ---- «Bli med» ----

  async join(viewer: Viewer, suggestionId: string): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      if (s.submitterId === viewer.personId) throw forbidden('You are already part of your own suggestion.');
      if (isTerminal(s.status))
        throw badInput([{ field: 'id', message: 'is closed; there is nothing left to help realise' }]);
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(CoCreatorEntity)
        .values({ suggestionId: s.id, personId: viewer.personId, createdAt: now })
        .orIgnore()
        .execute();
      await this.suggestions.follow(manager, s.id, viewer.personId, FollowReason.CO_CREATOR, now);
      return s;
    });
  }

  async leave(viewer: Viewer, suggestionId: string): Promise<SuggestionEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      await manager.delete(CoCreatorEntity, { suggestionId: s.id, personId: viewer.personId });
      await this.dropFollow(manager, s.id, viewer.personId, FollowReason.CO_CREATOR);
      return s;
    });
  }

  /**
   * Ends a follow that existed for `reason` only. A follow for another reason stays; a supporter
   * who is also a co-creator (or the reverse) keeps following as the other.
   */
  private async dropFollow(manager: EntityManager, suggestionId: string, personId: string, reason: FollowReason) {
    const follow = await manager.findOne(FollowerEntity, { where: { suggestionId, personId } });
    if (!follow || follow.reason !== reason) return;
    const stillCoCreator =
      reason !== FollowReason.CO_CREATOR &&
      (await manager.exists(CoCreatorEntity, { where: { suggestionId, personId } }));
    const stillSupporter =
      reason !== FollowReason.SUPPORTER && (await manager.exists(SupportEntity, { where: { suggestionId, personId } }));
    if (stillCoCreator || stillSupporter) {
      await manager.update(
        FollowerEntity,
        { suggestionId, personId },
        { reason: stillCoCreator ? FollowReason.CO_CREATOR : FollowReason.SUPPORTER },
      );
    } else {
      await manager.delete(FollowerEntity, { suggestionId, personId });
    }
  }

  // ---- comments ----

  async addComment(viewer: Viewer, suggestionId: string, body: string): Promise<CommentView> {
    const text = body.trim();
    if (!text) throw badInput([{ field: 'body', message: 'must not be empty' }]);
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const s = await this.access.visibleSuggestion(scope, suggestionId, manager);
      const now = this.clock.now();
      const comment = await manager.save(
        manager.create(CommentEntity, { suggestionId: s.id, authorId: viewer.personId, body: text, createdAt: now }),
      );
      const followers = (await manager.find(FollowerEntity, { where: { suggestionId: s.id } }))
        .map((f) => f.personId)
        .filter((id) => id !== viewer.personId);
      // A hidden submitter's comment carries their name only to those who may know it.
      const hidden = s.hideName && s.submitterId === viewer.personId;
      const knowName = hidden
        ? new Set(await peopleWhoCanSeeSubmitterName(manager, s.id, followers))
        : new Set(followers);
      const event = (authorName: string) => ({
        kind: NotificationKind.COMMENT_ADDED,
        suggestionId: s.id,
        eventKey: `comment:${comment.id}`,
        payload: { title: s.title, commentId: comment.id, authorName, message: excerpt(text) },
      });
      await this.notifications.notify(manager, [...knowName], event(viewer.name), now);
      await this.notifications.notify(
        manager,
        followers.filter((id) => !knowName.has(id)),
        event(hiddenNameLabel(scope.tree, s.unitId)),
        now,
      );
      return {
        id: comment.id,
        body: comment.body,
        createdAt: comment.createdAt,
        authorName: viewer.name,
        author: { id: viewer.personId, name: viewer.name },
        byMe: true,
        bySubmitter: s.submitterId === viewer.personId,
      };
    });
  }

  /** The thread, oldest first, as this reader may see it. The caller has checked the suggestion is visible. */
  async comments(
    scope: ViewerScope,
    s: Pick<SuggestionEntity, 'id' | 'submitterId' | 'hideName' | 'unitId' | 'municipalityId'>,
  ): Promise<CommentView[]> {
    const rows = await this.db.manager.find(CommentEntity, {
      where: { suggestionId: s.id },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const nameHidden = !scope.canSeeSubmitterName(s);
    return rows.map((c) => {
      const bySubmitter = c.authorId === s.submitterId;
      const masked = bySubmitter && nameHidden;
      return {
        id: c.id,
        body: c.body,
        createdAt: c.createdAt,
        authorName: masked ? hiddenNameLabel(scope.tree, s.unitId) : c.author!.name,
        author: masked ? null : { id: c.author!.id, name: c.author!.name },
        byMe: c.authorId === scope.viewer.personId,
        bySubmitter,
      };
    });
  }

  // ---- reads for the Suggestion fields ----

  supportedBy(suggestionId: string, personId: string): Promise<boolean> {
    return this.db.manager.exists(SupportEntity, { where: { suggestionId, personId } });
  }

  async coCreators(suggestionId: string): Promise<{ id: string; name: string }[]> {
    return this.db.manager
      .createQueryBuilder(CoCreatorEntity, 'c')
      .innerJoin(PersonEntity, 'p', 'p.id = c.person_id')
      .select(['p.id as id', 'p.name as name'])
      .where('c.suggestion_id = :suggestionId', { suggestionId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('p.name', 'ASC')
      .getRawMany();
  }

  isCoCreator(suggestionId: string, personId: string): Promise<boolean> {
    return this.db.manager.exists(CoCreatorEntity, { where: { suggestionId, personId } });
  }

  // ---- a person's page ----

  /**
   * What a person submitted, supports and helps with, as this viewer may see it: only suggestions
   * the viewer can see, and none the person submitted with a hidden name unless the viewer may
   * know who submitted it. Null for an unknown person or one of another municipality.
   */
  async profile(viewer: Viewer, personId: string): Promise<PersonProfile | null> {
    if (!isUuid(personId)) return null;
    const person = await this.db.manager.findOne(PersonEntity, {
      where: { id: personId },
      relations: { memberships: { unit: true } },
    });
    if (!person || person.municipalityId !== viewer.municipalityId) return null;
    const scope = await this.scope(viewer);
    const visibility = scope.visibilitySql('s');
    const visible = () =>
      this.db.manager
        .createQueryBuilder(SuggestionEntity, 's')
        .where(visibility.sql, visibility.params)
        .orderBy('s.submitted_at', 'DESC')
        .addOrderBy('s.id', 'DESC')
        .limit(PROFILE_LIST_LIMIT);
    const [submitted, supported, coCreating] = await Promise.all([
      visible()
        .andWhere('s.submitter_id = :personId', { personId })
        .andWhere('(s.hide_name = false or s.submitter_id = :me or s.unit_id = any(:nameUnits))', {
          me: viewer.personId,
          nameUnits: [...scope.responderUnitIds],
        })
        .getMany(),
      visible()
        .innerJoin(SupportEntity, 'sp', 'sp.suggestion_id = s.id and sp.person_id = :personId', { personId })
        .getMany(),
      visible()
        .innerJoin(CoCreatorEntity, 'cc', 'cc.suggestion_id = s.id and cc.person_id = :personId', { personId })
        .getMany(),
    ]);
    return { person, submitted, supported, coCreating };
  }
}

function excerpt(text: string): string {
  return text.length <= COMMENT_EXCERPT_LENGTH ? text : `${text.slice(0, COMMENT_EXCERPT_LENGTH - 1)}…`;
}
