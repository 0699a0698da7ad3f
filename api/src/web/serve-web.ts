import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { Express, RequestHandler } from 'express';

/** Paths the API owns; everything else that is a GET for HTML is the web app's client-side routing. */
const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves the built web app from the same port, with a deep link loading index.html. */
export function serveWebApp(app: Express, distDir: string): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const assetsDir = path.join(distDir, 'assets');
  app.use('/assets', precompressed(assetsDir));
  app.use(
    '/assets',
    express.static(assetsDir, {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
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
      res.setHeader('Cache-Control', IMMUTABLE);
      res.type(path.extname(file));
      return res.sendFile(file + suffix);
    }
    next();
  };
}
