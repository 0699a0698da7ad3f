import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Answers are compressed as the browser asks (brotli preferred, then gzip, else none); hashed
 * assets are served pre-compressed and cached for a year; index.html is never cached.
 * The web build is a small fixture here, written with the same file layout as Vite's.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const decode = (a: Answer) =>
  a.headers['content-encoding'] === 'br'
    ? zlib.brotliDecompressSync(a.body).toString('utf8')
    : a.headers['content-encoding'] === 'gzip'
      ? zlib.gunzipSync(a.body).toString('utf8')
      : a.body.toString('utf8');

describe('compression and caching', () => {
  let app: TestApp;
  let dist: string;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `ord ${i}`))};\n`;
  const ASSET = '/assets/index-Ab12Cd34.js';

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html><head><title>Idéhub</title></head><body><div id="root"></div></body></html>',
    );
    fs.mkdirSync(path.join(dist, '.vite'));
    fs.writeFileSync(
      path.join(dist, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-Ab12Cd34.js', isEntry: true, imports: ['_vendor.js'] },
        '_vendor.js': { file: 'assets/vendor-V1.js' },
        '_list.js': { file: 'assets/list-L1.js', imports: ['_vendor.js'] },
        'src/features/suggestions/routes/suggestions-page.tsx': {
          file: 'assets/suggestions-page-S1.js',
          imports: ['_list.js', '_vendor.js'],
        },
      }),
    );
    const file = path.join(dist, ASSET);
    fs.writeFileSync(file, script);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script, { level: 9 }));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dist, 'assets/small-Zz99.css'), 'body{margin:0}');
    app = await startTestApp({ config: { webDistDir: dist } });
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('a hashed asset for Accept-Encoding «%s» is sent as %s, cached immutable', async (accept, encoding) => {
    const answer = await send(app.url + ASSET, { headers: accept ? { 'accept-encoding': accept } : {} });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(decode(answer)).toBe(script);
    if (encoding) expect(answer.body.length).toBeLessThan(script.length / 3);
  });

  it('an asset without a compressed copy is sent as it is, still immutable; a missing one is 404', async () => {
    const small = await send(`${app.url}/assets/small-Zz99.css`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(small.body.toString()).toBe('body{margin:0}');
    const missing = await send(`${app.url}/assets/nothing-here.js`, { headers: { 'accept-encoding': 'br' } });
    expect(missing.status).toBe(404);
    const escape = await send(`${app.url}/assets/..%2f..%2fetc%2fpasswd`, { headers: { 'accept-encoding': 'br' } });
    expect(escape.status).toBe(404);
  });

  it('index.html (any deep link) is not cached', async () => {
    const answer = await send(`${app.url}/forslag/123`, { headers: { accept: 'text/html' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(decode(answer)).toContain('<div id="root">');
  });

  it('a hashed asset keeps the headers that protect it and drops those only a page needs; the page keeps them all', async () => {
    for (const accept of ['br', '']) {
      for (const file of [ASSET, '/assets/small-Zz99.css']) {
        const asset = await send(app.url + file, { headers: accept ? { 'accept-encoding': accept } : {} });
        expect(asset.status).toBe(200);
        expect(asset.headers['x-content-type-options']).toBe('nosniff');
        expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
        for (const documentOnly of ['content-security-policy', 'x-frame-options', 'strict-transport-security'])
          expect(asset.headers[documentOnly], `${file} ${documentOnly}`).toBeUndefined();
      }
    }
    const page = await send(`${app.url}/forslag`, { headers: { accept: 'text/html' } });
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    // A missing asset is an error page from the server: it keeps the page's headers.
    const missing = await send(`${app.url}/assets/nothing-here.js`, {});
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('a deep link to a page preloads that page’s chunks (not the ones index.html already loads)', async () => {
    const list = decode(await send(`${app.url}/forslag`, { headers: { accept: 'text/html' } }));
    expect(list).toContain('<link rel="modulepreload" crossorigin href="/assets/suggestions-page-S1.js">');
    expect(list).toContain('<link rel="modulepreload" crossorigin href="/assets/list-L1.js">');
    expect(list).not.toContain('vendor-V1');
    expect(list).toContain('<div id="root">');
    const other = decode(await send(`${app.url}/statistikk`, { headers: { accept: 'text/html' } }));
    expect(other).not.toContain('modulepreload');
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['identity', undefined],
  ])('a large GraphQL answer for Accept-Encoding «%s» is sent as %s', async (accept, encoding) => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const answer = await send(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': accept },
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    const json = JSON.parse(decode(answer));
    expect(json.data.__schema.types.length).toBeGreaterThan(20);
    if (encoding) expect(answer.body.length).toBeLessThan(decode(answer).length / 2);
  });

  it('a small GraphQL answer is not compressed', async () => {
    const answer = await send(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString()).data.__typename).toBe('Query');
  });
});
