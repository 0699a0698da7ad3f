import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination';
import { Viewer } from '../common/viewer';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification-kind.enum';
import { NotificationDto } from './dtos/notification.dto';

const STATUSES = new Set<string>(Object.values(SuggestionStatus));
const text = (v: unknown): string | null => (typeof v === 'string' && v.length ? v : null);
const date = (v: unknown): Date | null => {
  const d = typeof v === 'string' ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};
const status = (v: unknown): SuggestionStatus | null =>
  typeof v === 'string' && STATUSES.has(v) ? (v as SuggestionStatus) : null;
const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
/** Names from a payload list: plain strings or `{ name }` objects. */
const names = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .map((x) => (typeof x === 'string' ? x : text((x as { name?: unknown } | null)?.name)))
        .filter((x): x is string => !!x)
    : [];

/**
 * The in-app side of notifications: the signed-in person's own list, unread count and marking read.
 * (Writing notifications is NotificationsService, the outbox.)
 */
@Injectable()
export class NotificationInboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The viewer's notifications, newest first, keyset-paginated on (createdAt, id). */
  async list(
    viewer: Viewer,
    first: number | undefined,
    after: string | undefined,
    unreadOnly: boolean | undefined,
  ): Promise<Connection<NotificationDto>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const qb = this.db.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.person_id = :me', { me: viewer.personId });
    if (unreadOnly) qb.andWhere('n.read_at is null');
    const totalCount = await qb.getCount();
    if (cursor) {
      qb.andWhere('(n.created_at, n.id) < (:cursorAt, :cursorId)', {
        cursorAt: new Date(cursor.at),
        cursorId: cursor.id,
      });
    }
    const rows = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    const visible = await this.visibleSuggestions(viewer, page);
    return toConnection(
      rows,
      size,
      totalCount,
      (n) => encodeCursor(n.createdAt, n.id),
      (n) => this.toDto(n, visible),
    );
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return this.db.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.person_id = :me and n.read_at is null', { me: viewer.personId })
      .getCount();
  }

  /**
   * Marks the viewer's own unread notifications read (the listed ones, or all). Ids of other
   * people's notifications, unknown ids and already-read ones are ignored, so the answer never
   * reveals whether someone else's notification exists. Returns how many became read.
   */
  async markRead(viewer: Viewer, ids: string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    // `ids: null` is as good as leaving ids out.
    if (!all && ids == null) throw badInput([{ field: 'ids', message: 'give the ids to mark read, or all: true' }]);
    if (!all && !ids!.length) return 0;
    const qb = this.db.manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: this.clock.now() })
      .where('person_id = :me and read_at is null', { me: viewer.personId });
    if (!all) qb.andWhere('id = any(:ids)', { ids: [...new Set(ids)] });
    return (await qb.execute()).affected ?? 0;
  }

  /** The page's suggestions that this viewer may still see, by id (one query for the page). */
  private async visibleSuggestions(viewer: Viewer, page: NotificationEntity[]): Promise<Map<string, SuggestionEntity>> {
    const ids = [...new Set(page.map((n) => n.suggestionId).filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    const scope = await this.access.scopeFor(viewer);
    const suggestions = await this.db.manager.find(SuggestionEntity, { where: { id: In(ids) } });
    return new Map(suggestions.filter((s) => scope.canSee(s)).map((s) => [s.id, s]));
  }

  /** The one place a notification's stored payload becomes public fields. */
  private toDto(n: NotificationEntity, visible: Map<string, SuggestionEntity>): NotificationDto {
    const base = { id: n.id, kind: n.kind, createdAt: n.createdAt, readAt: n.readAt };
    const suggestion = n.suggestionId ? visible.get(n.suggestionId) : undefined;
    if (n.suggestionId && !suggestion) {
      // The reader can no longer see the suggestion: say that something happened, not what.
      return {
        ...base,
        suggestion: null,
        title: null,
        message: null,
        actorName: null,
        fromStatus: null,
        toStatus: null,
        unitName: null,
        escalatedTo: [],
        storyId: null,
        reviewOn: null,
        reviewAnswerDueAt: null,
        forSubmitter: false,
        dueAt: null,
        weekly: null,
        unitId: null,
        month: null,
      };
    }
    const p = n.payload ?? {};
    return {
      ...base,
      suggestion: suggestion ? { id: suggestion.id, title: suggestion.title, status: suggestion.status } : null,
      title: text(p.title),
      message: text(p.message),
      actorName: text(p.authorName) ?? text(p.assignedBy) ?? text(p.actorName),
      fromStatus: status(p.fromStatus),
      toStatus: status(p.toStatus) ?? status(p.status),
      unitName: text(p.unitName),
      escalatedTo: names(p.escalatedTo),
      storyId: text(p.storyId),
      reviewOn: date(p.reviewOn),
      reviewAnswerDueAt: n.kind === NotificationKind.REVIEW_DUE ? date(p.dueAt) : null,
      forSubmitter: n.kind === NotificationKind.REVIEW_DUE && p.audience === 'SUBMITTER',
      dueAt: date(p.dueAt),
      // Counts only: the weekly e-mail's lists of titles stay in the e-mail (the inbox shows them live).
      weekly:
        n.kind === NotificationKind.LEADER_WEEKLY
          ? {
              overdue: count(p.overdueCount),
              dueThisWeek: count(p.dueThisWeekCount),
              answeredLastWeek: count(p.answeredLastWeekCount),
            }
          : null,
      unitId: text(p.unitId),
      month: text(p.month),
    };
  }
}
