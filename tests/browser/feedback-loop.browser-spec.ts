import { allowedTargets, type SuggestionStatusName } from '@idehub/libs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, pageReady, type RunningApp, signIn, startAppUnderTest } from './support/browser';

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

/** The status values the respond form offers (the empty value is «no status change»). */
async function offeredStatuses(page: Page): Promise<string[]> {
  return page.locator('input[type=radio][name=status]').evaluateAll((radios) =>
    radios.map((r) => (r as HTMLInputElement).value).filter(Boolean),
  );
}

async function respond(page: Page, message: string, status: SuggestionStatusName | null) {
  await page.getByRole('textbox', { name: 'Svar', exact: true }).fill(message);
  if (status) await page.locator(`input[type=radio][name=status][value=${status}]`).check();
  await page.getByRole('button', { name: 'Send svaret' }).click();
  await page.getByText('Svaret er sendt til innsenderen').waitFor();
}

describe('the feedback loop in a real browser', () => {
  const title = `Felles nøkkelskap i sone 2 ${Date.now().toString(36)}`;
  let suggestionPath = '';

  it('staff submits a suggestion and sees when the answer is due', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'staff');
    await page.goto('/forslag/ny');
    await pageReady(page);
    await page.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({ label: 'Hjemmetjenesten' });
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
    await page
      .getByRole('textbox', { name: 'Beskrivelse', exact: true })
      .fill('Vi bruker mye tid på å lete etter nøkler til brukernes hjem. Et felles nøkkelskap med logg vil spare tid.');
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    suggestionPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => page.getByText('Takk! Forslaget er sendt inn.').isVisible()).toBe(true);
    expect(await page.getByText(/Neste svar innen/).first().isVisible()).toBe(true);
    await context.close();
  });

  it('the leader finds it in the inbox, is offered only allowed transitions, and answers with a status', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'leader');
    await page.goto('/innboks');
    await pageReady(page);
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**${suggestionPath}`);
    await pageReady(page);

    // Walk the suggestion through the workflow; at every step the form offers exactly the table's targets.
    const path: (SuggestionStatusName | null)[] = ['UNDER_REVIEW', null, 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'];
    let current: SuggestionStatusName = 'SUBMITTED';
    for (const next of path) {
      const offered = await offeredStatuses(page);
      expect(offered.sort(), `offered from ${current}`).toEqual(allowedTargets(current, 'RESPONDER', 'RESPOND').sort());
      expect(offered).not.toContain('WITHDRAWN');
      expect(offered).not.toContain('MERGED');
      if (next) expect(offered).toContain(next);
      await respond(
        page,
        next ? `Vi endrer status til ${next} etter vurdering i ledergruppen.` : 'Vi har bestilt et tilbud på nøkkelskap og kommer tilbake.',
        next,
      );
      if (next) current = next;
      await expect.poll(async () => (await page.locator('.suggestion-summary .status').textContent()) ?? '').not.toBe('');
    }
    // Implemented is terminal: only «reopen» paths the table allows remain (none from IMPLEMENTED).
    expect(await offeredStatuses(page)).toEqual(allowedTargets('IMPLEMENTED', 'RESPONDER', 'RESPOND'));
    await context.close();
  });

  it('staff sees every answer and the final status, and is asked whether the answer was useful', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'staff');
    // «My suggestions» shows the new status in words.
    const card = page.locator('.suggestion-card', { has: page.getByRole('link', { name: title }) });
    await card.waitFor();
    expect(await card.locator('.status').textContent()).toContain('Gjennomført');

    await page.goto(suggestionPath);
    await pageReady(page);
    const timeline = page.locator('.timeline');
    await expect.poll(() => timeline.locator('li').count()).toBe(6);
    expect(await timeline.textContent()).toContain('Status endret fra «Innsendt» til «Under vurdering»');
    expect(await timeline.textContent()).toContain('Vi har bestilt et tilbud på nøkkelskap');
    expect(await timeline.textContent()).toContain('Status endret fra «Under arbeid» til «Gjennomført»');
    expect(await page.getByRole('heading', { name: 'Fikk du et svar du kan bruke?' }).isVisible()).toBe(true);
    await page.getByLabel('Ja, jeg fikk et svar jeg kan bruke').check();
    await page.getByRole('button', { name: 'Send vurderingen' }).click();
    await page.getByText(/Du svarte ja/).waitFor();
    await context.close();
  });
});
