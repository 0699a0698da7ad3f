import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { forbidden, unauthenticated } from '../common/errors';
import { hasRole, RequestWithViewer } from '../common/viewer';
import { Role } from '../organisation/role.enum';

/**
 * The organisation import changes a whole municipality, so only its ADMIN may call it, and a
 * request signed in by the session cookie must come from the app's own origin (a form on another
 * site can post multipart with the cookie; it cannot set a Bearer header). Runs after the global
 * session guard and before the upload is read.
 */
@Injectable()
export class OrganisationAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    if (!req.viewer) throw unauthenticated();
    if (!/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '') && !isSameOrigin(req)) {
      throw forbidden('Upload the file from Idéhub itself, or use a Bearer token.');
    }
    if (!hasRole(req.viewer, Role.ADMIN))
      throw forbidden('Only the municipality’s admins can import its organisation.');
    return true;
  }
}

/** Browsers tell where a request comes from; a request without these headers is no browser's cross-site form. */
export function isSameOrigin(req: RequestWithViewer): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  return true;
}
