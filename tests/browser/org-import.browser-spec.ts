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
  ROOT,
  type RunningApp,
  screenshot,
  signIn,
  startAppUnderTest,
} from './support/browser';

/**
 * The organisation import in a real browser: Drammen's admin downloads the sample, uploads it,
 * sees the dry run's summary, imports it and sees the result; then a file with errors shows the
 * error table. axe-core on every state, at 1280 and 360 px, in bokmål and English.
 */

const SAMPLE = path.join(ROOT, 'docs/organisation-import-sample.csv');

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

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The number in the summary table's row with this heading. */
const count = (page: Page, row: string) =>
  page.getByRole('rowheader', { name: row, exact: true }).locator('xpath=following-sibling::td').textContent();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('importing the organisation at /admin/import', () => {
  it('the admin downloads the sample, checks it (dry run), imports it, and sees the result', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin');
    await pageReady(page);
    await page.getByRole('link', { name: 'Importer organisasjonen' }).click();
    await page.waitForURL('**/admin/import');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Importer organisasjonen');
    await expectAccessible(page);
    await screenshot(page, 'org-import-empty-1280');

    const sampleLink = page.getByRole('link', { name: 'Last ned eksempelfil (CSV)' });
    const href = await sampleLink.getAttribute('href');
    const downloaded = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      return { status: res.status, text: await res.text() };
    }, href);
    expect(downloaded.status).toBe(200);
    expect(downloaded.text.replace(/^\uFEFF/, '')).toBe(fs.readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, ''));

    // Without a file: the error is next to the field, in text.
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await expect.poll(() => page.getByText('Velg en fil først.').isVisible()).toBe(true);

    await page.getByLabel('Fil med organisasjonen').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await page.getByRole('heading', { name: 'Resultat av kontrollen' }).waitFor();
    expect(await focusedText(page)).toBe('Resultat av kontrollen');
    expect(await count(page, 'Personer lagt til')).toBe('8');
    expect(await count(page, 'Enheter opprettet')).toBe('2');
    expect(await count(page, 'Roller i enheter lagt til')).toBe('9');
    await expectAccessible(page);
    await screenshot(page, 'org-import-checked-1280');

    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('heading', { name: 'Importen er fullført' }).waitFor();
    expect(await focusedText(page)).toBe('Importen er fullført');
    expect(await page.getByText('15 linjer er importert.').isVisible()).toBe(true);
    expect(await count(page, 'Personer lagt til')).toBe('8');
    await expectAccessible(page);
    await screenshot(page, 'org-import-applied-1280');

    // The same file again: nothing left to do, and no «Importer» button.
    await page.getByLabel('Fil med organisasjonen').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await page.getByText('alt i den er allerede importert').waitFor();
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    await context.close();
  });

  it('shows every row error with line and column at 360 px, and imports nothing', async () => {
    const context = await newContext(browser, app.url, { width: 360 });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/import');
    await pageReady(page);
    await expectAccessible(page);
    await screenshot(page, 'org-import-empty-360');
    const file = Buffer.from(
      [
        'ansattnummer;navn;epost;enhet;rolle',
        '10001;Anders Moe;admin@drammen.idehub.test;;admin',
        '40001;Uten Epost;;Helse og omsorg;ansatt',
        '40002;Feil Rolle;feil.rolle@drammen.idehub.test;Helse og omsorg;sjef',
      ].join('\n'),
      'utf8',
    );
    await page
      .getByLabel('Fil med organisasjonen')
      .setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await page.getByRole('heading', { name: 'Resultat av kontrollen' }).waitFor();
    expect(await page.getByText('Filen har 2 feil. Ingenting er importert.').isVisible()).toBe(true);
    const table = page.getByRole('table', { name: '2 feil i filen' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['3', 'epost', 'E-postadressen mangler.'],
      ['4', 'rolle', 'Ukjent rolle «sjef». Bruk ansatt, leder, digital agent eller admin.'],
    ]);
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, 'org-import-errors-360');
    await context.close();
  });

  it('shows progress while a large file (20 000 lines) is uploaded and checked', async () => {
    const lines = ['ansattnummer;navn;epost;enhet;rolle', '10001;Anders Moe;admin@drammen.idehub.test;;admin'];
    for (let i = 0; i < 19_999; i++)
      lines.push(
        `${200000 + i};Ansatt ${i};ansatt.${i}@stor.drammen.kommune.no;Område ${i % 10} / Avdeling ${i % 97};ansatt`,
      );
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/import');
    await pageReady(page);
    await page
      .getByLabel('Fil med organisasjonen')
      .setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
    // The progress is announced while it lasts. How long that is depends on the machine, so a watcher in the
    // page records whether a status message with the progress appeared at all, however briefly.
    await page.evaluate(() => {
      (window as unknown as { progressSeen: boolean }).progressSeen = false;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="status"]')) {
          if (/Laster opp filen|Kontrollerer/.test(el.textContent ?? '')) {
            (window as unknown as { progressSeen: boolean }).progressSeen = true;
          }
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Kontroller filen' }).click();
    await page.getByText(/Filen er i orden \(20\s000 linjer\)/).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)).toBe(true);
    expect((await count(page, 'Personer lagt til'))?.replace(/\s/g, '')).toBe('19999');
    await context.close();
  });

  it('speaks English when chosen, and tells staff the page is for admins', async () => {
    const context = await newContext(browser, app.url, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/import');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Import the organisation');
    await page.getByLabel('File with the organisation').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Result of the check' }).waitFor();
    await expectAccessible(page);
    await context.close();

    const staffContext = await newContext(browser, app.url);
    const staff = await staffContext.newPage();
    await signIn(staff, 'staff');
    await staff.goto('/admin/import');
    await pageReady(staff);
    expect(await staff.getByRole('alert').textContent()).toContain('Bare administratorer');
    await staffContext.close();
  });
});
