import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { Connection, pageSize } from '../common/pagination';
import { hasRole, Viewer } from '../common/viewer';
import { isUuid } from '../access/access.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService } from '../notifications/notifications.service';
import { MembershipSource } from '../organisation/membership-source.enum';
import { MembershipEntity } from '../organisation/membership.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { deactivatePeople, reactivatePeople, returnedRows } from '../organisation/person-lifecycle';
import { PersonEntity } from '../organisation/person.entity';
import { Role } from '../organisation/role.enum';
import { UnitEntity } from '../organisation/unit.entity';
import { AdminUnitDto, DirectoryPersonDto } from './dtos/org-admin.dto';
import {
  AddPersonInput,
  CreateUnitInput,
  MembershipInput,
  PeopleDirectoryArgs,
  UpdatePersonInput,
  UpdateUnitInput,
} from './dtos/org-admin.inputs';

/** A membership as it is stored: ADMIN holds for the municipality (unit null). */
interface WantedMembership {
  unitId: string | null;
  role: Role;
}

const membershipKey = (m: WantedMembership) => `${m.role}:${m.unitId ?? ''}`;

/** Cursor over (lower(name), id), the directory's order. */
const encodePersonCursor = (name: string, id: string) =>
  Buffer.from(JSON.stringify({ n: name.toLowerCase(), id })).toString('base64url');
function decodePersonCursor(cursor: string | undefined): { n: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof v.n === 'string' && typeof v.id === 'string' && isUuid(v.id)) return v;
  } catch {
    /* fall through */
  }
  throw badInput([{ field: 'after', message: 'is not a cursor returned by this API' }]);
}

/** LIKE pattern for a search text, with the wildcard characters taken literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Units, people and roles at /admin: the use cases of a municipality's ADMIN. Every mutation
 * runs in one transaction that first locks the municipality row, so two admins working at once
 * cannot, say, both remove the last two admins; every change is in the audit log in the same
 * transaction. Things of other municipalities answer NOT_FOUND.
 */
@Injectable()
export class OrgAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Deny by default: only the municipality's admins manage its organisation. */
  assertAdmin(viewer: Viewer): void {
    if (!hasRole(viewer, Role.ADMIN)) throw forbidden('Only admins may manage units and people.');
  }

  private async inAdminTransaction<T>(viewer: Viewer, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.assertAdmin(viewer);
    return this.db.transaction(async (manager) => {
      await manager.findOne(MunicipalityEntity, {
        where: { id: viewer.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      return work(manager);
    });
  }

  private async unitOf(manager: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<UnitEntity> {
    const unit = isUuid(id)
      ? await manager.findOne(UnitEntity, { where: { id, municipalityId: viewer.municipalityId } })
      : null;
    if (!unit) {
      if (field === 'id') throw notFound('No such unit.');
      throw badInput([{ field, message: 'is not a unit of your municipality' }]);
    }
    return unit;
  }

  private async personOf(manager: EntityManager, viewer: Viewer, id: string): Promise<PersonEntity> {
    const person = isUuid(id)
      ? await manager.findOne(PersonEntity, { where: { id, municipalityId: viewer.municipalityId } })
      : null;
    if (!person) throw notFound('No such person.');
    return person;
  }

  private async assertFreeSiblingName(
    manager: EntityManager,
    unit: { municipalityId: string; parentId: string | null; name: string; id?: string },
  ) {
    const clash = await manager.findOne(UnitEntity, {
      where: {
        municipalityId: unit.municipalityId,
        parentId: unit.parentId ?? IsNull(),
        name: unit.name,
        closedAt: IsNull(),
      },
    });
    if (clash && clash.id !== unit.id) {
      throw badInput([{ field: 'name', message: 'an open unit with this name already exists at this place' }]);
    }
  }

  // ---- units ----

  async adminUnits(viewer: Viewer): Promise<AdminUnitDto[]> {
    this.assertAdmin(viewer);
    const rows: {
      id: string;
      name: string;
      parent_id: string | null;
      closed_at: Date | null;
      members: number;
      open_suggestions: number;
    }[] = await this.db.query(
      `select u.id, u.name, u.parent_id, u.closed_at,
              (select count(distinct m.person_id)::int from membership m join person p on p.id = m.person_id
                where m.unit_id = u.id and p.deactivated_at is null) as members,
              (select count(*)::int from suggestion s where s.unit_id = u.id and s.closed_at is null) as open_suggestions
         from unit u where u.municipality_id = $1 order by lower(u.name), u.id`,
      [viewer.municipalityId],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      parentId: r.parent_id,
      closedAt: r.closed_at,
      memberCount: r.members,
      openSuggestionCount: r.open_suggestions,
    }));
  }

  async createUnit(viewer: Viewer, input: CreateUnitInput): Promise<UnitEntity> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const name = input.name.trim();
      if (!name) throw badInput([{ field: 'name', message: 'must not be blank' }]);
      const parentId = input.parentId ?? null;
      if (parentId) {
        const parent = await this.unitOf(manager, viewer, parentId, 'parentId');
        if (parent.closedAt) throw badInput([{ field: 'parentId', message: 'is a closed unit' }]);
      }
      await this.assertFreeSiblingName(manager, { municipalityId: viewer.municipalityId, parentId, name });
      const unit = await manager.save(
        manager.create(UnitEntity, { municipalityId: viewer.municipalityId, parentId, name, closedAt: null }),
      );
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'unit.create',
        entityType: 'unit',
        entityId: unit.id,
        after: { name, parentId },
        at: this.clock.now(),
      });
      return unit;
    });
  }

  async updateUnit(viewer: Viewer, input: UpdateUnitInput): Promise<UnitEntity> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const unit = await this.unitOf(manager, viewer, input.id);
      if (unit.closedAt) throw badInput([{ field: 'id', message: 'is a closed unit; closed units cannot change' }]);
      const before = { name: unit.name, parentId: unit.parentId };
      if (input.name !== undefined && input.name !== null) {
        const name = input.name.trim();
        if (!name) throw badInput([{ field: 'name', message: 'must not be blank' }]);
        unit.name = name;
      }
      if (input.parentId !== undefined) {
        const parentId = input.parentId ?? null;
        if (parentId) {
          const parent = await this.unitOf(manager, viewer, parentId, 'parentId');
          if (parent.closedAt) throw badInput([{ field: 'parentId', message: 'is a closed unit' }]);
          // Refuse cycles: the new parent must not be the unit itself or one of the units below it.
          const [{ cycle }]: { cycle: boolean }[] = await manager.query(
            `with recursive chain(id) as (select $1::uuid union select u.parent_id from unit u join chain on u.id = chain.id where u.parent_id is not null)
             select exists (select 1 from chain where id = $2::uuid) as cycle`,
            [parentId, unit.id],
          );
          if (cycle) {
            throw badInput([
              { field: 'parentId', message: 'is the unit itself or a unit below it (that would make a cycle)' },
            ]);
          }
        }
        unit.parentId = parentId;
      }
      if (unit.name === before.name && unit.parentId === before.parentId) return unit;
      await this.assertFreeSiblingName(manager, unit);
      await manager.update(UnitEntity, { id: unit.id }, { name: unit.name, parentId: unit.parentId });
      const action = unit.parentId !== before.parentId ? 'unit.move' : 'unit.rename';
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action,
        entityType: 'unit',
        entityId: unit.id,
        before,
        after: { name: unit.name, parentId: unit.parentId },
        at: this.clock.now(),
      });
      return unit;
    });
  }

  /**
   * Closes a unit. Its open suggestions move to the unit the admin picked, in the same transaction
   * (deadlines, followers, responses and owner stay; each submitter is told where it went). Closing
   * is refused while open units lie below it or active people still belong to it: the admin moves
   * or closes those first, so no one silently loses a place or a leader loses a unit they lead.
   */
  async closeUnit(viewer: Viewer, id: string, targetId: string): Promise<UnitEntity> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const now = this.clock.now();
      const unit = await this.unitOf(manager, viewer, id);
      if (unit.closedAt) throw badInput([{ field: 'id', message: 'is already closed' }]);
      const target = await this.unitOf(manager, viewer, targetId, 'moveOpenSuggestionsToId');
      if (target.id === unit.id) {
        throw badInput([{ field: 'moveOpenSuggestionsToId', message: 'must be another unit than the one closed' }]);
      }
      if (target.closedAt) throw badInput([{ field: 'moveOpenSuggestionsToId', message: 'is a closed unit' }]);
      const [{ children, members }]: { children: number; members: number }[] = await manager.query(
        `select (select count(*)::int from unit c where c.parent_id = $1 and c.closed_at is null) as children,
                (select count(distinct m.person_id)::int from membership m join person p on p.id = m.person_id
                  where m.unit_id = $1 and p.deactivated_at is null) as members`,
        [unit.id],
      );
      const problems = [];
      if (children) {
        problems.push({ field: 'id', message: `has ${children} open unit(s) below it; move or close them first` });
      }
      if (members) {
        problems.push({ field: 'id', message: `has ${members} active member(s); move them to another unit first` });
      }
      if (problems.length) throw badInput(problems);

      const moved: { id: string; title: string; submitter_id: string }[] = returnedRows(
        await manager.query(
          `update suggestion set unit_id = $2, version = version + 1
          where unit_id = $1 and closed_at is null
          returning id, title, submitter_id`,
          [unit.id, target.id],
        ),
      );
      await manager.update(UnitEntity, { id: unit.id }, { closedAt: now });
      unit.closedAt = now;
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'unit.close',
        entityType: 'unit',
        entityId: unit.id,
        before: { closed: false },
        after: { closed: true, movedSuggestionsTo: target.id, movedSuggestions: moved.length },
        at: now,
      });
      for (const s of moved) {
        await this.audit.record(manager, {
          municipalityId: viewer.municipalityId,
          actorId: viewer.personId,
          action: 'suggestion.move',
          entityType: 'suggestion',
          entityId: s.id,
          before: { unitId: unit.id },
          after: { unitId: target.id, reason: 'unit closed' },
          at: now,
        });
        await this.notifications.notify(
          manager,
          [s.submitter_id],
          {
            kind: NotificationKind.SUGGESTION_MOVED,
            suggestionId: s.id,
            eventKey: `moved:${s.id}:${unit.id}`,
            payload: { title: s.title, fromUnitName: unit.name, unitName: target.name },
          },
          now,
        );
      }
      return unit;
    });
  }

  // ---- people ----

  /** Checks memberships against the municipality's open units; ADMIN holds for the municipality. */
  private async wantedMemberships(
    manager: EntityManager,
    viewer: Viewer,
    input: MembershipInput[],
  ): Promise<WantedMembership[]> {
    const wanted = new Map<string, WantedMembership>();
    for (const [i, m] of input.entries()) {
      if (m.role === Role.ADMIN) {
        wanted.set(membershipKey({ role: m.role, unitId: null }), { role: m.role, unitId: null });
        continue;
      }
      if (!m.unitId) throw badInput([{ field: `memberships.${i}.unitId`, message: `is required for ${m.role}` }]);
      const unit = await manager.findOne(UnitEntity, {
        where: { id: m.unitId, municipalityId: viewer.municipalityId },
      });
      if (!unit) throw badInput([{ field: `memberships.${i}.unitId`, message: 'is not a unit of your municipality' }]);
      if (unit.closedAt) throw badInput([{ field: `memberships.${i}.unitId`, message: 'is a closed unit' }]);
      const w = { role: m.role, unitId: unit.id };
      wanted.set(membershipKey(w), w);
    }
    return [...wanted.values()];
  }

  private async normalisedEmail(manager: EntityManager, email: string, personId?: string): Promise<string> {
    const normalised = email.trim().toLowerCase();
    const taken = await manager.findOne(PersonEntity, { select: { id: true }, where: { email: normalised } });
    if (taken && taken.id !== personId) {
      throw badInput([{ field: 'email', message: 'is already used by another person' }]);
    }
    return normalised;
  }

  /** The active admins of the municipality other than this person (call inside the locked transaction). */
  private async otherActiveAdmins(manager: EntityManager, municipalityId: string, personId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `select count(distinct p.id)::int as n from person p join membership m on m.person_id = p.id
        where p.municipality_id = $1 and m.role = 'ADMIN' and p.id <> $2
          and p.deactivated_at is null and p.anonymised_at is null`,
      [municipalityId, personId],
    );
    return n;
  }

  private async assertNotLastAdmin(manager: EntityManager, viewer: Viewer, person: PersonEntity, field: string) {
    const isAdmin = await manager.exists(MembershipEntity, { where: { personId: person.id, role: Role.ADMIN } });
    if (
      isAdmin &&
      !person.deactivatedAt &&
      !(await this.otherActiveAdmins(manager, viewer.municipalityId, person.id))
    ) {
      throw badInput([
        { field, message: 'is the last active admin of the municipality; make someone else admin first' },
      ]);
    }
  }

  async addPerson(viewer: Viewer, input: AddPersonInput): Promise<string> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const now = this.clock.now();
      const name = input.name.trim();
      if (!name) throw badInput([{ field: 'name', message: 'must not be blank' }]);
      const email = await this.normalisedEmail(manager, input.email);
      const memberships = await this.wantedMemberships(manager, viewer, input.memberships);
      const person = await manager.save(
        manager.create(PersonEntity, {
          municipalityId: viewer.municipalityId,
          name,
          email,
          employeeId: null,
          deactivatedAt: null,
          anonymisedAt: null,
          passwordHash: null,
          locale: 'nb',
          createdAt: now,
        }),
      );
      for (const m of memberships) {
        await manager.insert(MembershipEntity, { personId: person.id, ...m, source: MembershipSource.MANUAL });
      }
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'person.create',
        entityType: 'person',
        entityId: person.id,
        after: { name, email, memberships: memberships.map((m) => ({ ...m })) },
        at: now,
      });
      return person.id;
    });
  }

  async updatePerson(viewer: Viewer, input: UpdatePersonInput): Promise<string> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const person = await this.personOf(manager, viewer, input.id);
      if (person.anonymisedAt) throw badInput([{ field: 'id', message: 'is anonymised and can no longer change' }]);
      const before = { name: person.name, email: person.email };
      const after = { ...before };
      if (input.name !== undefined && input.name !== null) {
        after.name = input.name.trim();
        if (!after.name) throw badInput([{ field: 'name', message: 'must not be blank' }]);
      }
      if (input.email !== undefined && input.email !== null) {
        after.email = await this.normalisedEmail(manager, input.email, person.id);
      }
      if (after.name === before.name && after.email === before.email) return person.id;
      await manager.update(PersonEntity, { id: person.id }, after);
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'person.update',
        entityType: 'person',
        entityId: person.id,
        before,
        after,
        at: this.clock.now(),
      });
      return person.id;
    });
  }

  /**
   * Makes the given list the person's memberships. Kept rows keep their source (SSO, IMPORT or
   * MANUAL); new rows are MANUAL, so sign-in group claims and imports leave them alone. Rows left
   * out are removed whatever their source (the admin decides; a later sign-in or import may add its
   * own rows back).
   */
  async setMemberships(viewer: Viewer, personId: string, input: MembershipInput[]): Promise<string> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const person = await this.personOf(manager, viewer, personId);
      if (person.anonymisedAt)
        throw badInput([{ field: 'personId', message: 'is anonymised and can no longer change' }]);
      const wanted = await this.wantedMemberships(manager, viewer, input);
      const current = await manager.find(MembershipEntity, { where: { personId: person.id } });
      const wantedKeys = new Set(wanted.map(membershipKey));
      const currentKeys = new Set(current.map(membershipKey));
      const removed = current.filter((m) => !wantedKeys.has(membershipKey(m)));
      const added = wanted.filter((m) => !currentKeys.has(membershipKey(m)));
      if (removed.some((m) => m.role === Role.ADMIN)) {
        await this.assertNotLastAdmin(manager, viewer, person, 'memberships');
      }
      if (!removed.length && !added.length) return person.id;
      for (const m of removed) await manager.delete(MembershipEntity, { id: m.id });
      for (const m of added) {
        await manager.insert(MembershipEntity, { personId: person.id, ...m, source: MembershipSource.MANUAL });
      }
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'person.memberships',
        entityType: 'person',
        entityId: person.id,
        before: { memberships: current.map((m) => ({ role: m.role, unitId: m.unitId, source: m.source })) },
        after: {
          memberships: wanted.map((m) => ({ ...m })),
          added: added.map((m) => ({ ...m })),
          removed: removed.map((m) => ({ role: m.role, unitId: m.unitId, source: m.source })),
        },
        at: this.clock.now(),
      });
      return person.id;
    });
  }

  async deactivatePerson(viewer: Viewer, id: string): Promise<string> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const person = await this.personOf(manager, viewer, id);
      if (person.deactivatedAt) return person.id;
      await this.assertNotLastAdmin(manager, viewer, person, 'id');
      await deactivatePeople(manager, this.audit, {
        municipalityId: viewer.municipalityId,
        personIds: [person.id],
        actorId: viewer.personId,
        at: this.clock.now(),
        reason: 'admin',
      });
      return person.id;
    });
  }

  async reactivatePerson(viewer: Viewer, id: string): Promise<string> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const person = await this.personOf(manager, viewer, id);
      if (person.anonymisedAt) throw badInput([{ field: 'id', message: 'is anonymised and cannot be reactivated' }]);
      await reactivatePeople(manager, this.audit, {
        municipalityId: viewer.municipalityId,
        personIds: [person.id],
        actorId: viewer.personId,
        at: this.clock.now(),
      });
      return person.id;
    });
  }

  /** Locks the municipality, checks the person and the last-admin rule; for anonymisation (data-rights). */
  async withPersonForRemoval<T>(
    viewer: Viewer,
    id: string,
    work: (manager: EntityManager, person: PersonEntity) => Promise<T>,
  ): Promise<T> {
    return this.inAdminTransaction(viewer, async (manager) => {
      const person = await this.personOf(manager, viewer, id);
      await this.assertNotLastAdmin(manager, viewer, person, 'id');
      return work(manager, person);
    });
  }

  // ---- the directory ----

  async directoryPerson(viewer: Viewer, id: string): Promise<DirectoryPersonDto> {
    this.assertAdmin(viewer);
    const person = await this.personOf(this.db.manager, viewer, id);
    return (await this.toDirectory([person]))[0];
  }

  /**
   * People of the municipality by name, searchable in name and e-mail (trigram indexes make the
   * substring search fast at tens of thousands of people), filtered by unit and role, keyset-paged.
   */
  async peopleDirectory(viewer: Viewer, args: PeopleDirectoryArgs): Promise<Connection<DirectoryPersonDto>> {
    this.assertAdmin(viewer);
    const size = pageSize(args.first);
    const filter = args.filter ?? {};
    const where: string[] = ['p.municipality_id = $1'];
    const params: unknown[] = [viewer.municipalityId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!filter.includeDeactivated) where.push('p.deactivated_at is null and p.anonymised_at is null');
    const search = filter.search?.trim();
    if (search) {
      const pattern = param(likePattern(search));
      where.push(`(p.name ilike ${pattern} or p.email ilike ${pattern})`);
    }
    if (filter.unitId || filter.role) {
      const conditions = ['m.person_id = p.id'];
      if (filter.unitId) conditions.push(`m.unit_id = ${param(filter.unitId)}::uuid`);
      if (filter.role) conditions.push(`m.role = ${param(filter.role)}`);
      where.push(`exists (select 1 from membership m where ${conditions.join(' and ')})`);
    }
    const whereSql = where.join(' and ');
    const [{ total }]: { total: number }[] = await this.db.query(
      `select count(*)::int as total from person p where ${whereSql}`,
      params,
    );
    const cursor = decodePersonCursor(args.after);
    const pageWhere = cursor
      ? `${whereSql} and (lower(p.name), p.id) > (${param(cursor.n)}, ${param(cursor.id)}::uuid)`
      : whereSql;
    const ids: { id: string }[] = await this.db.query(
      `select p.id from person p where ${pageWhere} order by lower(p.name), p.id limit ${size + 1}`,
      params,
    );
    const people = ids.length
      ? await this.db.manager.find(PersonEntity, { where: ids.map((r) => ({ id: r.id })) })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const ordered = ids.map((r) => byId.get(r.id)!).filter(Boolean);
    const nodes = await this.toDirectory(ordered.slice(0, size));
    const edges = nodes.map((node) => ({ cursor: encodePersonCursor(node.name, node.id), node }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: ordered.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private async toDirectory(people: PersonEntity[]): Promise<DirectoryPersonDto[]> {
    if (!people.length) return [];
    const memberships: {
      person_id: string;
      role: Role;
      source: MembershipSource;
      unit_id: string | null;
      unit_name: string | null;
      unit_closed_at: Date | null;
    }[] = await this.db.query(
      `select m.person_id, m.role, m.source, u.id as unit_id, u.name as unit_name, u.closed_at as unit_closed_at
         from membership m left join unit u on u.id = m.unit_id
        where m.person_id = any($1::uuid[]) order by m.role, u.name`,
      [people.map((p) => p.id)],
    );
    return people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      employeeId: p.employeeId,
      active: !p.deactivatedAt,
      hasPassword: !!p.passwordHash,
      deactivatedAt: p.deactivatedAt,
      anonymisedAt: p.anonymisedAt,
      memberships: memberships
        .filter((m) => m.person_id === p.id)
        .map((m) => ({
          role: m.role,
          source: m.source,
          unit: m.unit_id ? { id: m.unit_id, name: m.unit_name!, closedAt: m.unit_closed_at } : null,
        })),
    }));
  }
}
