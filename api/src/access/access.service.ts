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

  /**
   * Who may write an answer: the responders, and the person a leader assigned it to (assignment
   * means ownership of the answer). Merging, assigning and reopening stay with the responders.
   */
  canAnswer(s: Pick<SuggestionEntity, 'municipalityId' | 'unitId' | 'ownerId'>): boolean {
    if (s.municipalityId !== this.viewer.municipalityId) return false;
    return this.isResponderFor(s) || (s.ownerId !== null && s.ownerId === this.viewer.personId);
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
    // Inside a transaction the tree is read in it; otherwise it is the in-memory tree of the session's org version.
    const tree =
      manager === this.db.manager
        ? await this.organisation.unitTreeFor(viewer)
        : await this.organisation.unitTree(viewer.municipalityId, manager);
    const responderUnits = hasRole(viewer, Role.ADMIN)
      ? new Set(tree.units.map((u) => u.id))
      : tree.selfAndDescendants(
          viewer.memberships.filter((m) => m.role === Role.LEADER && m.unitId).map((m) => m.unitId!),
        );
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
    const suggestion = await manager.findOne(SuggestionEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!suggestion || !scope.canSee(suggestion)) throw notFound('No such suggestion.');
    return suggestion;
  }
}

/** SQL condition: the person `person` is a LEADER of the row's unit or a unit above it, or an ADMIN (of any municipality; combine with the municipality check). */
function personIsResponderSql(person: string, alias: string): string {
  return (
    `(exists (select 1 from membership vm where vm.person_id = ${person} and vm.role = 'ADMIN')` +
    ` or exists (with recursive chain(id) as (select ${alias}.unit_id` +
    ` union select vu.parent_id from unit vu join chain on vu.id = chain.id where vu.parent_id is not null)` +
    ` select 1 from membership vm join chain on vm.unit_id = chain.id where vm.person_id = ${person} and vm.role = 'LEADER'))`
  );
}

const sameMunicipalitySql = (person: string, alias: string) =>
  `exists (select 1 from person vp where vp.id = ${person} and vp.municipality_id = ${alias}.municipality_id)`;

/**
 * SQL condition: the person whose id is the SQL expression `person` may see the suggestion row
 * `alias` — the same rule as ViewerScope.canSee, for people other than the viewer (who may be
 * notified, assigned, or follow a merged case).
 */
export function personCanSeeSuggestionSql(person: string, alias = 's'): string {
  return (
    `(${sameMunicipalitySql(person, alias)} and (${alias}.confidential = false or ${alias}.submitter_id = ${person}` +
    ` or ${personIsResponderSql(person, alias)}))`
  );
}

/** SQL condition: the same rule as ViewerScope.canSeeSubmitterName, for people other than the viewer. */
export function personCanSeeSubmitterNameSql(person: string, alias = 's'): string {
  return (
    `(${sameMunicipalitySql(person, alias)} and (${alias}.hide_name = false or ${alias}.submitter_id = ${person}` +
    ` or ${personIsResponderSql(person, alias)}))`
  );
}

async function filterPeople(manager: EntityManager, suggestionId: string, personIds: string[], condition: string) {
  if (!personIds.length) return [];
  const rows: { id: string }[] = await manager.query(
    `select p as id from unnest($1::uuid[]) as p, suggestion s where s.id = $2 and ${condition}`,
    [personIds, suggestionId],
  );
  return rows.map((r) => r.id);
}

/** Of these people, those who may see the suggestion. */
export const peopleWhoCanSee = (manager: EntityManager, suggestionId: string, personIds: string[]) =>
  filterPeople(manager, suggestionId, personIds, personCanSeeSuggestionSql('p', 's'));

/** Of these people, those who may see the suggestion's submitter's name. */
export const peopleWhoCanSeeSubmitterName = (manager: EntityManager, suggestionId: string, personIds: string[]) =>
  filterPeople(manager, suggestionId, personIds, personCanSeeSubmitterNameSql('p', 's'));

/** Of these people, the responders for the suggestion (its unit's leaders and above, admins) and its assigned owner. */
export const peopleWhoCanAnswer = (manager: EntityManager, suggestionId: string, personIds: string[]) =>
  filterPeople(
    manager,
    suggestionId,
    personIds,
    `(${sameMunicipalitySql('p', 's')} and (s.owner_id = p or ${personIsResponderSql('p', 's')}))`,
  );

/** What readers who may not see a hidden submitter's name see instead: «Ansatt i <unit>». */
export const hiddenNameLabel = (tree: UnitTree, unitId: string) => `Ansatt i ${tree.get(unitId)?.name ?? 'kommunen'}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
