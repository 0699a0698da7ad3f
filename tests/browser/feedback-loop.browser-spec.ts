import { allowedTargets, type SuggestionStatusName } from '@idehub/libs';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** What a screen reader calls an element (its accessible name, from Chromium's accessibility tree). */
async function accessibleName(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  return /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1] ?? '';
}

/** The status values the respond form offers (the empty value is «no status change»). */
async function offeredStatuses(page: Page): Promise<string[]> {
  return page
    .locator('input[type=radio][name=status]')
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value).filter(Boolean));
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
      .fill(
        'Vi bruker mye tid på å lete etter nøkler til brukernes hjem. Et felles nøkkelskap med logg vil spare tid.',
      );
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    suggestionPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe(title);
    await expect.poll(() => page.getByText('Takk! Forslaget er sendt inn.').isVisible()).toBe(true);
    expect(
      await page
        .getByText(/Neste svar innen/)
        .first()
        .isVisible(),
    ).toBe(true);
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
        next
          ? `Vi endrer status til ${next} etter vurdering i ledergruppen.`
          : 'Vi har bestilt et tilbud på nøkkelskap og kommer tilbake.',
        next,
      );
      if (next) current = next;
      await expect
        .poll(async () => (await page.locator('.suggestion-summary .status').textContent()) ?? '')
        .not.toBe('');
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

  it('staff is told of the answer: on the front page, in the menu and in /varsler, and can mark it read', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'staff');
    const finalAnswer = 'har svart på «' + title + '» og endret status fra «Under arbeid» til «Gjennomført».';

    // The front page's box shows the newest notifications, the final answer among them, unread.
    const box = page.locator('section', { has: page.getByRole('heading', { name: 'Siste varsler', level: 2 }) });
    const onHome = box.locator('.notification', { hasText: finalAnswer });
    await onHome.waitFor();
    expect(await onHome.textContent()).toContain('Ingrid Berg ' + finalAnswer);
    expect(await onHome.textContent()).toContain('Ulest');
    expect(await onHome.getByRole('link', { name: title }).getAttribute('href')).toBe(suggestionPath);

    // The menu says how many are unread, in words for a screen reader.
    const menuLink = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: /^Varsler/ });
    const unreadName = /^Varsler \((\d+) uleste? varsler?\)$/;
    await expect.poll(() => accessibleName(menuLink)).toMatch(unreadName);
    const unreadBefore = Number(unreadName.exec(await accessibleName(menuLink))![1]);
    expect(unreadBefore).toBeGreaterThanOrEqual(6); // five answers and «Fikk du et svar du kan bruke?»

    await menuLink.click();
    await page.waitForURL('**/varsler');
    await pageReady(page);
    const item = page.locator('.notification', { hasText: finalAnswer });
    await item.waitFor();
    expect(
      await page
        .locator('.notification', {
          hasText:
            'Forslaget ditt «' + title + '» er avsluttet med status «Gjennomført». Fikk du et svar du kan bruke?',
        })
        .count(),
    ).toBe(1);
    expect(await page.locator('.notification', { hasText: title }).count()).toBeGreaterThanOrEqual(6);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /uleste? varsl/ })
        .textContent(),
    ).toBe(`${unreadBefore} uleste varsler`);

    await item.getByRole('button', { name: /^Merk som lest/ }).click();
    await expect.poll(async () => (await item.textContent()) ?? '').not.toContain('Ulest');
    await expect.poll(() => accessibleName(menuLink)).toBe(`Varsler (${unreadBefore - 1} uleste varsler)`);

    await page.getByRole('button', { name: 'Merk alle som lest' }).click();
    await page.getByText('Alle varslene er merket som lest.').waitFor();
    await expect.poll(() => accessibleName(menuLink)).toBe('Varsler');
    expect(await page.locator('.notification--unread').count()).toBe(0);

    // It stays read: a fresh load asks the server again.
    await page.reload();
    await pageReady(page);
    await page.locator('.notification').first().waitFor();
    expect(await page.locator('.notification--unread').count()).toBe(0);
    await context.close();
  });

  it('the admin finds the answers in the audit log, in words, with the status before and after', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin');
    await pageReady(page);
    const rows = page.locator('.audit-table tbody tr');
    await rows.first().waitFor();
    const answer = rows.filter({ hasText: 'Status: fra «Under arbeid» til «Gjennomført»' });
    expect(await answer.count()).toBe(1);
    expect(await answer.textContent()).toContain('Svar på forslag');
    expect(await answer.textContent()).toContain('Ingrid Berg');
    expect(await answer.getByRole('link', { name: 'Forslag' }).getAttribute('href')).toBe(suggestionPath);
    await answer.getByText('Vis før og etter').click();
    expect(await answer.locator('pre').last().textContent()).toContain('"status": "IMPLEMENTED"');
    expect(
      await rows.filter({ hasText: 'Forslag sendt inn' }).filter({ hasText: 'Kari Nordmann' }).count(),
    ).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it('a leader sees statistics for their own unit (and below) and the municipality, month by month', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'leader');
    await page.goto('/statistikk');
    await pageReady(page);
    const unit = page.getByRole('combobox', { name: 'Enhet' });
    expect(await unit.locator('option').allTextContents()).toEqual(['Hjemmetjenesten', 'Hele kommunen']);
    const table = page.getByRole('table', { name: /Tallene per måned/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    // This month's row counts the suggestion submitted above.
    const thisMonth = table.locator('tbody tr').last();
    expect(Number((await thisMonth.locator('td').first().textContent())?.trim())).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('img', { name: /^Stolpediagram fra / }).count()).toBe(1);
    const figures = page.getByRole('list', { name: 'Nøkkeltall for Hjemmetjenesten med underenheter' });
    expect(await figures.textContent()).toContain('Hele kommunen:');

    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: 'Siste 3 måneder' });
    await unit.selectOption({ label: 'Hele kommunen' });
    await page.getByRole('button', { name: 'Vis statistikk' }).click();
    await page.getByRole('list', { name: 'Nøkkeltall for Hele kommunen' }).waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await context.close();

    // The head of department leads the parent unit: that unit and everything below it.
    const chiefContext = await newContext(browser, app.url);
    const chief = await chiefContext.newPage();
    await signIn(chief, 'chief');
    await chief.goto('/statistikk');
    await pageReady(chief);
    const options = await chief.getByRole('combobox', { name: 'Enhet' }).locator('option').allTextContents();
    expect(options[0]).toBe('Helse og omsorg');
    expect(options).toContain('\u00a0\u00a0– Hjemmetjenesten');
    expect(options.at(-1)).toBe('Hele kommunen');
    expect(options).toHaveLength(5);
    await chiefContext.close();
  });
});
