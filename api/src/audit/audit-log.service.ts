import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../access/access.service';
import { badInput, forbidden } from '../common/errors';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination';
import { hasRole, Viewer } from '../common/viewer';
import { Role } from '../organisation/role.enum';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditChangeDto, AuditEntryDto } from './dtos/audit-entry.dto';

export const SYSTEM_ACTOR_NAME = 'system';

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

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
    const qb = this.db.manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .leftJoinAndSelect('a.actor', 'actor')
      .where('a.municipality_id = :municipalityId', { municipalityId: viewer.municipalityId });
    if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
    const totalCount = await qb.getCount();
    if (cursor)
      qb.andWhere('(a.at, a.id) < (:cursorAt, :cursorId)', { cursorAt: new Date(cursor.at), cursorId: cursor.id });
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount, (a) => encodeCursor(a.at, a.id), toAuditEntryDto);
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
  };
}
