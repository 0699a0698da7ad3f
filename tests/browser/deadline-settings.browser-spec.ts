import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

/**
 * The deadline settings at /admin in a real browser: an admin turns on working days and sets the
 * reminder in Norwegian, and back in English; saved values survive a reload; axe finds nothing, at
 * 1280 and 360 px. SHOTS_DIR saves the screenshots there as well.
 */

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  if (process.env.SHOTS_DIR) {
    fs.mkdirSync(process.env.SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}.png`), fullPage: true });
  }
}

async function expectNoAxeViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('deadline settings: working days and reminders', () => {
  it('an admin sets working days and a reminder 2 days before (nb), at 1280 px', async () => {
    const context = await newContext(browser, app.url, { width: 1280, language: 'nb' });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin');
    await pageReady(page);
    const form = page.locator('form[aria-labelledby=settings-heading]');
    const reminder = form.getByRole('spinbutton', { name: 'Påminnelse, dager før fristen' });
    await expect.poll(() => reminder.inputValue()).toBe('3');
    await expect.poll(() => form.getByRole('radio', { name: 'Kalenderdager' }).isChecked()).toBe(true);
    await expect.poll(() => form.getByText(/hopper over lørdager, søndager og helligdager/).isVisible()).toBe(true);

    // Out of range: explained next to the field, nothing saved.
    await reminder.fill('400');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => reminder.getAttribute('aria-invalid')).toBe('true');

    await reminder.fill('2');
    await form.getByRole('radio', { name: 'Arbeidsdager' }).check();
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.getByRole('status').getByText('Lagret.', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'deadline-settings-nb-1280');

    await page.reload();
    await pageReady(page);
    await expect
      .poll(() => form.getByRole('spinbutton', { name: 'Påminnelse, dager før fristen' }).inputValue())
      .toBe('2');
    await expect.poll(() => form.getByRole('radio', { name: 'Arbeidsdager' }).isChecked()).toBe(true);
    await context.close();
  });

  it('in English at 360 px: turns reminders off and goes back to calendar days', async () => {
    const context = await newContext(browser, app.url, { width: 360, language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin');
    await pageReady(page);
    const form = page.locator('form[aria-labelledby=settings-heading]');
    const reminder = form.getByRole('spinbutton', { name: 'Reminder, days before the deadline' });
    await expect.poll(() => reminder.inputValue()).toBe('2');
    await expect.poll(() => form.getByRole('radio', { name: 'Working days' }).isChecked()).toBe(true);
    await reminder.fill('0');
    await form.getByRole('radio', { name: 'Calendar days' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').getByText('Saved.', { exact: true }).waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await shot(page, 'deadline-settings-en-360');
    await context.close();
  });

  it('a leader sees how days are counted, read-only (nb, 360 px)', async () => {
    const context = await newContext(browser, app.url, { width: 360, language: 'nb' });
    const page = await context.newPage();
    await signIn(page, 'leader');
    await page.goto('/admin');
    await pageReady(page);
    const form = page.locator('form[aria-labelledby=settings-heading]');
    await expect.poll(() => form.getByRole('radio', { name: 'Kalenderdager' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    await shot(page, 'deadline-settings-leader-nb-360');
    await context.close();
  });
});
