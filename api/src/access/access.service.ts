import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors';
import { hasRole, Viewer } from '../common/viewer';
import { OrganisationService, UnitTree } from '../organisation/organisation.service';
import { Role } from '../organisation/role.enum';
import { SuggestionEntity } from '../suggestions/suggestion.entity';

/**
 * What one viewer may see and do, computed once per use case. The one place that answers
 * "may this person do X to this suggestion?"; it denies by default and answers NOT_FOUND
 * rather than revealing that something invisible exists.
 */
export class ViewerScope {
  constructor(
    readonly viewer: Viewer,
    readonly tree: UnitTree,
    /** Units whose suggestions the viewer answers for: their LEADER units and all below; every unit for admins. */
    readonly responderUnitIds: Set<string>,
  ) {}

  get isAdmin(): boolean {
    return hasRole(this.viewer, Role.ADMIN);
  }

  /** Leaders of the unit or a unit above it, and the municipality's admins. */
  isResponderFor(s: Pick<SuggestionEntity, 'municipalityId' | 'unitId'>): boolean {
    return s.municipalityId === this.viewer.municipalityId && this.responderUnitIds.has(s.unitId);
  }

  canSee(s: Pick<SuggestionEntity, 'municipalityId' | 'unitId' | 'confidential' | 'submitterId'>): boolean {
    if (s.municipalityId !== this.viewer.municipalityId) return false;
    return !s.confidential || s.submitterId === this.viewer.personId || this.isResponderFor(s);
  }

  canSeeSubmitterName(s: Pick<SuggestionEntity, 'municipalityId' | 'unitId' | 'hideName' | 'submitterId'>): boolean {
    return !s.hideName || s.submitterId === this.viewer.personId || this.isResponderFor(s);
  }

  /** SQL condition (alias `s`) equal to canSee, for lists and searches. Parameters are named. */
  visibilitySql(alias = 's'): { sql: string; params: Record<string, unknown> } {
    return {
      sql:
        `(${alias}.municipality_id = :viewerMunicipalityId and (${alias}.confidential = false` +
        ` or ${alias}.submitter_id = :viewerPersonId or ${alias}.unit_id = any(:viewerResponderUnits)))`,
      params: {
        viewerMunicipalityId: this.viewer.municipalityId,
        viewerPersonId: this.viewer.personId,
        viewerResponderUnits: [...this.responderUnitIds],
      },
    };
  }
}

@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  /** One scope per request (the viewer object lives as long as the request). */
  private readonly cache = new WeakMap<Viewer, Promise<ViewerScope>>();

  scopeFor(viewer: Viewer, manager?: EntityManager): Promise<ViewerScope> {
    if (manager) return this.computeScope(viewer, manager);
    let scope = this.cache.get(viewer);
    if (!scope) this.cache.set(viewer, (scope = this.computeScope(viewer, this.db.manager)));
    return scope;
  }

  private async computeScope(viewer: Viewer, manager: EntityManager): Promise<ViewerScope> {
    const tree = await this.organisation.unitTree(viewer.municipalityId, manager);
    const responderUnits = hasRole(viewer, Role.ADMIN)
      ? new Set(tree.units.map((u) => u.id))
      : tree.selfAndDescendants(viewer.memberships.filter((m) => m.role === Role.LEADER && m.unitId).map((m) => m.unitId!));
    return new ViewerScope(viewer, tree, responderUnits);
  }

  /** The suggestion if this viewer may see it; NOT_FOUND otherwise (also for other municipalities). */
  async visibleSuggestion(
    scope: ViewerScope,
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<SuggestionEntity> {
    if (!isUuid(id)) throw notFound('No such suggestion.');
    const suggestion = await manager.findOne(SuggestionEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    if (!suggestion || !scope.canSee(suggestion)) throw notFound('No such suggestion.');
    return suggestion;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
