import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  launchBrowser,
  newContext,
  pageReady,
  PASSWORD,
  type RunningApp,
  screenshot,
  signIn,
  startAppUnderTest,
} from './support/browser';

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

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; name: string; text: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        name: el?.getAttribute('name') ?? '',
        text: el?.textContent?.trim() ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('never reached the element with Tab');
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

describe('keyboard only', () => {
  it('signs in, opens the form from the menu, and submits a suggestion without a mouse', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await pageReady(page);

    // The skip link is the first stop and is visible when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    expect(await focusIsVisible(page)).toBe(true);

    await tabTo(page, (el) => el.name === 'email');
    await page.keyboard.type(ACCOUNTS.staff);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await pageReady(page);

    // Reach «Nytt forslag» in the main menu and follow it with Enter.
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Nytt forslag');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/forslag/ny');
    await pageReady(page);
    // After navigation the new page's heading has focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');

    await tabTo(page, (el) => el.name === 'unitId');
    // The staff member's own unit is preselected; a keyboard user may still change it with arrows.
    expect(await page.locator('select[name=unitId]').inputValue()).not.toBe('');
    await page.keyboard.press('Tab');
    const title = `Tastaturforslag ${Date.now().toString(36)}`;
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sjekklister for nattevakt bør ligge i appen, ikke bare på papir i vaktrommet.');
    await tabTo(page, (el) => el.name === 'hideName');
    await page.keyboard.press('Space');
    expect(await page.locator('input[name=hideName]').isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Send inn forslaget');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByText('Takk! Forslaget er sendt inn.').isVisible()).toBe(true);
    await context.close();
  });

  it('opening a suggestion from the list puts focus on its heading once it has loaded', async () => {
    for (const width of [360, 1280]) {
      const context = await newContext(browser, app.url, { width });
      const page = await context.newPage();
      await signIn(page, ACCOUNTS.staff);
      await page.goto('/forslag');
      await pageReady(page);
      const card = page.locator('.suggestion-card a').first();
      const title = (await card.textContent())!.trim();
      await card.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname));
      await pageReady(page);
      await page.waitForFunction(() => document.activeElement?.id === 'page-title');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
      await screenshot(page, `keyboard-suggestion-heading-focus-${width}`);
      await context.close();
    }
  });
});
