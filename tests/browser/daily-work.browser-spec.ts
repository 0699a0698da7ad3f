import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  type Account,
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  PASSWORD,
  pageReady,
  type RunningApp,
  screenshot,
  signIn,
  startAppUnderTest,
} from './support/browser';

/**
 * Issue 11 in a real browser, one app for the file: staff on a phone (360 px, bokmål), a leader at
 * a desk (1280 px, English), and keyboard only. Each journey checks what it changed with axe too.
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

async function open(account: Account | null, width: number, language: 'nb' | 'en') {
  const context = await newContext(browser, app.url, { width, language });
  const page = await context.newPage();
  if (account) await signIn(page, account);
  return { context, page };
}

async function expectNoAxeViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function close(context: BrowserContext) {
  await context.close();
}

const TITLE = `Nøkkelboks ved inngangen ${Date.now().toString(36)}`;
const DESCRIPTION =
  'Hjemmetjenesten bruker mye tid på å hente nøkler. En nøkkelboks med kode ved inngangen sparer tid.';
const ANSWER = 'Takk! Vi bestiller nøkkelbokser til sone 2 og prøver dem ut i desember.';

describe('staff on a phone and the leader’s day', () => {
  let suggestionPath = '';

  it('staff on a phone (360 px, nb): a failed sign-in focuses the error summary; field errors clear; similar suggestions open in the same tab and the draft is kept', async () => {
    const { context, page } = await open(null, 360, 'nb');
    await page.goto('/logg-inn');
    await pageReady(page);
    await page.locator('input[name=email]').fill(ACCOUNTS.staff);
    await page.locator('input[name=password]').fill('feil-passord');
    await page.locator('form button[type=submit]').click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Feil e-post eller passord');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.locator('input[name=password]').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/');
    await pageReady(page);

    await page.goto('/forslag/ny');
    await pageReady(page);
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    const title = page.getByRole('textbox', { name: 'Tittel', exact: true });
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await title.pressSequentially('Fallalarm mobil', { delay: 15 });
    // Valid now: the error is gone at once, before anything is sent again.
    await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByText('Tittelen må ha mellom 5 og 140 tegn').count()).toBe(0);

    const similar = page.locator('.similar__list a').first();
    await similar.waitFor();
    expect(await similar.getAttribute('target')).toBeNull();
    const pagesBefore = context.pages().length;
    await similar.click();
    await page.waitForURL((url) => /^\/forslag\/[0-9a-f-]{36}$/.test(url.pathname));
    await pageReady(page);
    expect(context.pages().length).toBe(pagesBefore);
    await page.goBack();
    await pageReady(page);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Tittel', exact: true }).inputValue())
      .toBe('Fallalarm mobil');

    // Now the real one, which the leader answers below.
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Beskrivelse', exact: true }).fill(DESCRIPTION);
    await page.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({ label: 'Hjemmetjenesten' });
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    await page.waitForURL((url) => /^\/forslag\/[0-9a-f-]{36}$/.test(url.pathname));
    await pageReady(page);
    suggestionPath = new URL(page.url()).pathname;
    expect(await page.getByText('Ansvarlig for svar:').first().isVisible()).toBe(true);
    await screenshot(page, 'daily-staff-suggestion-360-nb');
    await expectNoAxeViolations(page);
    await close(context);
  });

  it('a leader at a desk (1280 px, en): lands in the inbox, filters it, answers first and is taken to the answer', async () => {
    const { context, page } = await open('leader', 1280, 'en');
    expect(new URL(page.url()).pathname).toBe('/innboks');
    // One line of navigation, no «Menu» button.
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    const tops = await page
      .locator('#main-nav li')
      .evaluateAll((items) => [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))]);
    expect(tops).toHaveLength(1);

    const list = page.locator('.suggestion-list');
    await list.getByRole('link', { name: TITLE }).waitFor();
    await page.getByRole('checkbox', { name: 'Overdue' }).check();
    await expect.poll(() => list.getByRole('link', { name: TITLE }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Overdue' }).uncheck();
    await page.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'Hjemmetjenesten' });
    await list.getByRole('link', { name: TITLE }).waitFor();
    // The filters are the server's and live in the address: a reload (or a shared link) keeps them.
    // The new suggestion is due in 14 days, so «due within 7 days» leaves it out.
    const week = () => page.getByRole('checkbox', { name: 'Due within 7 days' });
    await week().check();
    await expect.poll(() => list.getByRole('link', { name: TITLE }).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('vis')).toEqual(['frist-7-dager']);
    expect(new URL(page.url()).searchParams.get('enhet')).toMatch(/^[0-9a-f-]{36}$/);
    await page.reload();
    await pageReady(page);
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing \d+ of \d+ suggestions? that match(es)? the filters\.$/ })
      .waitFor();
    expect(await week().isChecked()).toBe(true);
    expect(
      await page.getByRole('combobox', { name: 'Unit' }).evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.options[select.selectedIndex]?.textContent;
      }),
    ).toBe('Hjemmetjenesten');
    expect(await list.getByRole('link', { name: TITLE }).count()).toBe(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'daily-leader-inbox-filtered-360-en');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await week().uncheck();
    await list.getByRole('link', { name: TITLE }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('vis')).toEqual([]);
    await screenshot(page, 'daily-leader-inbox-1280-en');
    await expectNoAxeViolations(page);

    await list.getByRole('link', { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname === suggestionPath);
    await pageReady(page);
    const form = page.getByRole('form', { name: 'Answer the submitter' });
    const coCreation = page.locator('.co-creation');
    await coCreation.waitFor();
    const formFirst = await form.evaluate(
      (f, other) => Boolean(f.compareDocumentPosition(other as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
      await coCreation.elementHandle(),
    );
    expect(formFirst).toBe(true);

    await page.getByRole('textbox', { name: 'Answer', exact: true }).fill(ANSWER);
    await page.locator('input[type=radio][name=status][value=UNDER_REVIEW]').check();
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await page.getByText('The answer was sent to the submitter').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.timeline__entry')?.textContent ?? ''))
      .toContain(ANSWER);
    await screenshot(page, 'daily-leader-answered-1280-en');

    // The settings at /admin are shown, read-only.
    await page.goto('/admin');
    await pageReady(page);
    expect(await page.getByText('Only admins can change the deadlines.').isVisible()).toBe(true);
    expect(await page.locator('input[name=firstResponseDays]').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await close(context);
  });

  it('staff on a phone (360 px, nb): the unread count shows on the menu button; Escape closes the menu and returns focus', async () => {
    const { context, page } = await open('staff', 360, 'nb');
    const toggle = page.locator('.menu-toggle');
    await expect.poll(async () => (await toggle.textContent()) ?? '').toMatch(/Meny\s*\d+/);
    expect(await toggle.textContent()).toMatch(/\(\d+ uleste? varsel/);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'daily-staff-home-360-nb');

    // A table wider than the phone says that it scrolls.
    await page.goto('/statistikk');
    await pageReady(page);
    const hint = page.locator('.table-hint').first();
    await hint.waitFor();
    expect(await hint.textContent()).toContain('rull sideveis');
    await expectNoAxeViolations(page);
    await close(context);
  });
});

describe('keyboard only', () => {
  it('a digital agent publishes a story after confirming, and takes it back to draft (1280 px, nb)', async () => {
    const { context, page } = await open('agent', 1280, 'nb');
    await page.goto('/historier/ny');
    await pageReady(page);
    await page.getByRole('textbox', { name: /^Tittel/ }).fill(`Nøkkelbokser sparer tid ${Date.now().toString(36)}`);
    await page
      .getByRole('textbox', { name: /^Sammendrag/ })
      .fill('Nøkkelbokser ved inngangen sparte hjemmetjenesten for mye leting etter nøkler.');
    const save = page.getByRole('button', { name: 'Lagre utkastet' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/historier\/[0-9a-f-]{36}$/.test(url.pathname));
    await pageReady(page);

    const publish = page.getByRole('button', { name: 'Publiser historien' });
    await publish.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: 'Publisere for alle kommunene?' });
    await question.waitFor();
    expect(await question.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Historien er publisert.', { exact: false }).waitFor();

    const back = page.getByRole('button', { name: 'Ta tilbake til utkast' });
    await back.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Historien er tatt tilbake til utkast.').waitFor();
    await expect.poll(async () => page.locator('.story-facts .status').textContent()).toContain('Utkast');
    await screenshot(page, 'daily-agent-story-unpublished-1280-nb');
    await close(context);
  });
});
