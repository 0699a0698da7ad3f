import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestForLog, responseForLog } from './logger';

/** An error answer that the server caused; a refused or denied request (4xx) is expected traffic, not a fault. */
function levelOf(statusCode: number, aborted: boolean): 'error' | 'warn' | 'info' {
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 || aborted ? 'warn' : 'info';
}

/**
 * The access log: one line per request when its answer is sent ("request completed", with the request, the answer's
 * status and headers, and the time taken), or when the client went away first ("request aborted", at warn). Secrets
 * are kept out by requestForLog and responseForLog. The request's log object is built only when the line is written:
 * pino-http, used before, built a child logger with the serialized request for every request at any level, a tenth of
 * the app's CPU for `me` under load with the access lines switched off. `ignore` requests are not logged.
 */
export function accessLog(logger: Logger, ignore: (url: string) => boolean): RequestHandler {
  let lastId = 0;
  return (req, res, next) => {
    if (ignore(req.url)) return next();
    const id = ++lastId;
    const started = performance.now();
    const write = (aborted: boolean) => {
      res.removeListener('finish', finished);
      res.removeListener('close', closed);
      const level = levelOf(res.statusCode, aborted);
      if (!logger.isLevelEnabled(level)) return;
      const request = requestForLog({
        id,
        method: req.method,
        url: req.originalUrl,
        headers: req.headers,
        remoteAddress: req.ip,
      });
      logger[level](
        { req: request, res: responseForLog({ raw: res }), responseTime: Math.round(performance.now() - started) },
        aborted ? 'request aborted' : level === 'error' ? 'request errored' : 'request completed',
      );
    };
    const finished = () => write(false);
    const closed = () => write(!res.writableFinished);
    res.once('finish', finished);
    res.once('close', closed);
    next();
  };
}
