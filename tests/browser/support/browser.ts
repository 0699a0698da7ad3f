import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'tests/artifacts/screenshots');
export const PASSWORD = 'idehub-demo';

export const ACCOUNTS = {
  staff: 'ansatt@drammen.idehub.test',
  staff2: 'ansatt2@drammen.idehub.test',
  leader: 'leder@drammen.idehub.test',
  chief: 'kommunalsjef@drammen.idehub.test',
  agent: 'agent@drammen.idehub.test',
  admin: 'admin@drammen.idehub.test',
} as const;
export type Account = keyof typeof ACCOUNTS;

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * The app under test: IDEHUB_URL when set (an already running `npm start`), otherwise the whole
 * product in-process with a fresh database and demo data, serving web/dist.
 */
export async function startAppUnderTest(): Promise<RunningApp> {
  if (process.env.IDEHUB_URL) return { url: process.env.IDEHUB_URL.replace(/\/$/, ''), stop: async () => undefined };
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build -w web` before the browser tests.');
  }
  const { startApp } = await import('../../support/start-app');
  const app = await startApp();
  return { url: app.url.replace(/\/$/, ''), stop: () => app.stop() };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The UI language each context was made with (what its pages find in localStorage). */
const contextLanguage = new WeakMap<BrowserContext, 'nb' | 'en'>();

/** A fresh browser profile at a width, with the UI language chosen up front (as the switch stores it). */
export async function newContext(
  browser: Browser,
  baseURL: string,
  { width = 1280, language = 'nb' }: { width?: number; language?: 'nb' | 'en' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: width < 600 ? 780 : 900 },
    locale: language === 'nb' ? 'nb-NO' : 'en-GB',
    timezoneId: 'Europe/Oslo',
  });
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('idehub.language')) window.localStorage.setItem('idehub.language', lang);
  }, language);
  contextLanguage.set(context, language);
  return context;
}

/** Waits until the page has its heading and nothing is loading any more. */
export async function pageReady(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, { timeout: 15_000 });
}

/**
 * Signs in as the sign-in page does after its form is sent, without the form (journeys, keyboard, accessibility and
 * the sign-in tests drive the form itself; here it only costs a second per sign-in): the login mutation from the
 * page's own context sets the session cookie; a language chosen in this browser is stored on the person when it
 * differs; leaders land in the inbox, everyone else on the front page. `account` is a Drammen demo account or any
 * demo e-mail address.
 */
export async function signIn(page: Page, account: Account | string): Promise<void> {
  const email = account in ACCOUNTS ? ACCOUNTS[account as Account] : account;
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await page.request.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(`${email}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { login } = await call<{ login: { person: { locale: string; memberships: { role: string }[] } } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { person { locale memberships { role } } } }',
    { email, password: PASSWORD },
  );
  const language = contextLanguage.get(page.context());
  if (language && login.person.locale !== language) {
    await call('mutation($locale: String!) { setMyLocale(locale: $locale) { id } }', { locale: language });
  }
  await page.goto(login.person.memberships.some((m) => m.role === 'LEADER') ? '/innboks' : '/');
  await pageReady(page);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (injected from node_modules) against WCAG 2.0/2.1 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through DevTools rather than added as an inline <script>: the app's CSP refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * What most journeys need around one app and one browser: the API as a demo account, a signed-in
 * page, navigation that waits for the page, and axe with a readable failure. The app and browser are
 * read when used, so a spec can create the session before its `beforeAll` starts them.
 */
export function journeyKit(current: () => { app: RunningApp; browser: Browser }) {
  async function gql<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await fetch(`${current().app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }
  return {
    gql,
    token: async (account: Account) =>
      (
        await gql<{ login: { token: string } }>(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: ACCOUNTS[account], p: PASSWORD },
        )
      ).login.token,
    async as(account: Account, options: { language?: 'nb' | 'en'; width?: number } = {}) {
      const { app, browser } = current();
      const context = await newContext(browser, app.url, options);
      const page = await context.newPage();
      await signIn(page, account);
      return { context, page };
    },
    async goto(page: Page, path: string) {
      await page.goto(path);
      await pageReady(page);
    },
    async expectNoAxeViolations(page: Page) {
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    },
  };
}
