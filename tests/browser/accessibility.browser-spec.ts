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
const PAGES: { path: string; role: Account | null; name: string; data?: string }[] = [
  { path: '/logg-inn', role: null, name: 'logg-inn' },
  { path: '/', role: 'staff', name: 'forside' },
  { path: '/forslag', role: 'staff', name: 'forslag' },
  { path: '/forslag/ny', role: 'staff', name: 'forslag-ny' },
  { path: ':suggestion', role: 'staff', name: 'forslag-id-ansatt' },
  { path: ':suggestion', role: 'leader', name: 'forslag-id-leder' },
  { path: '/innboks', role: 'leader', name: 'innboks' },
  // `data`: what must be on the page before it is checked, so axe sees real content, not an empty state.
  { path: '/varsler', role: 'staff', name: 'varsler', data: '.notification-list .notification' },
  { path: '/statistikk', role: 'leader', name: 'statistikk', data: '.chart .recharts-bar-rectangle' },
  { path: '/admin', role: 'admin', name: 'admin', data: '.audit-table tbody tr' },
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
  // Something for the audit log and the submitter's notifications: the leader answers the first
  // suggestion of the inbox with a progress update.
  const answered = await page.evaluate(async () => {
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const inbox = await gql('{ inbox(first: 1) { suggestions { id } } }');
    const id = inbox.data?.inbox.suggestions[0]?.id;
    const answer = await gql(
      'mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id } }',
      { input: { suggestionId: id, message: 'Vi har sett på forslaget og tar det opp på neste personalmøte.' } },
    );
    return answer.errors ? JSON.stringify(answer.errors) : 'ok';
  });
  expect(answered).toBe('ok');
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
        if (p.data) await page.locator(p.data).first().waitFor({ timeout: 15_000 });
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
    // English is fetched when chosen (a small chunk), then the page speaks it.
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    await context.close();
  });

  it('stores the language on the signed-in person too (for e-mails and other devices)', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'staff2');
    const locale = () =>
      page.evaluate(async () => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { locale } }' }),
        });
        return ((await res.json()) as { data: { me: { locale: string } } }).data.me.locale;
      });
    expect(await locale()).toBe('nb');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(locale).toBe('en');
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();
    await expect.poll(locale).toBe('nb');
    await context.close();
  });
});

describe('demo accounts on the sign-in page', () => {
  it('lists them; choosing one fills in its e-mail, and the shared password signs in', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await pageReady(page);
    const demo = page.locator('section', { has: page.getByRole('heading', { name: 'Demokontoer' }) });
    await demo.waitFor();
    expect(await demo.textContent()).toContain('Passord for alle: idehub-demo');
    // Four municipalities, six accounts each.
    expect(await demo.locator('summary').allTextContents()).toHaveLength(4);
    await demo.locator('summary', { hasText: 'Drammen kommune' }).click();
    await demo.getByRole('button', { name: 'Ingrid Berg – Leder, Hjemmetjenesten' }).click();
    expect(await page.locator('input[name=email]').inputValue()).toBe('leder@drammen.idehub.test');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('password');
    await page.keyboard.type('idehub-demo');
    await page.keyboard.press('Enter');
    // A leader starts the day in the inbox (issue 11).
    await page.waitForURL((url) => url.pathname === '/innboks');
    // The new page replaces the sign-in page once its data is there.
    await page.getByRole('heading', { level: 1, name: 'Innboks' }).waitFor();
    await context.close();
  });
});
