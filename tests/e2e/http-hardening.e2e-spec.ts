import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import type { Request } from 'express';
import { createLogger } from '../../api/src/logging/logger';
import { queryLimits } from '../../api/src/common/query-limits';
import { secureCookie } from '../../api/src/common/security-headers';
import { loadConfig, parseTrustProxy } from '../../api/src/config/app-config';
import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** Every log line the app writes, parsed. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

describe('HTTP hardening: logs, headers, cookies, downloads', () => {
  let app: TestApp;
  let token: string;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp({
      demo: true,
      logger: createLogger('info', sink),
      // Behind one proxy on this machine: its X-Forwarded-Proto and -For are believed.
      config: { trustProxy: 'loopback', logLevel: 'info' },
    });
    const res = await app
      .http()
      .post('/graphql')
      .send({
        query: `mutation { login(email: "admin@drammen.idehub.test", password: "${DEMO_PASSWORD}") { token } }`,
      });
    token = res.body.data.login.token;
    cookie = String(res.headers['set-cookie']).split(';')[0];
  }, 120_000);
  afterAll(() => app?.stop());

  it('writes no session token, cookie or password to any log line', async () => {
    await app.gql('{ me { id } }', {}, token);
    await app.http().post('/graphql').set('cookie', cookie).send({ query: '{ me { id } }' });
    await app.http().get('/api/stories.csv').set('authorization', `Bearer ${token}`);
    // A failed sign-in with the password in the query text, and one with it in variables.
    await app.gql(`mutation { login(email: "admin@drammen.idehub.test", password: "hemmelig-1") { token } }`);
    await app.gql('mutation($p: String!) { login(email: "x@y.no", password: $p) { token } }', { p: 'hemmelig-2' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(log).toContain('"statusCode":200');
    expect(log).toContain('[redacted]');
    expect(log).not.toContain(token);
    expect(log).not.toContain(cookie);
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain('hemmelig-1');
    expect(log).not.toContain('hemmelig-2');
  });

  it('writes one access line per request, with method, address, status and time; none for /health', async () => {
    lines.length = 0;
    await app.http().get('/api/stories.csv').set('authorization', `Bearer ${token}`);
    await app.http().get('/health');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const access = lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      level: 30,
      req: { method: 'GET', url: '/api/stories.csv' },
      res: { statusCode: 200 },
    });
    expect(access[0].req.headers.authorization).toBe('[redacted]');
    expect(access[0].req.remoteAddress).toMatch(/127\.0\.0\.1/);
    expect(typeof access[0].responseTime).toBe('number');
  });

  it('logs denied requests at info or warn, never at error', async () => {
    lines.length = 0;
    expect(codeOf(await app.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    const denied = await app.http().get('/api/stories.csv');
    expect(denied.status).toBe(401);
    const staff = await app.login('ansatt@drammen.idehub.test');
    expect(codeOf(await app.gql('{ auditLog { totalCount } }', {}, staff))).toBe('FORBIDDEN');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const levels = lines.map((line) => JSON.parse(line).level as number);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.filter((level) => level >= 50)).toEqual([]);
    expect(levels).toContain(40);
  });

  it('sends security headers and a CSP, and no X-Powered-By', async () => {
    for (const path of ['/health', '/graphql', '/api/stories.csv']) {
      const res =
        path === '/graphql' ? await app.http().post(path).send({ query: '{ me { id } }' }) : await app.http().get(path);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it('makes the session cookie Secure when the proxy says HTTPS, not over plain HTTP', async () => {
    const login = (proto?: string) => {
      const req = app.http().post('/graphql');
      if (proto) req.set('x-forwarded-proto', proto);
      return req.send({
        query: `mutation { login(email: "ansatt2@drammen.idehub.test", password: "${DEMO_PASSWORD}") { token } }`,
      });
    };
    expect(String((await login('https')).headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(String((await login()).headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  it('makes the session cookie Secure always in production', () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    const plain = { secure: false } as Request;
    expect(secureCookie(production, plain)).toBe(true);
    expect(secureCookie(loadConfig({}), plain)).toBe(false);
    expect(secureCookie(loadConfig({}), { secure: true } as Request)).toBe(true);
  });

  it('reads TRUST_PROXY as Express understands it', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a cross-site GET of the CSV export signed in by cookie, and audits nothing', async () => {
    const exports = () =>
      app.db.query(`select count(*)::int as n from audit_entry where action = 'stories.export'`).then((r) => r[0].n);
    const before = await exports();
    const crossSite = await app
      .http()
      .get('/api/stories.csv')
      .set('cookie', cookie)
      .set('sec-fetch-site', 'cross-site')
      .set('sec-fetch-mode', 'navigate');
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.code).toBe('FORBIDDEN');
    const oldBrowser = await app
      .http()
      .get('/api/stories.csv')
      .set('cookie', cookie)
      .set('referer', 'https://evil.example/page');
    expect(oldBrowser.status).toBe(403);
    expect(await exports()).toBe(before);
    const sameOrigin = await app
      .http()
      .get('/api/stories.csv')
      .set('cookie', cookie)
      .set('sec-fetch-site', 'same-origin');
    expect(sameOrigin.status).toBe(200);
    const bearer = await app.http().get('/api/stories.csv').set('authorization', `Bearer ${token}`);
    expect(bearer.status).toBe(200);
    expect(await exports()).toBe(before + 2);
  });

  it('says at start-up that it runs in development mode', () => {
    // The start-up lines were written before the first test cleared nothing: look in all of them.
    expect(startupLog).toMatch(/development mode/);
  });
});

let startupLog = '';
const capture = sink.write.bind(sink);
sink.write = ((chunk: unknown, ...rest: unknown[]) => {
  startupLog += String(chunk);
  return (capture as (...a: unknown[]) => boolean)(chunk, ...rest);
}) as typeof sink.write;

describe('field hints', () => {
  const ask = async (production: boolean) => {
    const { plugins, validationRules } = queryLimits({ production });
    const server = new ApolloServer({
      typeDefs: 'type Query { suggestion: String }',
      resolvers: { Query: { suggestion: () => 'x' } },
      plugins,
      validationRules,
    });
    await server.start();
    const res = await server.executeOperation({ query: '{ suggestions }' });
    await server.stop();
    return res.body.kind === 'single' ? res.body.singleResult.errors?.[0]?.message : undefined;
  };

  it('offers «Did you mean» in development only', async () => {
    expect(await ask(false)).toMatch(/Did you mean/);
    expect(await ask(true)).not.toMatch(/Did you mean/);
  });
});
