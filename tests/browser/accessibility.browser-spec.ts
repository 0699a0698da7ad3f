import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  pageReady,
  type RunningApp,
  screenshot,
  signIn,
  startAppUnderTest,
} from './support/browser';

let app: RunningApp;
let browser: Browser;
let suggestionPath = '';

/** Every page of the contract, visited as the role that uses it. `:id` is a real suggestion. */
const PAGES: { path: string; role: Account | null; name: string }[] = [
  { path: '/logg-inn', role: null, name: 'logg-inn' },
  { path: '/', role: 'staff', name: 'forside' },
  { path: '/forslag', role: 'staff', name: 'forslag' },
  { path: '/forslag/ny', role: 'staff', name: 'forslag-ny' },
  { path: ':suggestion', role: 'staff', name: 'forslag-id-ansatt' },
  { path: ':suggestion', role: 'leader', name: 'forslag-id-leder' },
  { path: '/innboks', role: 'leader', name: 'innboks' },
  { path: '/varsler', role: 'staff', name: 'varsler' },
  { path: '/statistikk', role: 'leader', name: 'statistikk' },
  { path: '/admin', role: 'admin', name: 'admin' },
  { path: '/historier', role: 'agent', name: 'historier' },
  { path: '/historier/1', role: 'agent', name: 'historier-id' },
  { path: '/gevinster', role: 'agent', name: 'gevinster' },
  { path: '/innsatsomrader', role: 'leader', name: 'innsatsomrader' },
];

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
  // A suggestion the staff member and the leader can both see: the leader's inbox's first.
  const context = await newContext(browser, app.url);
  const page = await context.newPage();
  await signIn(page, 'leader');
  await page.goto('/forslag');
  await pageReady(page);
  const href = await page.locator('.suggestion-card a').first().getAttribute('href');
  suggestionPath = href ?? '/forslag/unknown';
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function visit(page: Page, path: string) {
  await page.goto(path === ':suggestion' ? suggestionPath : path);
  await pageReady(page);
}

const ROLES: (Account | null)[] = [null, 'staff', 'leader', 'admin', 'agent'];

describe.each([
  { language: 'nb' as const, width: 1280 },
  { language: 'en' as const, width: 1280 },
  { language: 'nb' as const, width: 360 },
])('every page in $language at $width px', ({ language, width }) => {
  it.each(ROLES.map((role) => ({ role: role ?? 'anonymous', account: role })))(
    'has no WCAG 2.1 A/AA violations as $role (and is screenshotted)',
    async ({ account }) => {
      const pages = PAGES.filter((p) => p.role === account);
      const context = await newContext(browser, app.url, { language, width });
      const page = await context.newPage();
      if (account) await signIn(page, account);
      const failures: string[] = [];
      for (const p of pages) {
        await visit(page, p.path);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        if (language === 'nb' || width === 1280) await screenshot(page, `${p.name}-${language}-${width}`);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${p.path} (${p.name}):\n${describeViolations(violations)}`);
        if (width === 360) {
          // Nothing may force sideways scrolling on a phone (WCAG 1.4.10 reflow).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) failures.push(`${p.path}: scrolls sideways by ${overflow}px at 360 px`);
        }
      }
      await context.close();
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
  );
});

describe('language switch', () => {
  it('switches to English, remembers it, and sets <html lang>', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Logg inn');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    await context.close();
  });
});
