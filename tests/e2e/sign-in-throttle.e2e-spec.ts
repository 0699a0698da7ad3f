import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService, FAILURE_WINDOW_MS, PAIR_LIMIT, PRUNE_AFTER_MS } from '../../api/src/auth/auth.service';
import { codeOf, DEMO_PASSWORD, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

// Smaller than the defaults (20 and 100) so that the test needs fewer slow password checks.
const ACCOUNT_LIMIT = 8;
const ADDRESS_LIMIT = 12;

describe('sign-in throttling, per-person mutation limit, pruning, log out everywhere', () => {
  let app: TestApp;
  beforeAll(async () => {
    // One proxy in front (this machine): X-Forwarded-For names the client, as behind nginx.
    app = await startTestApp({
      demo: true,
      config: {
        trustProxy: 'loopback',
        mutationRatePerMinute: 30,
        loginAccountLimit: ACCOUNT_LIMIT,
        loginAddressLimit: ADDRESS_LIMIT,
      },
    });
  }, 120_000);
  afterAll(() => app?.stop());

  const login = async (email: string, password: string, address: string): Promise<GraphQLResult> => {
    const res = await app
      .http()
      .post('/graphql')
      .set('x-forwarded-for', address)
      .send({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: email, p: password },
      });
    return res.body;
  };

  it('counts 20 concurrent guesses as 20: at most the allowed few reach the password check', async () => {
    const email = 'agent@kongsberg.idehub.test';
    expect((await login(email, DEMO_PASSWORD, '192.0.2.10')).errors).toBeUndefined(); // the owner's desk
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(email, `gjetning-${i}`, '198.51.100.7')),
    );
    const checked = results.filter((r) => codeOf(r) === 'UNAUTHENTICATED').length;
    const refused = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    expect(checked).toBeLessThanOrEqual(PAIR_LIMIT);
    expect(checked + refused.length).toBe(20);
    expect(refused[0].errors![0].message).toMatch(/Wait \d+ minutes/);
    expect((refused[0].errors![0].extensions as { retryAfterSeconds?: number }).retryAfterSeconds).toBeGreaterThan(0);
    // Sequential guesses after the burst: still no more than PAIR_LIMIT checked in all.
    let more = 0;
    while (codeOf(await login(email, 'enda-en', '198.51.100.7')) === 'UNAUTHENTICATED') more++;
    expect(checked + more).toBeLessThanOrEqual(PAIR_LIMIT);
    // Even the right password waits out the cool-down from that address…
    expect(codeOf(await login(email, DEMO_PASSWORD, '198.51.100.7'))).toBe('RATE_LIMITED');
    // …but the owner at their own desk is not locked out, and is not slowed down: their sign-in takes about as
    // long as an untroubled person's just before it (a fixed limit failed on a loaded CI machine: 2.4 s).
    const timed = async (who: string, address: string) => {
      const started = performance.now();
      const res = await login(who, DEMO_PASSWORD, address);
      return { res, ms: performance.now() - started };
    };
    const untroubled = await timed('ansatt@kongsberg.idehub.test', '192.0.2.11');
    expect(untroubled.res.errors).toBeUndefined();
    const owner = await timed(email, '192.0.2.10');
    expect(owner.res.errors).toBeUndefined();
    expect(owner.ms).toBeLessThan(2 * untroubled.ms + 1000);
  });

  it('stops guesses spread over many addresses, but not the owner from an address they use', async () => {
    const email = 'leder@lier.idehub.test';
    expect((await login(email, DEMO_PASSWORD, '192.0.2.20')).errors).toBeUndefined(); // the owner's address
    for (let batch = 0; batch < ACCOUNT_LIMIT / 4 + 1; batch++) {
      await Promise.all(Array.from({ length: 4 }, (_, i) => login(email, 'feil', `203.0.113.${batch * 4 + i + 1}`)));
    }
    expect(codeOf(await login(email, 'feil', '203.0.113.200'))).toBe('RATE_LIMITED');
    expect(codeOf(await login(email, DEMO_PASSWORD, '203.0.113.201'))).toBe('RATE_LIMITED');
    expect((await login(email, DEMO_PASSWORD, '192.0.2.20')).errors).toBeUndefined();
  });

  it('stops one address guessing across many accounts (password spraying)', async () => {
    const address = '198.51.100.99';
    let refused = 0;
    for (let batch = 0; batch < 4; batch++) {
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) => login(`person${batch * 4 + i}@spray.test`, 'Sommer2026!', address)),
      );
      refused += results.filter((r) => codeOf(r) === 'RATE_LIMITED').length;
    }
    expect(refused).toBe(16 - ADDRESS_LIMIT);
    expect(codeOf(await login('ansatt@lier.idehub.test', DEMO_PASSWORD, address))).toBe('RATE_LIMITED');
    expect((await login('ansatt@lier.idehub.test', DEMO_PASSWORD, '198.51.100.100')).errors).toBeUndefined();
  });

  it('lets the cool-down pass after the window', async () => {
    const email = 'agent@kongsberg.idehub.test';
    app.clock.advance(FAILURE_WINDOW_MS + 1000);
    expect((await login(email, DEMO_PASSWORD, '198.51.100.7')).errors).toBeUndefined();
  });

  it('prunes old attempt rows and long-expired sessions', async () => {
    const count = async (table: string) =>
      (await app.db.query(`select count(*)::int as n from ${table}`))[0].n as number;
    expect(await count('login_failure')).toBeGreaterThan(0);
    app.clock.advance(PRUNE_AFTER_MS + app.config.sessionTtlHours * 3600_000 + 1000);
    const fresh = await app.login('ansatt2@lier.idehub.test');
    const sessionsBefore = await count('session');
    const pruned = await app.running.app.get(AuthService).pruneAuthRows();
    expect(pruned.attempts).toBeGreaterThan(0);
    expect(pruned.sessions).toBeGreaterThan(0);
    expect(await count('login_failure')).toBe(0);
    expect(await count('session')).toBe(sessionsBefore - pruned.sessions);
    expect((await app.gql('{ me { id } }', {}, fresh)).data.me.id).toBeTruthy();
  });

  it('logs out everywhere: every session of mine ends, others keep theirs', async () => {
    const [a, b] = [await app.login('ansatt@asker.idehub.test'), await app.login('ansatt@asker.idehub.test')];
    const other = await app.login('ansatt2@asker.idehub.test');
    expect((await app.gql('mutation { logout(everywhere: true) }', {}, a)).data.logout).toBe(true);
    expect(codeOf(await app.gql('{ me { id } }', {}, a))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ me { id } }', {}, b))).toBe('UNAUTHENTICATED');
    expect((await app.gql('{ me { id } }', {}, other)).data.me.id).toBeTruthy();
  });

  it('limits changes per person (30 a minute here), not reads, and not other people', async () => {
    const token = await app.login('ansatt@kongsberg.idehub.test');
    const other = await app.login('ansatt2@kongsberg.idehub.test');
    const change = (t: string) => app.gql('mutation { setMyLocale(locale: "nb") { id } }', {}, t);
    const results = await Promise.all(Array.from({ length: 40 }, () => change(token)));
    const limited = results.filter((r) => codeOf(r) === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(9);
    expect(limited).toBeLessThanOrEqual(11);
    expect((await app.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
    expect((await change(other)).errors).toBeUndefined();
  });
});
