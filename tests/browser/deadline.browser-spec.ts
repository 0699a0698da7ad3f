import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../api/src/common/clock';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import {
  type Account,
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  pageReady,
  screenshot,
  signIn,
} from './support/browser';

/**
 * «Deadline passing» (issue 11, Done when): a suggestion nobody answers. The server runs on a manual
 * clock that the test moves on by 60 days, then runs the deadline sweep as the job would. The
 * submitter (nb, phone) is told the answer is late and to whom it went; the head of department
 * (en, desk) finds it in notifications and on the suggestion; the unit's leader (en) finds it under
 * «Overdue» in the inbox. Needs its own app (the clock), so it does not run against IDEHUB_URL.
 */

const DAY = 86_400_000;
const external = Boolean(process.env.IDEHUB_URL);
let app: { url: string; nest: { get<T>(type: new (...args: never[]) => T): T }; stop(): Promise<void> };
let browser: Browser;
const clock = new ManualClock();
const title = `Ingen svar om nøkkelboks ${Date.now().toString(36)}`;
let path = '';

async function as(account: Account, options: { language?: 'nb' | 'en'; width?: number } = {}) {
  const context = await newContext(browser, app.url, options);
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

async function goto(page: Page, to: string) {
  await page.goto(to);
  await pageReady(page);
}

async function expectNoAxeViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  if (external) return;
  const { startApp } = await import('../support/start-app');
  // The sweep is run by the test, at the moment it chooses.
  app = await startApp({ runSweep: false }, { clock });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(external)('a deadline passes', () => {
  it('staff on a phone submits; nothing is late yet', async () => {
    const { context, page } = await as('staff', { width: 360 });
    await goto(page, '/forslag/ny');
    await page.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({ label: 'Hjemmetjenesten' });
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
    await page
      .getByRole('textbox', { name: 'Beskrivelse', exact: true })
      .fill('Nøkkelboksen hos brukerne har feil kode annenhver uke, og vi står ute og venter.');
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    path = new URL(page.url()).pathname;
    // A sweep before the deadline changes nothing.
    await app.nest.get(DeadlineSweepService).sweep();
    await page.reload();
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByText('Svaret er forsinket').count()).toBe(0);
    expect(await page.getByText('Fristen ble passert').count()).toBe(0);
    await context.close();
  });

  it('60 days on, the sweep tells the leaders and lifts it to the level above', async () => {
    clock.advance(60 * DAY);
    await app.nest.get(DeadlineSweepService).sweep();
    await app.nest.get(DeadlineSweepService).sweep();

    const { context, page } = await as('staff', { width: 360 });
    await goto(page, path);
    const summary = page.locator('.suggestion-summary');
    await expect.poll(async () => (await summary.textContent()) ?? '').toContain('Svaret er forsinket.');
    expect(await summary.textContent()).toMatch(/Fristen ble passert, og saken ble løftet til Per Solberg/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'deadline-passed-submitter-nb-360');
    await goto(page, '/varsler');
    const told = page
      .locator('.notification', { hasText: title })
      .filter({ hasText: /Forslaget ditt .* fikk ikke svar innen fristen og er løftet videre til Per Solberg/ });
    await told.first().waitFor();
    expect(await told.count()).toBe(1);
    await context.close();
  });

  it('the head of department (en, 1280 px) is told, and finds who owes the answer', async () => {
    const { context, page } = await as('chief', { language: 'en', width: 1280 });
    await goto(page, '/varsler');
    const note = page.locator('.notification', {
      hasText: 'was not answered by its deadline and has been escalated to you',
    });
    await note.filter({ hasText: title }).first().waitFor();
    await note.filter({ hasText: title }).first().getByRole('link', { name: title }).click();
    await page.waitForURL(`**${path}`);
    await pageReady(page);
    const summary = page.locator('.suggestion-summary');
    expect(await summary.textContent()).toContain("The answer is late. The unit's leaders have been told.");
    expect(await summary.textContent()).toContain('Deadline passed');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('the unit’s leader (en) finds it under «Overdue» in the inbox', async () => {
    const { context, page } = await as('leader', { language: 'en', width: 1280 });
    await goto(page, '/innboks');
    await page.getByRole('checkbox', { name: 'Overdue' }).check();
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    await screenshot(page, 'deadline-passed-inbox-en-1280');
    await expectNoAxeViolations(page);
    await context.close();
  });
});
