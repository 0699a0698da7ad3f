import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityNotFoundError } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { MunicipalityEntity } from './municipality.entity';
import { UnitEntity } from './unit.entity';
import { PersonEntity } from './person.entity';
import { PersonDto } from './dtos/organisation.dto';
import { Role } from './role.enum';
import { VersionedCache } from './versioned-cache';

/** The units of one municipality as a tree: who is above whom. */
export class UnitTree {
  private readonly byId: Map<string, UnitEntity>;
  private readonly childrenOf = new Map<string, string[]>();
  constructor(readonly units: UnitEntity[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      if (!u.parentId) continue;
      const siblings = this.childrenOf.get(u.parentId);
      if (siblings) siblings.push(u.id);
      else this.childrenOf.set(u.parentId, [u.id]);
    }
  }
  get(id: string): UnitEntity | undefined {
    return this.byId.get(id);
  }
  /** The unit and every unit above it, nearest first. */
  selfAndAncestors(unitId: string): string[] {
    const chain: string[] = [];
    for (
      let u = this.byId.get(unitId);
      u && !chain.includes(u.id);
      u = u.parentId ? this.byId.get(u.parentId) : undefined
    ) {
      chain.push(u.id);
    }
    return chain;
  }
  /** The units and every unit below them. */
  selfAndDescendants(unitIds: Iterable<string>): Set<string> {
    const result = new Set<string>();
    const queue = [...unitIds];
    while (queue.length) {
      const id = queue.pop()!;
      if (result.has(id)) continue;
      result.add(id);
      for (const child of this.childrenOf.get(id) ?? []) queue.push(child);
    }
    return result;
  }
}

/** Who answers for each unit (its active leaders) and the municipality's active admins, with their names. */
export interface LeaderDirectory {
  leadersByUnit: ReadonlyMap<string, readonly PersonRef[]>;
  admins: readonly PersonRef[];
}

export interface PersonRef {
  id: string;
  name: string;
}

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async unitTree(municipalityId: string, manager: EntityManager = this.db.manager): Promise<UnitTree> {
    return new UnitTree(await manager.find(UnitEntity, { where: { municipalityId }, order: { name: 'ASC' } }));
  }

  /** Trees read outside a transaction, per municipality and org version (see VersionedCache). */
  private readonly trees = new VersionedCache<UnitTree>();
  private readonly directories = new VersionedCache<LeaderDirectory>();

  /**
   * The viewer's municipality's tree outside a transaction: the shared, frozen tree of the session's org version
   * (a viewer made without a session, e.g. in a test, reads the units).
   */
  unitTreeFor(viewer: Pick<Viewer, 'municipalityId' | 'orgVersion'>): Promise<UnitTree> {
    if (viewer.orgVersion === undefined) return this.unitTree(viewer.municipalityId);
    return this.trees.get(viewer.municipalityId, viewer.orgVersion, () =>
      this.db.manager
        .find(UnitEntity, { where: { municipalityId: viewer.municipalityId }, order: { name: 'ASC' } })
        .then((units) => new UnitTree(Object.freeze(units.map((u) => Object.freeze(u))) as UnitEntity[])),
    );
  }

  /**
   * The active leaders of every unit of the viewer's municipality (LEADER membership in exactly that unit) and its
   * active admins, outside a transaction: shared and frozen per org version, like the unit tree (one statement when
   * the version changes; a viewer made without a session reads it each time).
   */
  leaderDirectoryFor(viewer: Pick<Viewer, 'municipalityId' | 'orgVersion'>): Promise<LeaderDirectory> {
    const read = () => this.leaderDirectory(viewer.municipalityId);
    if (viewer.orgVersion === undefined) return read();
    return this.directories.get(viewer.municipalityId, viewer.orgVersion, read);
  }

  private async leaderDirectory(municipalityId: string): Promise<LeaderDirectory> {
    const rows: { unitId: string | null; role: Role; id: string; name: string }[] = await this.db.query(
      `select m.unit_id as "unitId", m.role, p.id, p.name from membership m join person p on p.id = m.person_id
        where p.municipality_id = $1 and p.deactivated_at is null
          and (m.role = 'LEADER' and m.unit_id is not null or m.role = 'ADMIN')
        order by p.name, p.id`,
      [municipalityId],
    );
    const leadersByUnit = new Map<string, PersonRef[]>();
    const admins = new Map<string, PersonRef>();
    for (const r of rows) {
      const person = Object.freeze({ id: r.id, name: r.name });
      if (r.role === Role.ADMIN) admins.set(r.id, person);
      else leadersByUnit.set(r.unitId!, [...(leadersByUnit.get(r.unitId!) ?? []), person]);
    }
    for (const list of leadersByUnit.values()) Object.freeze(list);
    return Object.freeze({ leadersByUnit, admins: Object.freeze([...admins.values()]) });
  }

  async municipality(id: string, manager: EntityManager = this.db.manager): Promise<MunicipalityEntity> {
    return manager.findOneOrFail(MunicipalityEntity, { where: { id } });
  }

  /**
   * The signed-in person as `me` shows them, from what the session statement already read (name, e-mail,
   * municipality, memberships in order) and the unit tree of that same org version: no statement of its own.
   * A viewer without those (made by a test), or a membership in a unit the tree does not hold, falls back to
   * personDto.
   */
  async viewerPersonDto(viewer: Viewer): Promise<PersonDto> {
    if (!viewer.municipality || viewer.email === undefined) return this.personDto(viewer.personId, true);
    const tree = await this.unitTreeFor(viewer);
    const memberships: PersonDto['memberships'] = [];
    for (const { role, unitId } of viewer.memberships) {
      const unit = unitId ? tree.get(unitId) : null;
      if (unit === undefined) return this.personDto(viewer.personId, true);
      memberships.push({
        role,
        unit: unit && { id: unit.id, name: unit.name, parentId: unit.parentId, municipalityId: unit.municipalityId },
      });
    }
    return {
      id: viewer.personId,
      name: viewer.name,
      email: viewer.email ?? undefined,
      locale: viewer.locale,
      municipality: viewer.municipality,
      memberships,
    };
  }

  /** A person with their municipality and memberships, in one statement (it answers `me` on every page load). */
  async personDto(personId: string, showEmail: boolean): Promise<PersonDto> {
    const [row]: {
      id: string;
      name: string;
      email: string | null;
      locale: string;
      municipality: PersonDto['municipality'];
      memberships: PersonDto['memberships'];
    }[] = await this.db.query(
      `select p.id, p.name, p.email, p.locale,
              json_build_object('id', m.id, 'name', m.name, 'slug', m.slug) as municipality,
              coalesce((select json_agg(json_build_object('role', ms.role, 'unit', case when u.id is not null then
                                 json_build_object('id', u.id, 'name', u.name, 'parentId', u.parent_id,
                                                   'municipalityId', u.municipality_id) end)
                                 order by ms.role, u.name, ms.id)
                          from membership ms left join unit u on u.id = ms.unit_id
                         where ms.person_id = p.id), '[]'::json) as memberships
         from person p join municipality m on m.id = p.municipality_id
        where p.id = $1`,
      [personId],
    );
    if (!row) throw new EntityNotFoundError(PersonEntity, { id: personId });
    return {
      id: row.id,
      name: row.name,
      email: showEmail && row.email ? row.email : undefined,
      locale: row.locale,
      municipality: row.municipality,
      memberships: row.memberships,
    };
  }

  /** The active leaders of these units (LEADER membership in exactly that unit); deactivated people owe nothing. */
  async leadersOf(unitIds: string[], manager: EntityManager = this.db.manager): Promise<string[]> {
    return [...new Set([...(await this.leadersByUnit(unitIds, manager)).values()].flat())];
  }

  /** The active leaders of each of these units, in one query. */
  async leadersByUnit(unitIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    const byUnit = new Map<string, string[]>();
    if (!unitIds.length) return byUnit;
    const rows: { unit_id: string; person_id: string }[] = await manager.query(
      `select distinct m.unit_id, m.person_id from membership m join person p on p.id = m.person_id
        where m.unit_id = any($1::uuid[]) and m.role = 'LEADER' and p.deactivated_at is null`,
      [unitIds],
    );
    for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r.person_id]);
    return byUnit;
  }

  async adminsOf(municipalityId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `select distinct p.id from person p join membership m on m.person_id = p.id
        where p.municipality_id = $1 and m.role = 'ADMIN' and p.deactivated_at is null`,
      [municipalityId],
    );
    return rows.map((r) => r.id);
  }

  async peopleOfMunicipality(municipalityId: string): Promise<PersonEntity[]> {
    return this.db.manager.find(PersonEntity, {
      where: { municipalityId },
      relations: { memberships: { unit: true } },
      order: { name: 'ASC' },
    });
  }
}
