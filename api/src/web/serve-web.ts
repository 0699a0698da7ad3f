import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { Express } from 'express';

/** Paths the API owns; everything else that is a GET for HTML is the web app's client-side routing. */
const API_PATHS = /^\/(graphql|health|api|auth\/oidc)(\/|$)/;

/** Serves the built web app from the same port, with a deep link loading index.html. */
export function serveWebApp(app: Express, distDir: string): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
