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
 * Units and people at /admin in a real browser: the admin creates a unit, adds a person to it,
 * opens the person from the list and deactivates them; then axe-core and 360 px on both pages
 * (and «Mine data») in both languages.
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

async function goto(page: Page, path: string) {
  await page.goto(path);
  await pageReady(page);
}

describe('units and people at /admin', () => {
  const suffix = Date.now().toString(36);
  const unitName = `Nattpatruljen ${suffix}`;
  const personName = `Nina Natt ${suffix}`;
  const email = `nina.${suffix}@drammen.kommune.no`;

  it('an admin creates a unit, adds a person to it and deactivates them', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await goto(page, '/admin/enheter');

    // A blank name is explained next to the field.
    await page.getByRole('button', { name: 'Opprett enhet' }).click();
    await expect.poll(() => page.getByText('Skriv et navn (1–200 tegn).').isVisible()).toBe(true);

    await page.getByRole('textbox', { name: 'Navn' }).fill(unitName);
    await page.getByRole('combobox', { name: 'Ligger under' }).selectOption({ label: 'Helse og omsorg' });
    await page.getByRole('button', { name: 'Opprett enhet' }).click();
    await page.getByText(`Enheten «${unitName}» er opprettet.`).waitFor();
    await page.locator('.unit-tree').getByText(unitName).waitFor();

    await goto(page, '/admin/personer');
    const add = page.locator('form[aria-labelledby=add-person-heading]');
    await add.getByRole('textbox', { name: 'Navn' }).fill(personName);
    await add.getByRole('textbox', { name: 'E-post' }).fill(email);
    await add.getByRole('combobox', { name: 'Enhet' }).selectOption({ label: `Helse og omsorg / ${unitName}` });
    await add.getByRole('button', { name: 'Legg til', exact: true }).click();

    // The new person opens in the editor (?person=<id>).
    await page.waitForURL(/\/admin\/personer\?person=/);
    const editor = page.locator('.person-editor');
    await editor.getByRole('heading', { name: `Rediger ${personName}` }).waitFor();

    // Found by search, with its unit.
    await page.getByRole('searchbox', { name: 'Søk i navn eller e-post' }).fill(suffix);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: `Åpne ${personName}` }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: `Ansatt – ${unitName}` }).count()).toBe(1);

    await editor.getByRole('button', { name: 'Deaktiver' }).click();
    await editor.getByRole('button', { name: 'Aktiver igjen' }).waitFor();
    // Gone from the default list (active people only), shown as deactivated when asked for.
    await expect.poll(() => page.getByRole('button', { name: `Åpne ${personName}` }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Vis også deaktiverte' }).check();
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: `Åpne ${personName}` }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Deaktivert', exact: true }).count()).toBe(1);

    // The audit log says it in words: the unit created, the person added with their role, then deactivated.
    await goto(page, '/admin');
    const rows = page.locator('.audit-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.filter({ hasText: 'Enhet opprettet' }).filter({ hasText: unitName }).count()).toBe(1);
    const added = rows.filter({ hasText: 'Person lagt til' }).filter({ hasText: personName });
    expect(await added.count()).toBe(1);
    expect(await added.textContent()).toContain(`Ansatt, ${unitName}`);
    const deactivated = rows.filter({ hasText: 'Person deaktivert' }).filter({ hasText: 'Anders Moe' }).first();
    expect(await deactivated.textContent()).toContain('Grunn: fra «ingen» til «av en administrator»');
    await screenshot(page, 'org-admin-audit-log-1280-nb');
    await context.close();
  });

  it('the admin pages and «Mine data» pass axe-core and fit 360 px, in bokmål and English', async () => {
    const failures: string[] = [];
    for (const language of ['nb', 'en'] as const) {
      for (const width of [360, 1280]) {
        const context = await newContext(browser, app.url, { language, width });
        const page = await context.newPage();
        await signIn(page, 'admin');
        for (const [name, path] of [
          ['admin-units', '/admin/enheter'],
          ['admin-people', '/admin/personer'],
          ['my-data', '/mine-data'],
        ] as const) {
          await goto(page, path);
          if (name === 'admin-people') {
            await page.locator('table').first().waitFor();
            await page.getByRole('button', { name: /^(Åpne|Open) Anders Moe/ }).click();
            await page.locator('.person-editor h2').waitFor();
          }
          if (name === 'admin-units') {
            await page.getByRole('button', { name: /^(Legg ned|Close) «?“?Hjemmetjenesten/ }).click();
            await page.getByRole('button', { name: /^(Legg ned enheten|Close the unit)$/ }).click();
            await page.locator('.field__error').first().waitFor();
          }
          await screenshot(page, `${name}-${language}-${width}`);
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${name} ${language} ${width}:\n${describeViolations(violations)}`);
          if (width === 360) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            if (overflow > 0) failures.push(`${name} ${language} 360: ${overflow}px horizontal overflow`);
          }
        }
        await context.close();
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
