import type { Browser } from 'playwright-core';
import { addCalendarDays, osloDateOf } from '@idehub/libs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyKit, launchBrowser, type RunningApp, screenshot, startAppUnderTest } from './support/browser';

/**
 * «Ikke nå» in a real browser: the leader parks a suggestion in the answer form with a review date;
 * the submitter sees «Parkert til <dato>» and why, on the suggestion page, under «Mine forslag» and
 * in the notifications; the statistics page counts it. axe-core on each page, in nb and en, at 360
 * and 1280 px.
 */

let app: RunningApp;
let browser: Browser;
let suggestionId = '';
const title = `Ny turnusplan når nytt system kommer ${Date.now().toString(36)}`;
const WHY = 'Godt forslag, men ikke nå: anbudet for nytt turnussystem avgjøres i vår. Vi tar det opp igjen da.';
// 40 days ahead, as a leader would pick it in the date field (YYYY-MM-DD, Oslo).
const reviewOn = osloDateOf(addCalendarDays(new Date(), 40));
const [y, m, d] = reviewOn.split('-').map(Number);
const nbDate = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
const enDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));

const { gql, token, as, goto, expectNoAxeViolations } = journeyKit(() => ({ app, browser }));

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
  const kari = await token('staff');
  const me = await gql<{ me: { memberships: { unit: { id: string } | null }[] } }>(
    '{ me { memberships { unit { id } } } }',
    {},
    kari,
  );
  const created = await gql<{ submitSuggestion: { id: string } }>(
    'mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id } }',
    {
      input: {
        title,
        description: 'Turnusen lages i et regneark som sendes på e-post, og helgevaktene blir feil hver måned.',
        unitId: me.me.memberships[0].unit!.id,
      },
    },
    kari,
  );
  suggestionId = created.submitSuggestion.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('«Ikke nå» in the browser', () => {
  it('the leader parks it in the answer form with a review date (nb, 1280 px)', async () => {
    const { context, page } = await as('leader', { width: 1280 });
    await goto(page, `/forslag/${suggestionId}`);
    await page.getByRole('textbox', { name: /^Svar$/ }).fill(WHY);
    await page.getByRole('radio', { name: 'Endre til «Ikke nå»' }).check();
    const date = page.getByLabel(/Se på forslaget igjen/);
    await date.waitFor();
    // Prefilled three months ahead, within 1–365 days.
    expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await date.getAttribute('min')).toBe(osloDateOf(addCalendarDays(new Date(), 1)));
    await expectNoAxeViolations(page);
    await screenshot(page, 'parking-answer-form-1280-nb');

    // A date too far ahead is refused next to the field, in words.
    await date.fill(osloDateOf(addCalendarDays(new Date(), 400)));
    await page.getByRole('button', { name: 'Send svaret' }).click();
    await page.getByText('Velg en dato 1–365 dager frem i tid.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await screenshot(page, 'parking-answer-form-invalid-1280-nb');

    await date.fill(reviewOn);
    await page.getByRole('button', { name: 'Send svaret' }).click();
    await page.getByRole('region', { name: `Ikke nå – parkert til ${nbDate}` }).waitFor();
    await page.getByText(/Svaret er sendt til innsenderen/).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'parking-leader-parked-1280-nb');
    await context.close();
  });

  for (const [language, width, heading, why, due, mine] of [
    [
      'nb',
      360,
      `Ikke nå – parkert til ${nbDate}`,
      'Begrunnelse fra Ingrid Berg:',
      `Parkert til ${nbDate}`,
      'Mine forslag',
    ],
    [
      'en',
      1280,
      `Not now – parked until ${enDate}`,
      'Reason from Ingrid Berg:',
      `Parked until ${enDate}`,
      'My suggestions',
    ],
  ] as const) {
    it(`the submitter sees «Parkert til …» and why (${language}, ${width} px)`, async () => {
      const { context, page } = await as('staff', { width, language });
      await goto(page, `/forslag/${suggestionId}`);
      const notice = page.getByRole('region', { name: heading });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(why);
      expect(await notice.textContent()).toContain(WHY);
      expect(await page.getByText(due).count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `parking-submitter-sees-${width}-${language}`);

      // «Mine forslag» shows the status and the date.
      await goto(page, '/');
      const mySuggestions = page.getByRole('region', { name: mine });
      const card = mySuggestions.locator('li', { has: page.getByRole('link', { name: title }) });
      await card.waitFor();
      expect(await card.textContent()).toContain(language === 'nb' ? 'Ikke nå' : 'Not now');
      expect(await card.textContent()).toContain(due);
      await expectNoAxeViolations(page);
      await screenshot(page, `parking-mine-${width}-${language}`);

      // The notification names the review date.
      await goto(page, '/varsler');
      await page
        .getByText(
          language === 'nb' ? /ikke nå\. Forslaget er parkert til/ : /not now\. The suggestion is parked until/,
        )
        .first()
        .waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `parking-notifications-${width}-${language}`);
      await context.close();
    });
  }

  it('the statistics page counts the parked suggestions (nb, 360 px)', async () => {
    const { context, page } = await as('leader', { width: 360 });
    await goto(page, '/statistikk');
    const figure = page.locator('.stat', { hasText: 'Ikke nå (parkert nå)' }).first();
    await figure.waitFor();
    expect(Number((await figure.locator('.stat__value').textContent())?.trim())).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'parking-statistics-360-nb');
    await context.close();
  });

  it('the leader moves the date in the answer form (nb, 360 px; en, 1280 px)', async () => {
    const movedTo = osloDateOf(addCalendarDays(new Date(), 70));
    const [my, mm, md] = movedTo.split('-').map(Number);
    const movedNb = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(my, mm - 1, md),
    );
    const nb = await as('leader', { width: 360 });
    await goto(nb.page, `/forslag/${suggestionId}`);
    await nb.page
      .getByRole('textbox', { name: /^Svar$/ })
      .fill('Anbudet er utsatt til over sommeren, så vi ser på forslaget igjen i august.');
    await nb.page.getByRole('radio', { name: 'Flytt datoen for «Ikke nå»' }).check();
    const date = nb.page.getByLabel(/Se på forslaget igjen/);
    // The field starts at the date it has.
    expect(await date.inputValue()).toBe(reviewOn);
    await date.fill(movedTo);
    await expectNoAxeViolations(nb.page);
    await screenshot(nb.page, 'parking-move-date-form-360-nb');
    await nb.page.getByRole('button', { name: 'Send svaret' }).click();
    await nb.page.getByRole('region', { name: `Ikke nå – parkert til ${movedNb}` }).waitFor();
    // The history says the date moved, and to when.
    const history = nb.page.getByRole('region', { name: 'Historikk' });
    await history.getByText('Ny dato for «Ikke nå»').waitFor();
    expect(await history.textContent()).toContain(`Vurderes på nytt ${movedNb}.`);
    await expectNoAxeViolations(nb.page);
    await screenshot(nb.page, 'parking-move-date-moved-360-nb');
    await nb.context.close();

    const en = await as('leader', { width: 1280, language: 'en' });
    await goto(en.page, `/forslag/${suggestionId}`);
    await en.page.getByRole('radio', { name: 'Move the “Not now” date' }).check();
    expect(await en.page.getByLabel(/Look at the suggestion again on/).inputValue()).toBe(movedTo);
    await expectNoAxeViolations(en.page);
    await screenshot(en.page, 'parking-move-date-form-1280-en');
    await en.context.close();
  });
});
