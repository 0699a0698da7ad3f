import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../access/access.service';
import { badInput, forbidden } from '../common/errors';
import { Connection, countUpTo, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination';
import { hasRole, Viewer } from '../common/viewer';
import { Role } from '../organisation/role.enum';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditChangeDto, AuditEntryDto, AuditReferenceDto } from './dtos/audit-entry.dto';

export const SYSTEM_ACTOR_NAME = 'system';

// A key that is missing and a key that is null both mean «no value»: no «from none to none» rows.
const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id mentioned in recorded states (at any depth), so the log can name them. */
export function idsIn(values: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (UUID.test(v)) found.add(v.toLowerCase());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  return [...found];
}

/** The keys whose values differ between two recorded states, in key order. */
export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChangeDto[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .map((field) => ({ field, before: json(before?.[field]), after: json(after?.[field]) }))
    .filter((c) => c.before !== c.after);
}

/** Reading the audit log: admins, their own municipality only. (Writing is AuditService.) */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    viewer: Viewer,
    first: number | undefined,
    after: string | undefined,
    entityId: string | undefined,
  ): Promise<Connection<AuditEntryDto>> {
    if (!hasRole(viewer, Role.ADMIN)) throw forbidden('Only admins may read the audit log.');
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    if (entityId !== undefined && entityId !== null && !isUuid(entityId)) {
      throw badInput([{ field: 'entityId', message: 'must be an id' }]);
    }
    const entries = () => {
      const qb = this.db.manager
        .createQueryBuilder(AuditEntryEntity, 'a')
        .where('a.municipality_id = :municipalityId', { municipalityId: viewer.municipalityId });
      if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
      return qb;
    };
    // Up to a thousand (the log grows by hundreds of thousands a year); the page itself is keyset-paged.
    const total = await countUpTo(entries());
    const qb = entries().leftJoinAndSelect('a.actor', 'actor');
    if (cursor)
      qb.andWhere('(a.at, a.id) < (:cursorAt, :cursorId)', { cursorAt: new Date(cursor.at), cursorId: cursor.id });
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const names = await this.namesOf(viewer.municipalityId, idsIn(rows.flatMap((a) => [a.before, a.after])));
    return toConnection(
      rows,
      size,
      total,
      (a) => encodeCursor(a.at, a.id),
      (a) => ({
        ...toAuditEntryDto(a),
        references: idsIn([a.before, a.after]).flatMap((id) => names.get(id) ?? []),
      }),
    );
  }

  /**
   * Names for the ids of people, units and suggestions of the viewer's municipality (an admin
   * sees all of them), so the log reads «Lise Leder» rather than an id. Ids of other
   * municipalities are not named.
   */
  private async namesOf(municipalityId: string, ids: string[]): Promise<Map<string, AuditReferenceDto>> {
    const names = new Map<string, AuditReferenceDto>();
    if (!ids.length) return names;
    const rows: { id: string; name: string; kind: AuditReferenceDto['kind'] }[] = await this.db.query(
      `select id::text, name, 'PERSON' as kind from person where municipality_id = $1 and id = any($2::uuid[])
       union all
       select id::text, name, 'UNIT' as kind from unit where municipality_id = $1 and id = any($2::uuid[])
       union all
       select id::text, title as name, 'SUGGESTION' as kind from suggestion where municipality_id = $1 and id = any($2::uuid[])`,
      [municipalityId, ids],
    );
    for (const r of rows) names.set(r.id, { id: r.id, name: r.name, kind: r.kind });
    return names;
  }
}

export function toAuditEntryDto(a: AuditEntryEntity): AuditEntryDto {
  return {
    id: a.id,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    at: a.at,
    actor: a.actor ? { id: a.actor.id, name: a.actor.name } : null,
    actorName: a.actor?.name ?? SYSTEM_ACTOR_NAME,
    before: a.before === null ? null : JSON.stringify(a.before),
    after: a.after === null ? null : JSON.stringify(a.after),
    changes: auditChanges(a.before, a.after),
    references: [],
  };
}
