import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { hasRole, Viewer } from '../common/viewer';
import { AccessService, isUuid, ViewerScope } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Role } from '../organisation/role.enum';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { FocusAreaEntity } from './focus-area.entity';
import { FOCUS_AREA_MAX_DAYS, isFocusAreaOpen } from './focus-area.rules';
import { CreateFocusAreaInput } from './dtos/focus-area.inputs';

const DAY = 86_400_000;

const auditState = (a: FocusAreaEntity) => ({
  title: a.title,
  unitId: a.unitId,
  opensAt: a.opensAt.toISOString(),
  closesAt: a.closesAt.toISOString(),
  closedAt: a.closedAt?.toISOString() ?? null,
});

/**
 * Focus areas (innsatsområder). Everyone in the municipality sees them; leaders publish them for
 * their units (and the units below), admins for any unit or the whole municipality.
 */
@Injectable()
export class FocusAreasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  scope(viewer: Viewer): Promise<ViewerScope> {
    return this.access.scopeFor(viewer);
  }

  isOpen(area: Pick<FocusAreaEntity, 'opensAt' | 'closesAt' | 'closedAt'>): boolean {
    return isFocusAreaOpen(area, this.clock.now());
  }

  /** Open ones first (closing soonest first), then upcoming, then ended (latest first). */
  async list(viewer: Viewer, activeOnly: boolean): Promise<FocusAreaEntity[]> {
    const now = this.clock.now();
    const open = `(a.closed_at is null and a.opens_at <= :now and a.closes_at > :now)`;
    const qb = this.db.manager
      .createQueryBuilder(FocusAreaEntity, 'a')
      .where('a.municipality_id = :m', { m: viewer.municipalityId })
      .setParameter('now', now);
    if (activeOnly) qb.andWhere(open);
    return qb
      .orderBy(`case when ${open} then 0 when a.closed_at is null and a.opens_at > :now then 1 else 2 end`, 'ASC')
      .addOrderBy(`case when ${open} then a.closes_at end`, 'ASC')
      .addOrderBy('a.opens_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Null when it does not exist or belongs to another municipality. */
  async get(viewer: Viewer, id: string): Promise<FocusAreaEntity | null> {
    if (!isUuid(id)) return null;
    const area = await this.db.manager.findOne(FocusAreaEntity, { where: { id } });
    return area && area.municipalityId === viewer.municipalityId ? area : null;
  }

  /** Leaders publish for a unit they lead (or one below it); only admins for the whole municipality. */
  async create(viewer: Viewer, input: CreateFocusAreaInput): Promise<FocusAreaEntity> {
    const scope = await this.scope(viewer);
    const unitId = input.unitId ?? null;
    if (unitId === null) {
      if (!scope.isAdmin) throw forbidden('Only admins may publish a focus area for the whole municipality.');
    } else {
      if (!scope.tree.get(unitId)) throw badInput([{ field: 'unitId', message: 'is not a unit of your municipality' }]);
      if (!scope.isResponderFor({ municipalityId: viewer.municipalityId, unitId })) {
        throw forbidden('Only leaders of the unit (or above) and admins may publish a focus area for it.');
      }
    }
    const now = this.clock.now();
    const opensAt = input.opensAt && input.opensAt > now ? input.opensAt : now;
    const closesAt = input.closesAt;
    if (closesAt <= opensAt)
      throw badInput([{ field: 'closesAt', message: 'must be after it opens (and in the future)' }]);
    if (closesAt.getTime() - opensAt.getTime() > FOCUS_AREA_MAX_DAYS * DAY) {
      throw badInput([{ field: 'closesAt', message: `must be at most ${FOCUS_AREA_MAX_DAYS} days after it opens` }]);
    }
    return this.db.transaction(async (manager) => {
      const area = await manager.save(
        manager.create(FocusAreaEntity, {
          municipalityId: viewer.municipalityId,
          unitId,
          title: input.title.trim(),
          question: input.question.trim(),
          opensAt,
          closesAt,
          closedAt: null,
          createdById: viewer.personId,
          createdAt: now,
        }),
      );
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'focus_area.create',
        entityType: 'focus_area',
        entityId: area.id,
        after: auditState(area),
        at: now,
      });
      return area;
    });
  }

  /** Whoever may publish for its unit (or whoever published it) may close it early. Closing twice is a no-op. */
  async close(viewer: Viewer, id: string): Promise<FocusAreaEntity> {
    const scope = await this.scope(viewer);
    return this.db.transaction(async (manager) => {
      const area = isUuid(id)
        ? await manager.findOne(FocusAreaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!area || area.municipalityId !== viewer.municipalityId) throw notFound('No such focus area.');
      if (!this.canManage(scope, area)) throw forbidden('Only its leaders and admins may close a focus area.');
      const now = this.clock.now();
      if (area.closedAt || area.closesAt <= now) return area;
      const before = auditState(area);
      area.closedAt = now;
      await manager.update(FocusAreaEntity, area.id, { closedAt: now });
      await this.audit.record(manager, {
        municipalityId: area.municipalityId,
        actorId: viewer.personId,
        action: 'focus_area.close',
        entityType: 'focus_area',
        entityId: area.id,
        before,
        after: auditState(area),
        at: now,
      });
      return area;
    });
  }

  canManage(scope: ViewerScope, area: Pick<FocusAreaEntity, 'unitId' | 'createdById' | 'municipalityId'>): boolean {
    if (area.municipalityId !== scope.viewer.municipalityId) return false;
    if (hasRole(scope.viewer, Role.ADMIN) || area.createdById === scope.viewer.personId) return true;
    return area.unitId !== null && scope.isResponderFor({ municipalityId: area.municipalityId, unitId: area.unitId });
  }

  /** The suggestions answering it that this viewer may see, newest first. */
  async suggestions(viewer: Viewer, focusAreaId: string): Promise<SuggestionEntity[]> {
    const scope = await this.scope(viewer);
    const visibility = scope.visibilitySql('s');
    return this.db.manager
      .createQueryBuilder(SuggestionEntity, 's')
      .where(visibility.sql, visibility.params)
      .andWhere('s.focus_area_id = :focusAreaId', { focusAreaId })
      .orderBy('s.submitted_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
  }

  async suggestionCount(viewer: Viewer, focusAreaId: string): Promise<number> {
    const scope = await this.scope(viewer);
    const visibility = scope.visibilitySql('s');
    return this.db.manager
      .createQueryBuilder(SuggestionEntity, 's')
      .where(visibility.sql, visibility.params)
      .andWhere('s.focus_area_id = :focusAreaId', { focusAreaId })
      .getCount();
  }
}
