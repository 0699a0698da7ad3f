import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { CurrentViewer, Viewer } from '../common/viewer';
import { AuditEntryConnection, AuditEntryDto } from './dtos/audit-entry.dto';
import { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEntryDto)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditEntryConnection, {
    description: 'The audit log of my municipality, newest first; admins only. entityId narrows it to one thing.',
  })
  auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
  ): Promise<Connection<AuditEntryDto>> {
    return this.log.list(viewer, first, after, entityId);
  }
}
