import { EntityManager, In, IsNull } from 'typeorm';
import { SessionEntity } from '../auth/session.entity';
import { AuditService } from '../audit/audit.service';
import { PersonEntity } from './person.entity';

/**
 * Deactivates people in the caller's transaction: every session ends at once, and an answer owed
 * by one of them (as the assigned owner) is owed by the unit's leaders again — `owedBy` falls back
 * to them as soon as `owner_id` is cleared, so the submitter sees the new owner. Used by /admin
 * (deactivatePerson) and the organisation import, so both keep the guarantee the same way.
 * Returns the ids that were active before.
 */
export async function deactivatePeople(
  manager: EntityManager,
  audit: AuditService,
  change: { municipalityId: string; personIds: string[]; actorId: string | null; at: Date; reason: string },
): Promise<string[]> {
  if (!change.personIds.length) return [];
  const active = await manager.find(PersonEntity, {
    select: { id: true },
    where: { id: In(change.personIds), municipalityId: change.municipalityId, deactivatedAt: IsNull() },
  });
  const ids = active.map((p) => p.id);
  if (!ids.length) return [];
  await manager.update(PersonEntity, { id: In(ids) }, { deactivatedAt: change.at });
  await manager.delete(SessionEntity, { personId: In(ids) });
  // Links to choose a password die with the deactivation; a later reactivation does not revive them.
  await manager.query(
    'update password_link set invalidated_at = $2 where person_id = any($1::uuid[]) and used_at is null and invalidated_at is null',
    [ids, change.at],
  );
  const released: { id: string; owner_id: string }[] = returnedRows(
    await manager.query(
      `update suggestion s set owner_id = null, version = s.version + 1
       from suggestion before
      where s.id = before.id and s.owner_id = any($1::uuid[]) and s.closed_at is null
      returning s.id, before.owner_id`,
      [ids],
    ),
  );
  for (const id of ids) {
    await audit.record(manager, {
      municipalityId: change.municipalityId,
      actorId: change.actorId,
      action: 'person.deactivate',
      entityType: 'person',
      entityId: id,
      before: { active: true },
      after: { active: false, reason: change.reason },
      at: change.at,
    });
  }
  for (const s of released) {
    await audit.record(manager, {
      municipalityId: change.municipalityId,
      actorId: change.actorId,
      action: 'suggestion.assign',
      entityType: 'suggestion',
      entityId: s.id,
      before: { ownerId: s.owner_id },
      after: { ownerId: null, reason: 'owner deactivated' },
      at: change.at,
    });
  }
  return ids;
}

/** Makes deactivated people active again; they sign in afresh. Returns the ids that changed. */
export async function reactivatePeople(
  manager: EntityManager,
  audit: AuditService,
  change: { municipalityId: string; personIds: string[]; actorId: string | null; at: Date },
): Promise<string[]> {
  if (!change.personIds.length) return [];
  const rows: { id: string }[] = returnedRows(
    await manager.query(
      `update person set deactivated_at = null
      where id = any($1::uuid[]) and municipality_id = $2 and deactivated_at is not null and anonymised_at is null
      returning id`,
      [change.personIds, change.municipalityId],
    ),
  );
  for (const { id } of rows) {
    await audit.record(manager, {
      municipalityId: change.municipalityId,
      actorId: change.actorId,
      action: 'person.reactivate',
      entityType: 'person',
      entityId: id,
      before: { active: false },
      after: { active: true },
      at: change.at,
    });
  }
  return rows.map((r) => r.id);
}

/** TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, affectedCount]; this gives the rows. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
