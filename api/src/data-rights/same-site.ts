import type { Request } from 'express';
import { forbidden } from '../common/errors';

/**
 * Downloads that write an audit entry must not be triggerable by another site: the session cookie
 * is SameSite=Lax, so a cross-site link (a top-level GET) would carry it. Accept a request with the
 * Bearer header (scripts), or one the browser marks as same-origin, same-site or typed by the user
 * (`Sec-Fetch-Site: none`); refuse everything else before anything is read or written.
 */
export function assertSameSiteOrBearer(req: Request): void {
  if (/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '')) return;
  const site = String(req.headers['sec-fetch-site'] ?? '').toLowerCase();
  if (site === 'same-origin' || site === 'same-site' || site === 'none') return;
  throw forbidden('Open this download from Idéhub itself, or send the Authorization: Bearer header.');
}
