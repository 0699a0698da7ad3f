import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  municipalityId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  at: Date;
}

/** Appends to the audit log inside the caller's transaction, so the log and the change agree. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.save(
      manager.create(AuditEntryEntity, { ...entry, before: entry.before ?? null, after: entry.after ?? null }),
    );
  }
}
