import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

describe('sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demo: true });
  });
  afterAll(() => app?.stop());

  it('signs in a demo account and answers me with the contract fields', async () => {
    const token = await app.login('ansatt@drammen.idehub.test');
    const res = await app.gql(
      '{ me { id name email municipality { id name } memberships { role unit { id name } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.me.email).toBe('ansatt@drammen.idehub.test');
    expect(res.data.me.municipality.name).toBe('Drammen kommune');
    expect(res.data.me.memberships).toEqual([
      { role: 'STAFF', unit: { id: expect.any(String), name: 'Hjemmetjenesten' } },
    ]);
  });

  it('sets an httpOnly SameSite=Lax cookie that works without a Bearer token', async () => {
    const res = await app
      .http()
      .post('/graphql')
      .send({ query: 'mutation { login(email: "leder@asker.idehub.test", password: "idehub-demo") { token } }' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/idehub_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await app
      .http()
      .post('/graphql')
      .set('cookie', cookie.split(';')[0])
      .send({ query: '{ me { email } }' });
    expect(me.body.data.me.email).toBe('leder@asker.idehub.test');
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await app.gql(
      'mutation { login(email: "ansatt2@lier.idehub.test", password: "feil-passord") { token } }',
    );
    const unknown = await app.gql(
      'mutation { login(email: "finnes.ikke@lier.idehub.test", password: "feil-passord") { token } }',
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('cools down repeated failures for one e-mail from one address, with a clear message', async () => {
    const attempt = () =>
      app.gql('mutation { login(email: "agent@kongsberg.idehub.test", password: "gjetter") { token } }');
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt())).toBe('UNAUTHENTICATED');
    const cooled = await attempt();
    expect(codeOf(cooled)).toBe('RATE_LIMITED');
    expect(cooled.errors![0].message).toMatch(/Too many sign-in attempts/);
  });

  it('refuses every operation without a session, and an unknown token', async () => {
    expect(codeOf(await app.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ me { id } }', {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ suggestions { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout, and sessions expire', async () => {
    const token = await app.login('admin@lier.idehub.test');
    expect((await app.gql('mutation { logout }', {}, token)).data.logout).toBe(true);
    expect(codeOf(await app.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');

    const other = await app.login('admin@lier.idehub.test');
    app.clock.advance((app.config.sessionTtlHours + 1) * 3600_000);
    expect(codeOf(await app.gql('{ me { id } }', {}, other))).toBe('UNAUTHENTICATED');
  });

  it('validates login input with the field named', async () => {
    const res = await app.gql('mutation { login(email: "ikke-en-epost", password: "x") { token } }');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toContainEqual({ field: 'email', message: 'must be an e-mail address' });
  });

  it('lists the demo accounts without sign-in while demo data is on', async () => {
    const res = await app.gql('{ demoAccounts { email role unitName municipalityName } }');
    expect(res.data.demoAccounts).toHaveLength(24);
    expect(res.data.demoAccounts).toContainEqual({
      email: 'kommunalsjef@asker.idehub.test',
      role: 'LEADER',
      unitName: 'Helse og omsorg',
      municipalityName: 'Asker kommune',
    });
  });

  it('lists the municipalities of the hub to a signed-in person', async () => {
    const token = await app.login('ansatt@lier.idehub.test');
    const res = await app.gql('{ municipalities { name slug } }', {}, token);
    expect(res.data.municipalities.map((m: { slug: string }) => m.slug)).toEqual([
      'asker',
      'drammen',
      'kongsberg',
      'lier',
    ]);
    expect(codeOf(await app.gql('{ municipalities { name } }'))).toBe('UNAUTHENTICATED');
  });

  it('remembers my language, nb or en only', async () => {
    const token = await app.login('ansatt2@kongsberg.idehub.test');
    const res = await app.gql('mutation { setMyLocale(locale: "en") { locale } }', {}, token);
    expect(res.data.setMyLocale.locale).toBe('en');
    expect((await app.gql('{ me { locale } }', {}, token)).data.me.locale).toBe('en');
    expect(codeOf(await app.gql('mutation { setMyLocale(locale: "sv") { locale } }', {}, token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers /health with the database status', async () => {
    const res = await app.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
  });
});
