import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/**
 * The Content-Security-Policy of the web app: everything from our own origin, nothing inline,
 * no framing. The built app (Vite) loads only its own module scripts and style sheets; React's
 * `style` props go through the CSSOM, which style-src does not restrict.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The headers of applySecurityHeaders that mean something only on a document (a page, an error page): the CSP,
 * framing, referrer, HSTS (a browser learns it from the page), cross-origin isolation and legacy IE/Flash switches.
 * A hashed script or style sheet drops them (serveWebApp) and keeps nosniff and Cross-Origin-Resource-Policy, which are
 * what protect it: on a phone on a slow line every first load fetches about seven assets, and these were ≈ 0.5 kB of
 * each, uncompressed over HTTP/1.1.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'Referrer-Policy',
  'Strict-Transport-Security',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
] as const;

/**
 * Security headers on every response (helmet): CSP, HSTS, nosniff, Referrer-Policy, no framing.
 * In development, GraphiQL (GET /graphql, loaded from a CDN) is left without a CSP.
 */
export function applySecurityHeaders(app: INestApplication, config: AppConfig): void {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: an embedded demo is served over plain http; HSTS covers HTTPS.
      directives: CONTENT_SECURITY_POLICY,
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  const withoutCsp = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!config.production && req.method === 'GET' && req.path === '/graphql') return withoutCsp(req, res, next);
    return strict(req, res, next);
  });
}

/** Whether the session cookie must be Secure: always in production, else whenever the request is HTTPS. */
export function secureCookie(config: AppConfig, req: Request): boolean {
  return config.production || req.secure;
}
