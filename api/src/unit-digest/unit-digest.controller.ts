import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { badInput } from '../common/errors';
import { HttpErrorFilter } from '../common/http-error.filter';
import { CurrentViewer, Viewer } from '../common/viewer';
import { assertSameSiteOrBearer } from '../data-rights/same-site';
import { renderDigestPoster } from './digest-poster';
import { UnitDigestService } from './unit-digest.service';

/**
 * GET /api/units/:id/digest.pdf?month=YYYY-MM: the month's A4 poster. Same readers as the
 * unitDigest query (everyone signed in to the unit's municipality), by Bearer token or the session
 * cookie; like the CSV exports it refuses cross-site requests, so another site cannot make a
 * signed-in browser fetch it.
 */
@Controller('api/units')
@UseFilters(HttpErrorFilter)
export class UnitDigestController {
  constructor(
    private readonly digests: UnitDigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/digest.pdf')
  async poster(
    @CurrentViewer() viewer: Viewer,
    @Param('id') unitId: string,
    @Query('month') month: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    assertSameSiteOrBearer(req);
    if (typeof month !== 'string' || !month) {
      throw badInput([{ field: 'month', message: 'is required: ?month=YYYY-MM, e.g. ?month=2026-11' }]);
    }
    const { unit, digest } = await this.digests.digest(viewer, unitId, month);
    const base = this.config.publicUrl.replace(/\/+$/, '');
    const pdf = await renderDigestPoster({
      digest,
      unitName: unit.name,
      pageUrl: `${base}/enheter/${unit.id}/resultater?maned=${digest.month}`,
    });
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Content-Disposition', `inline; filename="${posterFilename(unit.name, digest.month)}"`)
      .send(pdf);
  }
}

/** «dere-sa-vi-gjorde-hjemmetjenesten-2026-11.pdf»: ASCII only, so every browser keeps it. */
export function posterFilename(unitName: string, month: string): string {
  const slug = unitName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `dere-sa-vi-gjorde-${slug || 'enhet'}-${month}.pdf`;
}
