import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  axeViolations,
  launchBrowser,
  newContext,
  pageReady,
  type RunningApp,
  signIn,
  startAppUnderTest,
} from './support/browser';

let app: RunningApp;
let browser: Browser;

/** Every route of the web app, visited as the role that uses it, with the server's CSP on. */
const ROUTES: { path: string; role: Account | null }[] = [
  { path: '/logg-inn', role: null },
  { path: '/', role: 'staff' },
  { path: '/forslag', role: 'staff' },
  { path: '/forslag/ny', role: 'staff' },
  { path: ':suggestion', role: 'staff' },
  { path: '/varsler', role: 'staff' },
  { path: '/innboks', role: 'leader' },
  { path: ':suggestion', role: 'leader' },
  { path: '/statistikk', role: 'leader' },
  { path: '/innsatsomrader', role: 'leader' },
  { path: '/admin', role: 'admin' },
  { path: '/historier', role: 'agent' },
  { path: '/historier/1', role: 'agent' },
  { path: '/gevinster', role: 'agent' },
];

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Records every CSP violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return seen;
}

describe('Content-Security-Policy in Chromium', () => {
  it.each([null, 'staff', 'leader', 'admin', 'agent'] as (Account | null)[])(
    'every route as %s loads with the CSP on and no violation reports',
    async (role) => {
      const context = await newContext(browser, app.url);
      const page = await context.newPage();
      const violations = await watchViolations(page);
      const first = await page.goto('/logg-inn');
      expect(first?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      if (role) await signIn(page, role);
      for (const route of ROUTES.filter((r) => r.role === role)) {
        if (route.path === ':suggestion') {
          await page.goto('/forslag');
          await pageReady(page);
          await page.locator('.suggestion-card a').first().click();
        } else {
          await page.goto(route.path);
        }
        await pageReady(page);
        await page.waitForTimeout(200);
      }
      await context.close();
      expect(violations).toEqual([]);
    },
  );

  it('refuses an inline script (the policy is really enforced)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto('/logg-inn');
    await pageReady(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      return new Promise((resolve) =>
        setTimeout(() => resolve((window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false), 100),
      );
    });
    await context.close();
    expect(ran).toBe(false);
    expect(violations.join('\n')).toMatch(/script-src/);
  });

  it('still lets axe-core run (evaluated through DevTools, not inline)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await pageReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
