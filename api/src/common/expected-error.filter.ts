import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppError } from './errors';
import { HttpErrorFilter } from './http-error.filter';
import { LOGGER } from './runtime-tokens';

/**
 * The API's own errors (refused, not found, bad input) are answers, not faults: log them at info
 * and hand them to the client. Without this, Nest logs every refused sign-in at error level.
 */
@Catch(AppError)
export class ExpectedErrorFilter implements ExceptionFilter {
  private readonly http = new HttpErrorFilter();
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: AppError, host: ArgumentsHost) {
    this.logger.info({ code: error.code }, `refused: ${error.message}`);
    if (host.getType<string>() === 'graphql') return error;
    this.http.catch(error, host);
  }
}
