import * as fs from 'node:fs';
import * as path from 'node:path';
import { lastCompleteMonth } from '@idehub/libs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  journeyKit,
  launchBrowser,
  pageReady,
  type RunningApp,
  screenshot,
  startAppUnderTest,
} from './support/browser';

/**
 * «Dere sa – vi gjorde» in a real browser (issue 12, part 4): a staff member goes from the start
 * page to her unit's results for last month (the demo always has one: the super-user overview,
 * implemented on the 20th with a story and gains), steps back a month, and opens the poster.
 * axe-core on each page, in nb and en, at 360 and 1280 px.
 */

let app: RunningApp;
let browser: Browser;
const { as, goto, expectNoAxeViolations } = journeyKit(() => ({ app, browser }));
const SHOTS = process.env.DIGEST_SHOTS_DIR;

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
}

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('«Dere sa – vi gjorde» in the browser', () => {
  for (const width of [360, 1280]) {
    it(`nb at ${width} px: from the start page to last month’s results, then a month back, and the poster`, async () => {
      const { context, page } = await as('staff', { width });
      await goto(page, '/');
      await page.getByRole('link', { name: 'Resultatene i Hjemmetjenesten' }).click();
      await pageReady(page);
      expect(page.url()).toMatch(/\/enheter\/[0-9a-f-]+\/resultater$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Dere sa – vi gjorde' }).isVisible()).resolves.toBe(
        true,
      );
      const items = page.getByRole('region', { name: 'Dere sa … – vi gjorde …' });
      await items
        .getByRole('link', { name: 'Felles oversikt over hvem som er superbruker på hvilken teknologi' })
        .waitFor();
      expect(await items.getByText('Superbrukeroversikt på alle vakter').count()).toBeGreaterThan(0);
      expect(await page.getByRole('region', { name: 'Takk' }).textContent()).toContain('Takk til');
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      await shot(page, `unit-digest-nb-${width}`);

      // The poster: a PDF from the same site.
      const href = await page.getByRole('link', { name: 'Skriv ut plakat (PDF, A4)' }).getAttribute('href');
      expect(href).toMatch(new RegExp(`/api/units/.+/digest\\.pdf\\?month=${lastCompleteMonth(new Date())}$`));
      const pdf = await context.request.get(href!, { headers: { 'sec-fetch-site': 'same-origin' } });
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      if (SHOTS && width === 1280) fs.writeFileSync(path.join(SHOTS, 'poster.pdf'), await pdf.body());

      // A month back: the heading names it and the page is still clean.
      const nav = page.getByRole('navigation', { name: 'Velg måned' });
      const back = nav.getByRole('link').first();
      const previousName = (await back.textContent())!.replace('←', '').trim();
      await back.click();
      await pageReady(page);
      await page.getByRole('heading', { level: 2, name: previousName }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  for (const width of [360, 1280]) {
    it(`en at ${width} px`, async () => {
      const { context, page } = await as('staff2', { width, language: 'en' });
      await goto(page, '/');
      await page.getByRole('link', { name: 'Results in Hjemmetjenesten' }).click();
      await pageReady(page);
      await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
      await page.getByRole('region', { name: 'The month in numbers' }).waitFor();
      await page.getByRole('link', { name: 'Print the poster (PDF, A4)' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      await shot(page, `unit-digest-en-${width}`);
      await context.close();
    });
  }
});
