import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { SESSION_COOKIE } from '../auth/auth.service';
import { LOGGER } from '../common/runtime-tokens';
import { Public } from '../common/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SsoSignInError } from './sso-errors';
import { LOGIN_ATTEMPT_TTL_MS, SsoSignInService } from './sso-sign-in.service';

/** Binds a login attempt to the browser that started it (random; only its SHA-256 is stored). */
export const OIDC_ATTEMPT_COOKIE = 'idehub_oidc_attempt';

/**
 * GET /auth/oidc/:municipalitySlug/login → 302 to the provider; GET /auth/oidc/callback → session
 * cookie and 302 back to the app. Every failure is a redirect to /logg-inn?sso_error=<CODE> (never a
 * 500), logged with its reason; nothing is stored.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly signIn: SsoSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const binding = (req.cookies as Record<string, string> | undefined)?.[OIDC_ATTEMPT_COOKIE];
    res.clearCookie(OIDC_ATTEMPT_COOKIE, this.attemptCookie(req));
    res.setHeader('Cache-Control', 'no-store');
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    try {
      const { token, expiresAt, returnTo, personId } = await this.signIn.finish(binding, query);
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.production && req.secure,
        path: '/',
        expires: expiresAt,
      });
      this.logger.info({ personId }, 'signed in with the identity provider');
      res.redirect(302, returnTo);
    } catch (error) {
      this.fail(res, error, 'callback');
    }
  }

  @Public()
  @Get(':municipalitySlug/login')
  async login(
    @Param('municipalitySlug') slug: string,
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { url, binding } = await this.signIn.begin(slug, returnTo);
      res.cookie(OIDC_ATTEMPT_COOKIE, binding, { ...this.attemptCookie(req), maxAge: LOGIN_ATTEMPT_TTL_MS });
      res.redirect(302, url);
    } catch (error) {
      this.fail(res, error, 'login');
    }
  }

  /** SameSite=Lax: the provider's redirect back is a top-level GET, which Lax cookies accompany. */
  private attemptCookie(req: Request) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.production && req.secure,
      path: '/auth/oidc',
    };
  }

  private fail(res: Response, error: unknown, step: string): void {
    const code = error instanceof SsoSignInError ? error.code : 'PROVIDER_UNAVAILABLE';
    if (error instanceof SsoSignInError)
      this.logger.warn({ step, code, reason: error.message }, 'OIDC sign-in refused');
    else this.logger.error({ step, err: error }, 'OIDC sign-in failed unexpectedly');
    res.redirect(302, `/logg-inn?sso_error=${code}`);
  }
}
