import {
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type {} from 'multer';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { badInput } from '../common/errors';
import { CurrentViewer, Viewer } from '../common/viewer';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { ImportFileError, parseImportFile } from './import-file.parser';
import { MAX_IMPORT_FILE_MB, OrgImportErrorFilter } from './org-import.filter';
import { OrganisationAdminGuard } from './org-import.guard';
import { emptyResult, ImportResult, OrgImportService } from './org-import.service';
import { sampleCsv } from './org-import.sample';

export class OrganisationImportQuery {
  /** Omitted = a dry run: nothing is written unless the caller says dryRun=false. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  dryRun?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  deactivateMissing?: string;
}

/**
 * POST /api/admin/organisation-import?dryRun=true|false[&deactivateMissing=true], multipart field
 * `file` (CSV or XLSX). Answers 200 with the counts and every row error; 400/413 for a request
 * without a usable upload; 401/403 as JSON. GET …/sample.csv: a file to start from.
 */
@Controller('api/admin/organisation-import')
@UseFilters(OrgImportErrorFilter)
@UseGuards(OrganisationAdminGuard)
export class OrgImportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: OrgImportService,
  ) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_FILE_MB * 1024 * 1024, files: 1, fields: 5, parts: 6 } }),
  )
  async import(
    @CurrentViewer() viewer: Viewer,
    @Query() query: OrganisationImportQuery,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<ImportResult> {
    if (!file) throw badInput([{ field: 'file', message: 'Choose a CSV or Excel (.xlsx) file.' }]);
    const dryRun = query.dryRun !== 'false';
    // Browsers send the file name in UTF-8; multer reads part headers as Latin-1.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 200);
    let parsed;
    try {
      parsed = await parseImportFile(file.buffer);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      return emptyResult(dryRun, [
        { line: error.line, column: error.column, code: error.code, message: error.message },
      ]);
    }
    return this.imports.run(viewer, parsed, {
      dryRun,
      deactivateMissing: query.deactivateMissing === 'true',
      fileName,
    });
  }

  @Get('sample.csv')
  async sample(@CurrentViewer() viewer: Viewer, @Res() res: Response): Promise<void> {
    const municipality = await this.db.manager.findOneByOrFail(MunicipalityEntity, { id: viewer.municipalityId });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `attachment; filename="organisasjon-${municipality.slug}.csv"`)
      .send(sampleCsv(municipality.slug));
  }
}
