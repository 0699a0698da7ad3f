import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { Express, RequestHandler, Response } from 'express';
import { DOCUMENT_ONLY_HEADERS } from '../common/security-headers';
import { firstAnswersBlock, firstAnswersOf, OperationRunner } from './first-answers';

/** Paths the API owns; everything else that is a GET for HTML is the web app's client-side routing. */
const API_PATHS = /^\/(graphql|health|api|auth\/oidc)(\/|$)/;

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A hashed asset's answer: cached for a year, and without the headers that only a document needs. */
function asHashedAsset(res: Response): void {
  for (const header of DOCUMENT_ONLY_HEADERS) res.removeHeader(header);
  res.setHeader('Cache-Control', IMMUTABLE);
}

/**
 * Serves the built web app from the same port, with a deep link loading index.html. With `apollo`, the
 * main pages come with their first GraphQL answers for the signed-in person (see first-answers.ts).
 */
export function serveWebApp(
  app: Express,
  distDir: string,
  apollo: () => OperationRunner | undefined = () => undefined,
): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const assetsDir = path.join(distDir, 'assets');
  app.use('/assets', precompressed(assetsDir));
  app.use('/assets', express.static(assetsDir, { index: false, setHeaders: asHashedAsset }));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  const pageHtml = routePreloads(distDir, indexHtml);
  const firstAnswers = firstAnswersOf(distDir, apollo);
  app.use((req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || path.extname(req.path)) return next();
    const html = pageHtml(req.path) ?? indexHtml;
    void (firstAnswers?.(req, res) ?? Promise.resolve(null)).then(
      (answers) => {
        if (answers?.length) {
          // Personal: never kept by a cache, and different for each session cookie.
          res.setHeader('Cache-Control', 'private, no-store');
          res.setHeader('Vary', 'Cookie');
          res.type('html').send(html.replace('</head>', `${firstAnswersBlock(answers)}</head>`));
        } else {
          res.setHeader('Cache-Control', 'no-cache');
          res.type('html').send(html);
        }
      },
      (error: unknown) => next(error),
    );
  });
  return true;
}

/**
 * The page module of the routes people most often open directly (web/src/app/router.tsx loads
 * each page as its own chunk). First match wins.
 */
const ROUTE_PAGES: [RegExp, string][] = [
  [/^\/$/, 'src/features/home/routes/home-page.tsx'],
  [/^\/forslag\/?$/, 'src/features/suggestions/routes/suggestions-page.tsx'],
  [/^\/forslag\/ny\/?$/, 'src/features/suggestions/routes/new-suggestion-page.tsx'],
  [/^\/forslag\/[^/]+\/?$/, 'src/features/suggestions/routes/suggestion-page.tsx'],
  [/^\/innboks\/?$/, 'src/features/inbox/routes/inbox-page.tsx'],
  [/^\/varsler\/?$/, 'src/features/notifications/routes/notifications-page.tsx'],
  [/^\/logg-inn\/?$/, 'src/features/auth/routes/login-page.tsx'],
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * index.html with `<link rel="modulepreload">` for the page chunk of the requested route (and
 * what it imports), so the browser fetches it together with the app's own scripts instead of a
 * round trip after them. Null when the build has no manifest or the route is not listed.
 */
function routePreloads(distDir: string, indexHtml: string): (urlPath: string) => string | null {
  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile) || !indexHtml.includes('</head>')) return () => null;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (keys: string[], into = new Set<string>()) => {
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk || into.has(key)) continue;
      into.add(key);
      closure(chunk.imports ?? [], into);
    }
    return into;
  };
  const entry = closure(Object.keys(manifest).filter((k) => manifest[k].isEntry));
  const cache = new Map<string, string | null>();
  return (urlPath) => {
    const page = ROUTE_PAGES.find(([pattern]) => pattern.test(urlPath))?.[1];
    if (!page || !manifest[page]) return null;
    if (!cache.has(page)) {
      const links = [...closure([page])]
        .filter((key) => !entry.has(key))
        .map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key].file}">`)
        .join('');
      cache.set(page, links ? indexHtml.replace('</head>', `${links}</head>`) : null);
    }
    return cache.get(page)!;
  };
}

/** The encodings the client accepts (q > 0), from an Accept-Encoding header. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Serves `<file>.br` or `<file>.gz` (written next to each asset at build time, see
 * web/vite.config.ts) when the client accepts that encoding: brotli first, then gzip.
 */
function precompressed(assetsDir: string): RequestHandler {
  const root = path.resolve(assetsDir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(root + path.sep)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (!accepted.has(encoding) || !fs.existsSync(file + suffix)) continue;
      res.setHeader('Content-Encoding', encoding);
      asHashedAsset(res);
      res.type(path.extname(file));
      return res.sendFile(file + suffix);
    }
    next();
  };
}
