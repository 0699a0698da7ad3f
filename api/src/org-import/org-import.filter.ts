import { ArgumentsHost, BadRequestException, Catch, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter } from '../common/http-error.filter';

/** The API's JSON errors, plus the upload's own: too large (413) or not a `file` part (400), named by field. */
@Catch()
export class OrgImportErrorFilter extends HttpErrorFilter {
  override catch(error: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof PayloadTooLargeException || error instanceof BadRequestException) {
      const tooLarge = error instanceof PayloadTooLargeException;
      const message = tooLarge
        ? `The file is larger than ${MAX_IMPORT_FILE_MB} MB.`
        : 'Send one file in the multipart field «file».';
      res.status(tooLarge ? 413 : 400).json({ code: 'BAD_USER_INPUT', message, fields: [{ field: 'file', message }] });
      return;
    }
    super.catch(error, host);
  }
}

export const MAX_IMPORT_FILE_MB = 20;
