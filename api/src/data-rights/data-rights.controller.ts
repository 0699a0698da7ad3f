import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HttpErrorFilter } from '../common/http-error.filter';
import { CurrentViewer, Viewer } from '../common/viewer';
import { osloDate } from '../stories/stories-csv';
import { DataRightsService } from './data-rights.service';
import { assertSameSiteOrBearer } from './same-site';

/**
 * GET /api/me/export (everyone: my data as JSON) and GET /api/suggestions.csv (leaders and admins).
 * Signed-in people only (the global session guard); both are audited, so both refuse cross-site requests.
 */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class DataRightsController {
  constructor(private readonly dataRights: DataRightsService) {}

  @Get('me/export')
  async exportMe(@CurrentViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    assertSameSiteOrBearer(req);
    const document = await this.dataRights.exportMe(viewer);
    res
      .status(200)
      .type('application/json; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="idehub-mine-data-${osloDate(new Date(String(document.exportedAt)))}.json"`,
      )
      .send(JSON.stringify(document, null, 2));
  }

  @Get('suggestions.csv')
  async suggestionsCsv(@CurrentViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    assertSameSiteOrBearer(req);
    const { csv, filename } = await this.dataRights.suggestionsCsv(viewer);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
      .send(csv);
  }
}
