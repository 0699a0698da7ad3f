import { randomUUID } from 'node:crypto';
import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Clock } from '../common/clock';
import { HttpErrorFilter } from '../common/http-error.filter';
import { CurrentViewer, Viewer } from '../common/viewer';
import { AuditService } from '../audit/audit.service';
import { GainsService } from './gains.service';
import { osloDate, storiesCsv } from './stories-csv';

export class StoriesExportQuery {
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a municipality' })
  municipalityId?: string;

  @IsOptional()
  @IsISO8601({}, { message: 'must be a date or time (ISO 8601), e.g. 2026-01-01' })
  from?: string;

  @IsOptional()
  @IsISO8601({}, { message: 'must be a date or time (ISO 8601), e.g. 2026-07-01' })
  to?: string;
}

/**
 * GET /api/stories.csv: published stories and their gains for Excel. Signed-in people only (the
 * global session guard; Bearer token or the session cookie). Every export is in the audit log.
 */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class StoriesExportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly gains: GainsService,
    private readonly audit: AuditService,
  ) {}

  @Get('stories.csv')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Query() query: StoriesExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const selection = {
      municipalityId: query.municipalityId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    const now = this.clock.now();
    // Read and record in one transaction: the log holds exactly the exports that happened.
    const rows = await this.db.transaction(async (manager) => {
      const rows = await this.gains.exportRows(selection, manager);
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'stories.export',
        entityType: 'export',
        entityId: randomUUID(),
        after: {
          format: 'csv',
          filter: { municipalityId: query.municipalityId ?? null, from: query.from ?? null, to: query.to ?? null },
          stories: new Set(rows.map((r) => r.storyId)).size,
          rows: rows.length,
        },
        at: now,
      });
      return rows;
    });
    const day = osloDate(now);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `attachment; filename="idehub-historier-${day}.csv"`)
      .send(storiesCsv(rows));
  }
}
