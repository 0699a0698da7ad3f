import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ImportColumn, ImportRoleName, unitPathKey, validateImportRow, ValidImportRow } from '@idehub/libs';
import { Clock } from '../common/clock';
import { conflict } from '../common/errors';
import { Viewer } from '../common/viewer';
import { AuditService } from '../audit/audit.service';
import { deactivatePeople, reactivatePeople } from '../organisation/person-lifecycle';
import { ImportFile } from './import-file.parser';

export interface ImportRowError {
  /** As a spreadsheet shows it: the header is line 1. */
  line: number;
  /** The column's header as written in the file; null for a problem of the whole file. */
  column: string | null;
  /** Stable code the web translates (e.g. EMAIL_INVALID); `message` is the English text. */
  code: string;
  message: string;
  /** The values the message names (other line, e-mail, name), for the web's own sentence. */
  params?: Record<string, string | number>;
}

export interface ImportResult {
  dryRun: boolean;
  /** True when the changes were written (never with errors, never on a dry run). */
  applied: boolean;
  rows: number;
  units: { created: number; moved: number; renamed: number };
  people: { created: number; updated: number; deactivated: number };
  memberships: { added: number; removed: number };
  errors: ImportRowError[];
}

export interface ImportOptions {
  dryRun: boolean;
  deactivateMissing: boolean;
  fileName: string;
}

export const emptyResult = (dryRun: boolean, errors: ImportRowError[] = [], rows = 0): ImportResult => ({
  dryRun,
  applied: false,
  rows,
  units: { created: 0, moved: 0, renamed: 0 },
  people: { created: 0, updated: 0, deactivated: 0 },
  memberships: { added: 0, removed: 0 },
  errors,
});

interface UnitNode {
  id: string;
  name: string;
  parentId: string | null;
  isNew: boolean;
}

interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  employee_id: string | null;
  deactivated_at: Date | null;
  anonymised_at: Date | null;
}

interface MembershipRow {
  id: string;
  person_id: string;
  unit_id: string | null;
  role: ImportRoleName;
  source: 'MANUAL' | 'SSO' | 'IMPORT';
}

/** One person of the file: every row with their employee id (or, without one, their e-mail). */
interface PersonGroup {
  line: number;
  employeeId: string | null;
  email: string;
  name: string;
  rows: { line: number; unitPath: string[] | null; role: ImportRoleName }[];
}

interface Plan {
  errors: ImportRowError[];
  unitsCreated: { id: string; parentId: string | null; name: string }[];
  unitsMoved: { id: string; name: string; fromParentId: string | null; toParentId: string | null }[];
  unitsRenamed: { id: string; from: string; to: string }[];
  peopleCreated: { id: string; name: string; email: string; employeeId: string | null }[];
  peopleUpdated: {
    id: string;
    before: { name: string; email: string | null; employeeId: string | null };
    after: { name: string; email: string; employeeId: string | null };
  }[];
  peopleReactivated: string[];
  peopleToDeactivate: string[];
  membershipsAdded: { personId: string; unitId: string | null; role: ImportRoleName }[];
  membershipsRemoved: MembershipRow[];
}

const membershipKey = (personId: string, unitId: string | null, role: string) => `${personId}|${unitId ?? ''}|${role}`;

/**
 * Brings a municipality's organisation in from an HR spreadsheet: units by path, people by employee
 * id then e-mail, memberships marked IMPORT (the only ones an import ever removes). A plan is made
 * from the whole file and the database first; it is applied in one transaction with set-based SQL
 * (a statement per kind of change, not per row), and only when no row has an error.
 */
@Injectable()
export class OrgImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async run(viewer: Viewer, file: ImportFile, options: ImportOptions): Promise<ImportResult> {
    if (options.dryRun) {
      const plan = await this.plan(this.db.manager, viewer, file, options);
      return this.result(plan, file, options, false);
    }
    return this.applyInTransaction(viewer, file, options).catch((error: unknown) => {
      // A unique e-mail, employee id or sibling unit name taken by someone else (e.g. an admin at
      // /admin) between the plan and the write: nothing was written; the admin checks again.
      const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
      if (code === '23505') throw conflict('The organisation changed while importing. Check the file again.');
      throw error;
    });
  }

  private applyInTransaction(viewer: Viewer, file: ImportFile, options: ImportOptions): Promise<ImportResult> {
    return this.db.transaction(async (manager) => {
      // One import per municipality at a time: the plan must be made from the state it is applied to.
      await manager.query('select id from municipality where id = $1 for update', [viewer.municipalityId]);
      const plan = await this.plan(manager, viewer, file, options);
      if (plan.errors.length) return this.result(plan, file, options, false);
      await this.apply(manager, viewer, plan);
      const result = this.result(plan, file, options, true);
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'organisation.import',
        entityType: 'import',
        entityId: randomUUID(),
        after: {
          fileName: options.fileName,
          rows: file.rows.length,
          deactivateMissing: options.deactivateMissing,
          units: result.units,
          people: result.people,
          memberships: result.memberships,
        },
        at: this.clock.now(),
      });
      return result;
    });
  }

  private result(plan: Plan, file: ImportFile, options: ImportOptions, applied: boolean): ImportResult {
    return {
      dryRun: options.dryRun,
      applied,
      rows: file.rows.length,
      units: {
        created: plan.unitsCreated.length,
        moved: plan.unitsMoved.length,
        renamed: plan.unitsRenamed.length,
      },
      people: {
        created: plan.peopleCreated.length,
        updated: new Set([...plan.peopleUpdated.map((p) => p.id), ...plan.peopleReactivated]).size,
        deactivated: plan.peopleToDeactivate.length,
      },
      memberships: { added: plan.membershipsAdded.length, removed: plan.membershipsRemoved.length },
      errors: plan.errors.sort((a, b) => a.line - b.line),
    };
  }

  private async plan(manager: EntityManager, viewer: Viewer, file: ImportFile, options: ImportOptions): Promise<Plan> {
    const municipalityId = viewer.municipalityId;
    const errors: ImportRowError[] = [];
    const header = (column: ImportColumn) => file.headers[column] ?? column;
    const error = (
      line: number,
      column: ImportColumn | null,
      code: string,
      message: string,
      params?: Record<string, string | number>,
    ) => errors.push({ line, column: column ? header(column) : null, code, message, ...(params ? { params } : {}) });

    // 1. Each row on its own.
    const valid: { line: number; row: ValidImportRow }[] = [];
    for (const { line, cells } of file.rows) {
      const { row, problems } = validateImportRow(cells);
      for (const p of problems) error(line, p.column, p.code, p.message, p.params);
      if (row) valid.push({ line, row });
    }

    // 2. Rows into people: one employee id is one person, and so is one e-mail.
    const groupsByEmployeeId = new Map<string, PersonGroup>();
    const groupsByEmail = new Map<string, PersonGroup>();
    const groups: PersonGroup[] = [];
    const addRow = (g: PersonGroup, line: number, row: ValidImportRow) =>
      g.rows.push({ line, unitPath: row.unitPath, role: row.role });
    const sameGroup = (g: PersonGroup, line: number, row: ValidImportRow, by: string): boolean => {
      if (g.email !== row.email) {
        error(line, 'email', 'EMPLOYEE_ID_DUPLICATE', `${by} is on line ${g.line} with the e-mail ${g.email}.`, {
          otherLine: g.line,
        });
        return false;
      }
      if (g.name !== row.name) {
        error(line, 'name', 'EMPLOYEE_ID_DUPLICATE', `${by} is on line ${g.line} with the name «${g.name}».`, {
          otherLine: g.line,
        });
        return false;
      }
      return true;
    };
    for (const { line, row } of valid) {
      if (!row.employeeId) continue;
      const g = groupsByEmployeeId.get(row.employeeId);
      if (g) {
        if (sameGroup(g, line, row, `The employee id ${row.employeeId}`)) addRow(g, line, row);
        continue;
      }
      const other = groupsByEmail.get(row.email);
      if (other) {
        error(
          line,
          'email',
          'EMAIL_DUPLICATE',
          `The e-mail ${row.email} is on line ${other.line} with the employee id ${other.employeeId}.`,
          { otherLine: other.line, email: row.email },
        );
        continue;
      }
      const created: PersonGroup = { line, employeeId: row.employeeId, email: row.email, name: row.name, rows: [] };
      addRow(created, line, row);
      groups.push(created);
      groupsByEmployeeId.set(row.employeeId, created);
      groupsByEmail.set(row.email, created);
    }
    for (const { line, row } of valid) {
      if (row.employeeId) continue;
      const g = groupsByEmail.get(row.email);
      if (g) {
        if (g.name !== row.name)
          error(
            line,
            'name',
            'EMAIL_DUPLICATE',
            `The e-mail ${row.email} is on line ${g.line} with the name «${g.name}».`,
            { otherLine: g.line, email: row.email },
          );
        else addRow(g, line, row);
        continue;
      }
      const created: PersonGroup = { line, employeeId: null, email: row.email, name: row.name, rows: [] };
      addRow(created, line, row);
      groups.push(created);
      groupsByEmail.set(row.email, created);
    }

    // 3. Units by path, created as needed.
    const units = await this.unitPlan(manager, municipalityId, groups);

    // 4. People: matched by employee id, then e-mail.
    const people: PersonRow[] = await manager.query(
      `select id, name, email, employee_id, deactivated_at, anonymised_at from person where municipality_id = $1`,
      [municipalityId],
    );
    const byEmployeeId = new Map(people.filter((p) => p.employee_id).map((p) => [p.employee_id!, p]));
    const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!, p]));
    const elsewhere = new Set(
      (
        (await manager.query(`select email from person where email = any($1::text[]) and municipality_id <> $2`, [
          groups.map((g) => g.email),
          municipalityId,
        ])) as { email: string }[]
      ).map((r) => r.email),
    );

    const plan: Plan = {
      errors,
      unitsCreated: units.created,
      unitsMoved: units.moved,
      unitsRenamed: units.renamed,
      peopleCreated: [],
      peopleUpdated: [],
      peopleReactivated: [],
      peopleToDeactivate: [],
      membershipsAdded: [],
      membershipsRemoved: [],
    };
    const matchedBy = new Map<string, PersonGroup>();
    const personOf = new Map<PersonGroup, string>();
    for (const g of groups) {
      if (elsewhere.has(g.email)) {
        error(
          g.line,
          'email',
          'EMAIL_OTHER_MUNICIPALITY',
          `The e-mail ${g.email} belongs to a person in another municipality.`,
          { email: g.email },
        );
        continue;
      }
      const byId = g.employeeId ? byEmployeeId.get(g.employeeId) : undefined;
      const byMail = byEmail.get(g.email);
      if (byId && byMail && byId.id !== byMail.id) {
        error(
          g.line,
          'email',
          'EMAIL_TAKEN',
          `The e-mail ${g.email} belongs to ${byMail.name}${byMail.employee_id ? ` (employee id ${byMail.employee_id})` : ''}, not to employee ${g.employeeId}.`,
          { email: g.email, name: byMail.name },
        );
        continue;
      }
      if (!byId && byMail && g.employeeId && byMail.employee_id && byMail.employee_id !== g.employeeId) {
        error(
          g.line,
          'employeeId',
          'EMPLOYEE_ID_MISMATCH',
          `${byMail.name} (${g.email}) has the employee id ${byMail.employee_id} in Idéhub, not ${g.employeeId}.`,
          { name: byMail.name, employeeId: byMail.employee_id },
        );
        continue;
      }
      const existing = byId ?? byMail;
      if (existing?.anonymised_at) {
        error(
          g.line,
          'employeeId',
          'PERSON_ANONYMISED',
          `The employee id ${g.employeeId} belongs to a person who was anonymised.`,
        );
        continue;
      }
      if (existing) {
        const earlier = matchedBy.get(existing.id);
        if (earlier) {
          error(
            g.line,
            'email',
            'PERSON_DUPLICATE',
            `This row is the same person as line ${earlier.line} (${existing.name}).`,
            { otherLine: earlier.line, name: existing.name },
          );
          continue;
        }
        matchedBy.set(existing.id, g);
        personOf.set(g, existing.id);
        const employeeId = g.employeeId ?? existing.employee_id;
        if (existing.name !== g.name || existing.email !== g.email || existing.employee_id !== employeeId)
          plan.peopleUpdated.push({
            id: existing.id,
            before: { name: existing.name, email: existing.email, employeeId: existing.employee_id },
            after: { name: g.name, email: g.email, employeeId },
          });
        if (existing.deactivated_at) plan.peopleReactivated.push(existing.id);
      } else {
        const id = randomUUID();
        personOf.set(g, id);
        plan.peopleCreated.push({ id, name: g.name, email: g.email, employeeId: g.employeeId });
      }
    }

    // 5. Memberships: the file's set against the database's; only IMPORT rows are ever removed.
    const memberships: MembershipRow[] = await manager.query(
      `select m.id, m.person_id, m.unit_id, m.role, m.source
         from membership m join person p on p.id = m.person_id
        where p.municipality_id = $1`,
      [municipalityId],
    );
    const existingKeys = new Set(memberships.map((m) => membershipKey(m.person_id, m.unit_id, m.role)));
    const desired = new Set<string>();
    for (const [g, personId] of personOf) {
      for (const r of g.rows) {
        const unitId = r.role === 'ADMIN' || !r.unitPath ? null : units.idOf(r.unitPath);
        const key = membershipKey(personId, unitId, r.role);
        if (desired.has(key)) continue;
        desired.add(key);
        if (!existingKeys.has(key)) plan.membershipsAdded.push({ personId, unitId, role: r.role });
      }
    }
    plan.membershipsRemoved = memberships.filter(
      (m) => m.source === 'IMPORT' && !desired.has(membershipKey(m.person_id, m.unit_id, m.role)),
    );

    // The admin importing keeps their own admin role and is never deactivated by their own import.
    const removedIds = new Set(plan.membershipsRemoved.map((m) => m.id));
    const actorStaysAdmin =
      memberships.some((m) => m.person_id === viewer.personId && m.role === 'ADMIN' && !removedIds.has(m.id)) ||
      plan.membershipsAdded.some((m) => m.personId === viewer.personId && m.role === 'ADMIN');
    if (!actorStaysAdmin)
      error(
        1,
        null,
        'OWN_ADMIN_ROLE',
        'The import would take away your own admin role. Add your own row with the role «admin» to the file.',
      );

    if (options.deactivateMissing) {
      const inFile = new Set(personOf.values());
      plan.peopleToDeactivate = people
        .filter((p) => !p.deactivated_at && !p.anonymised_at && !inFile.has(p.id) && p.id !== viewer.personId)
        .map((p) => p.id);
    }
    return plan;
  }

  /**
   * Finds or plans every unit of the file's paths. A path part matches an open unit under the same
   * parent by name (a spelling that differs only in capitals renames it). A unit that is not found
   * where the file puts it, but whose name is unique among the municipality's open units and whose
   * current place the file no longer mentions, is moved there — so a reorganised unit keeps its
   * suggestions and history instead of being created anew.
   */
  private async unitPlan(manager: EntityManager, municipalityId: string, groups: PersonGroup[]) {
    const rows: { id: string; name: string; parent_id: string | null }[] = await manager.query(
      `select id, name, parent_id from unit where municipality_id = $1 and closed_at is null`,
      [municipalityId],
    );
    const nodes = new Map<string, UnitNode>(
      rows.map((r) => [r.id, { id: r.id, name: r.name, parentId: r.parent_id, isNew: false }]),
    );
    const children = new Map<string | null, UnitNode[]>();
    const childrenOf = (parentId: string | null) => {
      let list = children.get(parentId);
      if (!list) children.set(parentId, (list = []));
      return list;
    };
    for (const n of nodes.values()) childrenOf(n.parentId).push(n);
    const pathOf = (n: UnitNode): string[] => {
      const parts: string[] = [];
      for (let at: UnitNode | undefined = n; at; at = at.parentId ? nodes.get(at.parentId) : undefined)
        parts.unshift(at.name);
      return parts;
    };
    const originalPathKeys = new Map([...nodes.values()].map((n) => [n.id, unitPathKey(pathOf(n))]));
    const byLowerName = new Map<string, UnitNode[]>();
    for (const n of nodes.values()) {
      const key = n.name.toLowerCase();
      byLowerName.set(key, [...(byLowerName.get(key) ?? []), n]);
    }

    const paths = new Map<string, string[]>();
    for (const g of groups) for (const r of g.rows) if (r.unitPath) paths.set(unitPathKey(r.unitPath), r.unitPath);
    const mentioned = new Set<string>();
    for (const parts of paths.values())
      for (let i = 1; i <= parts.length; i++) mentioned.add(unitPathKey(parts.slice(0, i)));

    const created: Plan['unitsCreated'] = [];
    const moved: Plan['unitsMoved'] = [];
    const renamed: Plan['unitsRenamed'] = [];
    const touched = new Set<string>();
    const ids = new Map<string, string>();
    const isInside = (candidate: UnitNode, parentId: string | null) => {
      for (let at = parentId; at; at = nodes.get(at)?.parentId ?? null) if (at === candidate.id) return true;
      return false;
    };

    // Shorter paths first, so a parent is settled before its children.
    for (const parts of [...paths.values()].sort((a, b) => a.length - b.length)) {
      let parentId: string | null = null;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const prefixKey = unitPathKey(parts.slice(0, i + 1));
        const known = ids.get(prefixKey);
        if (known) {
          parentId = known;
          continue;
        }
        const siblings = childrenOf(parentId);
        const sameSpelling = siblings.find((s) => s.name === part);
        const sameName = siblings.filter((s) => s.name.toLowerCase() === part.toLowerCase());
        let node = sameSpelling ?? (sameName.length === 1 ? sameName[0] : undefined);
        if (node && node.name !== part && !node.isNew && !touched.has(node.id)) {
          renamed.push({ id: node.id, from: node.name, to: part });
          node.name = part;
        }
        if (!node) {
          const candidates = (byLowerName.get(part.toLowerCase()) ?? []).filter(
            (c) => !c.isNew && !touched.has(c.id) && !mentioned.has(originalPathKeys.get(c.id)!),
          );
          const candidate = candidates.length === 1 ? candidates[0] : undefined;
          if (candidate && !isInside(candidate, parentId)) {
            moved.push({
              id: candidate.id,
              name: candidate.name,
              fromParentId: candidate.parentId,
              toParentId: parentId,
            });
            const old = childrenOf(candidate.parentId);
            old.splice(old.indexOf(candidate), 1);
            candidate.parentId = parentId;
            siblings.push(candidate);
            if (candidate.name !== part) {
              renamed.push({ id: candidate.id, from: candidate.name, to: part });
              candidate.name = part;
            }
            node = candidate;
          }
        }
        if (!node) {
          node = { id: randomUUID(), name: part, parentId, isNew: true };
          nodes.set(node.id, node);
          siblings.push(node);
          created.push({ id: node.id, parentId, name: part });
        }
        touched.add(node.id);
        ids.set(prefixKey, node.id);
        parentId = node.id;
      }
    }
    return { created, moved, renamed, idOf: (parts: string[]) => ids.get(unitPathKey(parts))! };
  }

  private async apply(manager: EntityManager, viewer: Viewer, plan: Plan): Promise<void> {
    const municipalityId = viewer.municipalityId;
    const now = this.clock.now();
    const audit: { action: string; type: string; id: string; before: unknown; after: unknown }[] = [];

    if (plan.unitsRenamed.length) {
      await manager.query(
        `update unit u set name = v.name from unnest($1::uuid[], $2::text[]) v(id, name) where u.id = v.id`,
        [plan.unitsRenamed.map((u) => u.id), plan.unitsRenamed.map((u) => u.to)],
      );
      for (const u of plan.unitsRenamed)
        audit.push({ action: 'unit.rename', type: 'unit', id: u.id, before: { name: u.from }, after: { name: u.to } });
    }
    if (plan.unitsCreated.length) {
      // One statement: a parent created in it satisfies its children's foreign key at the statement's end.
      // Before the moves: a unit may move under a unit the file creates.
      await manager.query(
        `insert into unit (id, municipality_id, parent_id, name)
         select v.id, $1, v.parent_id, v.name from unnest($2::uuid[], $3::uuid[], $4::text[]) v(id, parent_id, name)`,
        [
          municipalityId,
          plan.unitsCreated.map((u) => u.id),
          plan.unitsCreated.map((u) => u.parentId),
          plan.unitsCreated.map((u) => u.name),
        ],
      );
      for (const u of plan.unitsCreated)
        audit.push({
          action: 'unit.create',
          type: 'unit',
          id: u.id,
          before: null,
          after: { name: u.name, parentId: u.parentId },
        });
    }

    if (plan.unitsMoved.length) {
      await manager.query(
        `update unit u set parent_id = v.parent_id from unnest($1::uuid[], $2::uuid[]) v(id, parent_id) where u.id = v.id`,
        [plan.unitsMoved.map((u) => u.id), plan.unitsMoved.map((u) => u.toParentId)],
      );
      for (const u of plan.unitsMoved)
        audit.push({
          action: 'unit.move',
          type: 'unit',
          id: u.id,
          before: { parentId: u.fromParentId },
          after: { parentId: u.toParentId },
        });
    }
    await inSlices(plan.peopleCreated, (people) =>
      manager.query(
        `insert into person (id, municipality_id, name, email, employee_id, locale, created_at)
         select v.id, $1, v.name, v.email, v.employee_id, 'nb', $2
           from unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) v(id, name, email, employee_id)`,
        [
          municipalityId,
          now,
          people.map((p) => p.id),
          people.map((p) => p.name),
          people.map((p) => p.email),
          people.map((p) => p.employeeId),
        ],
      ),
    );
    await inSlices(plan.peopleUpdated, (people) =>
      manager.query(
        `update person p set name = v.name, email = v.email, employee_id = v.employee_id
           from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) v(id, name, email, employee_id)
          where p.id = v.id`,
        [
          people.map((p) => p.id),
          people.map((p) => p.after.name),
          people.map((p) => p.after.email),
          people.map((p) => p.after.employeeId),
        ],
      ),
    );
    await reactivatePeople(manager, this.audit, {
      municipalityId,
      personIds: plan.peopleReactivated,
      actorId: viewer.personId,
      at: now,
    });

    await inSlices(plan.membershipsRemoved, (memberships) =>
      manager.query(`delete from membership where id = any($1::uuid[])`, [memberships.map((m) => m.id)]),
    );
    await inSlices(plan.membershipsAdded, (memberships) =>
      manager.query(
        `insert into membership (person_id, unit_id, role, source)
         select v.person_id, v.unit_id, v.role::role, 'IMPORT' from unnest($1::uuid[], $2::uuid[], $3::text[]) v(person_id, unit_id, role)`,
        [memberships.map((m) => m.personId), memberships.map((m) => m.unitId), memberships.map((m) => m.role)],
      ),
    );

    // One audit entry per person the import touched: their fields and memberships before and after.
    const added = groupBy(plan.membershipsAdded, (m) => m.personId);
    const removed = groupBy(plan.membershipsRemoved, (m) => m.person_id);
    const membershipText = (m: { unitId: string | null; role: string }) => ({ unitId: m.unitId, role: m.role });
    const created = new Map(
      plan.peopleCreated.map((p) => [p.id, { name: p.name, email: p.email, employeeId: p.employeeId }]),
    );
    const updated = new Map(plan.peopleUpdated.map((p) => [p.id, p]));
    const touchedPeople = new Set([...created.keys(), ...updated.keys(), ...added.keys(), ...removed.keys()]);
    for (const id of touchedPeople) {
      const u = updated.get(id);
      const before: Record<string, unknown> = { ...(u?.before ?? {}) };
      const after: Record<string, unknown> = { ...(u?.after ?? {}) };
      if (removed.has(id))
        before.memberships = removed.get(id)!.map((m) => membershipText({ unitId: m.unit_id, role: m.role }));
      if (added.has(id)) after.memberships = added.get(id)!.map(membershipText);
      audit.push({
        action: created.has(id) ? 'person.create' : 'person.update',
        type: 'person',
        id,
        before: created.has(id) ? null : before,
        after: created.has(id) ? { ...created.get(id), ...after } : after,
      });
    }
    await inSlices(audit, (entries) =>
      manager.query(
        `insert into audit_entry (municipality_id, actor_id, action, entity_type, entity_id, before, after, at)
         select $1, $2, v.action, v.entity_type, v.entity_id, v.before::jsonb, v.after::jsonb, $3
           from unnest($4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[]) v(action, entity_type, entity_id, before, after)`,
        [
          municipalityId,
          viewer.personId,
          now,
          entries.map((a) => a.action),
          entries.map((a) => a.type),
          entries.map((a) => a.id),
          entries.map((a) =>
            a.before === null ? null : JSON.stringify({ ...(a.before as object), source: 'import' }),
          ),
          entries.map((a) => JSON.stringify({ ...(a.after as object), source: 'import' })),
        ],
      ),
    );

    await deactivatePeople(manager, this.audit, {
      municipalityId,
      personIds: plan.peopleToDeactivate,
      actorId: viewer.personId,
      at: now,
      reason: 'missing from the organisation import',
    });
  }
}

/**
 * Rows per statement when the import writes people, memberships and audit entries (all in the one transaction):
 * a statement with a whole file's rows held its parameters several times over in memory (as arrays, as array
 * literals, as the protocol message), so 100 000 rows needed more heap than the app is given.
 */
const SLICE_ROWS = 5_000;

async function inSlices<T>(items: T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += SLICE_ROWS) await write(items.slice(i, i + SLICE_ROWS));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
