import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/start-app';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  pageReady,
  screenshot,
  signIn,
} from './support/browser';

let app: Awaited<ReturnType<typeof startApp>>;
let provider: TestProvider;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ secretKey: 'browser-test-idehub-secret-key-0123456789', oidcAllowHttp: true });
  app.config.publicUrl = app.url; // the redirect URI registered at the provider
  provider = await startTestProvider({
    redirectUri: `${app.url}/auth/oidc/callback`,
    accounts: {
      kari: { email: 'kari.nordmann@drammen.kommune.no', name: 'Kari Nordmann', groups: ['g-hjemme'] },
      ola: { email: 'ola.venter@drammen.kommune.no', name: 'Ola Venter', groups: [] },
      // In too many groups: Entra ID names the claim instead of sending the list («groups overage»).
      per: {
        email: 'per.mange.grupper@drammen.kommune.no',
        name: 'Per Mange-Grupper',
        _claim_names: { groups: 'src1' },
        _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/per/getMemberObjects' } },
      },
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await provider?.stop();
  await app?.stop();
});

/** Clicks through the provider's own login page (its development form: any login name is an account id). */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto('/logg-inn');
  await pageReady(page);
  await page.getByRole('link', { name: 'Logg inn med Drammen kommunes konto' }).click();
  // The provider's page pulls a web font from the internet, which this machine cannot reach: wait for the form only.
  await page.waitForURL((url) => url.origin === provider.issuer, { waitUntil: 'commit' });
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.origin === app.url && !url.pathname.startsWith('/auth/'));
  await pageReady(page);
}

describe('sign-in with the municipality identity provider, in Chromium', () => {
  it('an admin configures the provider at /admin/innlogging (axe clean at 360 and 1280 px)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/innlogging');
    await pageReady(page);
    await page.getByLabel('Utsteder (issuer)').fill(provider.issuer);
    await page.getByLabel('Klient-ID (application/client ID)').fill(provider.clientId);
    await page.getByLabel('Klienthemmelighet').fill(provider.clientSecret);
    await page.getByLabel('Godkjente e-postdomener').fill('drammen.kommune.no');
    await page.getByRole('button', { name: 'Legg til gruppe' }).click();
    await page.getByLabel('Gruppe 1', { exact: true }).fill('g-hjemme');
    await page.getByLabel('Enhet for gruppe 1').selectOption({ label: 'Hjemmetjenesten' });
    await page.getByRole('button', { name: 'Sjekk og lagre' }).click();
    await expect.poll(() => page.getByText('Lagret. Innloggingstjenesten svarte som den skal.').isVisible()).toBe(true);
    await expect(page.locator('input[name=clientSecret]').inputValue()).resolves.toBe('');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'admin-innlogging-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, 'admin-innlogging-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await context.close();
  });

  it('a field error is shown next to the field and in text when discovery fails', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/innlogging');
    await pageReady(page);
    await page.getByLabel('Utsteder (issuer)').fill('http://127.0.0.1:1/');
    await page.getByRole('button', { name: 'Sjekk og lagre' }).click();
    const issuer = page.getByLabel('Utsteder (issuer)');
    await expect.poll(() => issuer.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('.field__error').first().textContent()).resolves.toMatch(/Fikk ikke kontakt/);
    await context.close();
  });

  it('staff click «Logg inn med Drammen kommunes konto», sign in at the provider and land signed in', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    const started = performance.now();
    await signInAtProvider(page, 'kari');
    console.log(`Browser sign-in through the provider's page: ${(performance.now() - started).toFixed(0)} ms`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('/forslag/ny');
    await pageReady(page);
    await expect(page.locator('form').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Du er ikke plassert i en enhet ennå').count()).resolves.toBe(0);
    await context.close();
  });

  it('a person without a mapped group reads, is told why they cannot submit, and waits for the admin', async () => {
    const context = await newContext(browser, app.url, { width: 360 });
    const page = await context.newPage();
    await signInAtProvider(page, 'ola');
    await page.goto('/forslag/ny');
    await pageReady(page);
    await expect(page.getByText('Du er ikke plassert i en enhet ennå').isVisible()).resolves.toBe(true);
    await expect(page.locator('textarea').count()).resolves.toBe(0);
    await screenshot(page, 'ikke-plassert-360');
    await context.close();

    const admin = await (await newContext(browser, app.url)).newPage();
    await signIn(admin, 'admin');
    await admin.goto('/admin/innlogging');
    await pageReady(admin);
    const link = admin.getByRole('link', { name: 'Plasser Ola Venter' });
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/admin\/personer\?person=[0-9a-f-]{36}$/);
    await screenshot(admin, 'admin-innlogging-venter-1280');
    await admin.context().close();
  });

  it('a sign-in without the group list is counted for the admin at /admin/innlogging (nb 360, en 1280, axe clean)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signInAtProvider(page, 'per');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();

    for (const [language, width, heading] of [
      ['nb', 360, 'Innlogginger uten gruppeliste'],
      ['en', 1280, 'Sign-ins without a group list'],
    ] as const) {
      const admin = await (await newContext(browser, app.url, { width, language })).newPage();
      await signIn(admin, 'admin');
      await admin.goto('/admin/innlogging');
      await pageReady(admin);
      const notice = admin.getByRole('status').filter({ hasText: heading });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toMatch(
        language === 'nb' ? /^.*1 innlogging de siste 30 dagene/ : /1 sign-in in the last 30 days/,
      );
      const violations = await axeViolations(admin);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(admin, `admin-innlogging-uten-gruppeliste-${width}-${language}`);
      await admin.context().close();
    }
  });

  it('a failed sign-in is explained on the sign-in page (axe clean)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/auth/oidc/callback?code=forged&state=forged');
    await page.waitForURL(/\/logg-inn\?sso_error=STATE_INVALID/);
    await pageReady(page);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /utløpt eller ble startet i en annen nettleser/,
    );
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'logg-inn-sso-feil-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, 'logg-inn-sso-360');
    await context.close();
  });
});
