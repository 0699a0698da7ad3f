import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/auth.service';

/**
 * Downloads under /api (CSV exports, «my data») are GETs that act on the session cookie, and a
 * SameSite=Lax cookie still goes along with a cross-site link. So a GET signed in by cookie
 * must come from our own pages: Sec-Fetch-Site same-origin/same-site/none (typed or
 * bookmarked), or — for browsers without Fetch Metadata — an Origin/Referer of this host or
 * none. Requests with a Bearer token are not sent by a browser on its own and pass.
 */
export function requireSameSiteForCookieGets(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  if (/^Bearer\s/i.test(req.headers.authorization ?? '')) return next();
  if (!req.headers.cookie?.includes(`${SESSION_COOKIE}=`)) return next();
  if (isSameSite(req)) return next();
  res.status(403).json({
    code: 'FORBIDDEN',
    message: 'Downloads must be started from Idéhub itself. Open the page in Idéhub and try again.',
  });
}

export function isSameSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'same-site' || site === 'none';
  const from = req.headers.origin ?? req.headers.referer;
  if (!from) return true;
  try {
    return new URL(String(from)).host === req.headers.host;
  } catch {
    return false;
  }
}
