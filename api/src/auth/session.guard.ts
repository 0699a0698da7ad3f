import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '../common/errors';
import { IS_PUBLIC, requestOf } from '../common/viewer';
import { AuthService, SESSION_COOKIE } from './auth.service';

/** Global guard: every operation needs a valid session unless marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    const token = tokenFrom(req.headers.authorization, req.cookies?.[SESSION_COOKIE]);
    if (token && !req.viewer) req.viewer = (await this.auth.viewerForToken(token)) ?? undefined;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!req.viewer) throw unauthenticated();
    return true;
  }
}

function tokenFrom(authorization: string | undefined, cookie: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? cookie;
}
