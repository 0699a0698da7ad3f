import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from './errors';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  PATIENT_IDENTIFIER: 400,
  INVALID_TRANSITION: 409,
  RESPONSE_REQUIRED: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * For REST controllers (downloads): the API's errors as HTTP statuses with the same JSON body
 * `{ code, message, fields? }` GraphQL clients get in `extensions`. Anything else is a bare 500.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      const fields = error.extensions.fields;
      res.status(STATUS[error.code]).json({ code: error.code, message: error.message, ...(fields ? { fields } : {}) });
      return;
    }
    if (error instanceof HttpException) {
      res.status(error.getStatus()).json({ code: 'HTTP_ERROR', message: error.message });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}
