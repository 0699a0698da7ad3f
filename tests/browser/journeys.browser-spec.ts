import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  journeyKit,
  launchBrowser,
  newContext,
  pageReady,
  PASSWORD,
  type RunningApp,
  screenshot,
  signIn,
  startAppUnderTest,
} from './support/browser';

/**
 * Journeys of issue 11 not covered elsewhere, on one app:
 * - item 6: a session that ends mid-form keeps the draft; «Send inn» offers sign-in right there and
 *   signing in comes back to the same page with the form filled;
 * - «confidential and hidden-name», in nb and en: who sees a confidential suggestion, and whose name
 *   colleagues see on a suggestion with the name hidden.
 */

let app: RunningApp;
let browser: Browser;
const stamp = Date.now().toString(36);

const { gql, token, as, goto, expectNoAxeViolations } = journeyKit(() => ({ app, browser }));

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a draft survives an expired session (issue 11 item 6)', () => {
  it.each([
    ['nb', 360],
    ['en', 1280],
  ] as const)(
    'staff (%s, %i px): the session ends mid-form, sign-in is offered right there, and the form comes back filled',
    async (language, width) => {
      const nb = language === 'nb';
      const title = `${nb ? 'Nattlys i korridoren' : 'Night lights in the corridor'} ${stamp}${language}`;
      const description = nb
        ? 'Beboerne går seg vill om natta fordi korridoren er mørk. Svake nattlys langs gulvet ville hjulpet.'
        : 'Residents get lost at night because the corridor is dark. Dim night lights along the floor would help.';
      const { context, page } = await as('staff', { language, width });
      await goto(page, '/forslag/ny');
      await page
        .getByRole('combobox', { name: nb ? 'Enhet' : 'Unit', exact: true })
        .selectOption({ label: 'Fjell sykehjem' });
      await page.getByRole('textbox', { name: nb ? 'Tittel' : 'Title', exact: true }).fill(title);
      await page.getByRole('textbox', { name: nb ? 'Beskrivelse' : 'Description', exact: true }).fill(description);

      // Signed out in another tab (the same cookie): the session row is gone on the server.
      const out = await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
      expect(out.ok()).toBe(true);

      await page.getByRole('button', { name: nb ? 'Send inn forslaget' : 'Submit the suggestion' }).click();
      const alert = page.getByRole('alert').filter({ hasText: nb ? 'Du er ikke logget inn' : 'You are not signed in' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        nb
          ? 'Det du har skrevet, er tatt vare på i denne nettleseren.'
          : 'What you have written is kept in this browser.',
      );
      await expectNoAxeViolations(page);
      await screenshot(page, `draft-expired-${language}-${width}`);

      await alert.getByRole('link', { name: nb ? 'Logg inn på nytt' : 'Sign in again' }).click();
      await page.waitForURL('**/logg-inn');
      await pageReady(page);
      await page.locator('input[name=email]').fill(ACCOUNTS.staff);
      await page.locator('input[name=password]').fill(PASSWORD);
      await page.locator('form button[type=submit]').click();

      // Back on the same page, with the draft.
      await page.waitForURL('**/forslag/ny');
      await pageReady(page);
      const titleBox = page.getByRole('textbox', { name: nb ? 'Tittel' : 'Title', exact: true });
      await expect.poll(() => titleBox.inputValue()).toBe(title);
      expect(
        await page
          .getByText(nb ? 'Vi har hentet fram det du skrev sist' : 'We have brought back what you wrote last time')
          .isVisible(),
      ).toBe(true);
      await expectNoAxeViolations(page);
      await screenshot(page, `draft-restored-${language}-${width}`);
      expect(
        await page.getByRole('textbox', { name: nb ? 'Beskrivelse' : 'Description', exact: true }).inputValue(),
      ).toBe(description);
      expect(
        await page
          .getByRole('combobox', { name: nb ? 'Enhet' : 'Unit', exact: true })
          .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
      ).toBe('Fjell sykehjem');

      await page.getByRole('button', { name: nb ? 'Send inn forslaget' : 'Submit the suggestion' }).click();
      await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
      await pageReady(page);
      expect(await page.locator('h1').textContent()).toBe(title);
      // Sent once, and the draft is gone: a new form is empty.
      const kept = await page.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => k.startsWith('idehub.draft.')),
      );
      expect(kept).toEqual([]);
      await goto(page, '/forslag/ny');
      expect(await page.getByRole('textbox', { name: nb ? 'Tittel' : 'Title', exact: true }).inputValue()).toBe('');
      const mine = await gql<{ suggestions: { edges: { node: { title: string } }[] } }>(
        '{ suggestions(first: 100) { edges { node { title } } } }',
        {},
        await token('staff'),
      );
      expect(mine.suggestions.edges.filter((e) => e.node.title === title)).toHaveLength(1);
      await context.close();
    },
  );

  it('a colleague signing in on the same browser never sees the draft', async () => {
    const context = await newContext(browser, app.url, { width: 360 });
    const page = await context.newPage();
    await signIn(page, 'staff');
    await goto(page, '/forslag/ny');
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(`Kari sitt utkast ${stamp}`);
    await page.getByRole('button', { name: 'Send inn forslaget' }).waitFor();
    // Kari leaves without sending; Ola signs in on the same ward PC.
    await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
    await signIn(page, 'staff2');
    await goto(page, '/forslag/ny');
    expect(await page.getByRole('textbox', { name: 'Tittel', exact: true }).inputValue()).toBe('');
    expect(await page.content()).not.toContain(`Kari sitt utkast ${stamp}`);
    await context.close();
  });
});

describe('confidential and hidden-name suggestions, in nb and en', () => {
  const confidentialTitle = `Konflikt i personalgruppen på kveld ${stamp}`;
  const hiddenTitle = `Bedre rutiner for vaktbytte ${stamp}`;
  let confidentialPath = '';
  let hiddenPath = '';

  it('staff on a phone submits one confidential suggestion and one with the name hidden', async () => {
    const { context, page } = await as('staff', { width: 360 });
    for (const [title, box] of [
      [confidentialTitle, /^Fortrolig/],
      [hiddenTitle, /^Skjul navnet mitt/],
    ] as const) {
      await goto(page, '/forslag/ny');
      await page.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({ label: 'Hjemmetjenesten' });
      await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
      await page
        .getByRole('textbox', { name: 'Beskrivelse', exact: true })
        .fill('Dette er vanskelig å ta opp i plenum, så jeg skriver det her og håper lederen ser på det.');
      await page.getByRole('checkbox', { name: box }).check();
      await page.getByRole('button', { name: 'Send inn forslaget' }).click();
      await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
      await pageReady(page);
      expect(await page.locator('h1').textContent()).toBe(title);
      if (title === confidentialTitle) confidentialPath = new URL(page.url()).pathname;
      else hiddenPath = new URL(page.url()).pathname;
    }
    await context.close();
  });

  it.each(['nb', 'en'] as const)(
    'a colleague (%s) cannot find the confidential one, and sees «Ansatt i …» on the other',
    async (language) => {
      const nb = language === 'nb';
      const { context, page } = await as('staff2', { language, width: language === 'nb' ? 360 : 1280 });
      await goto(page, confidentialPath);
      expect(await page.locator('h1').textContent()).not.toContain(confidentialTitle);
      expect(
        await page
          .getByText(nb ? 'Vi fant ikke det du lette etter' : 'We could not find what you were looking for')
          .isVisible(),
      ).toBe(true);
      expect(await page.content()).not.toContain(confidentialTitle);

      await goto(page, hiddenPath);
      expect(await page.locator('h1').textContent()).toBe(hiddenTitle);
      const summary = page.locator('.suggestion-summary');
      expect(await summary.textContent()).toContain(
        nb ? 'Sendt inn av Ansatt i Hjemmetjenesten' : 'Submitted by Ansatt i Hjemmetjenesten',
      );
      expect(await page.content()).not.toContain('Kari Nordmann');
      await expectNoAxeViolations(page);

      // Nor in the list of suggestions.
      await goto(page, '/forslag');
      await page.locator('h1').waitFor();
      expect(await page.content()).not.toContain(confidentialTitle);
      await context.close();
    },
  );

  it.each(['nb', 'en'] as const)(
    'the leader (%s) sees both, the confidential one marked, and Kari’s name',
    async (language) => {
      const nb = language === 'nb';
      const { context, page } = await as('leader', { language, width: language === 'nb' ? 1280 : 360 });
      await goto(page, '/innboks');
      const row = page.locator('li, tr', { has: page.getByRole('link', { name: confidentialTitle }) }).last();
      await row.waitFor();
      expect(await row.textContent()).toContain(nb ? 'Fortrolig' : 'Confidential');
      await screenshot(page, `confidential-inbox-${language}`);

      await goto(page, confidentialPath);
      expect(await page.locator('h1').textContent()).toBe(confidentialTitle);
      expect(await page.locator('.suggestion-summary').textContent()).toContain(nb ? 'Fortrolig' : 'Confidential');
      expect(await page.locator('.suggestion-summary').textContent()).toContain('Kari Nordmann');
      await goto(page, hiddenPath);
      expect(await page.locator('.suggestion-summary').textContent()).toContain('Kari Nordmann');
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});

describe('a digital agent with a story and an adoption, in English', () => {
  const storyTitle = `Night-time bed sensor ${stamp}`;
  let storyPath = '';

  async function signInEmail(page: Page, email: string) {
    await goto(page, '/logg-inn');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    await pageReady(page);
  }

  it('the agent (en, 360 px) writes a story; the session ends mid-form; signing in again brings it back; it is published after confirming', async () => {
    const { context, page } = await as('agent', { language: 'en', width: 360 });
    await goto(page, '/historier');
    await page.getByRole('link', { name: 'Write a success story' }).click();
    await page.waitForURL('**/historier/ny');
    await pageReady(page);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(storyTitle);
    await page
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('A sensor under the mattress tells the night shift when someone gets up, so help comes sooner.');
    const gain1 = page.getByRole('group', { name: 'Gain 1' });
    await gain1.getByRole('combobox', { name: 'Kind of gain' }).selectOption('PATIENT_SAFETY_QUALITY');
    await gain1.getByRole('textbox', { name: 'Description of the gain' }).fill('Fewer falls at night');

    await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
    await page.getByRole('button', { name: 'Save the draft' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'You are not signed in' });
    await alert.waitFor();
    await alert.getByRole('link', { name: 'Sign in again' }).click();
    await page.waitForURL('**/logg-inn');
    await pageReady(page);
    await page.locator('input[name=email]').fill(ACCOUNTS.agent);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/historier/ny');
    await pageReady(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(storyTitle);
    expect(
      await page
        .getByRole('group', { name: 'Gain 1' })
        .getByRole('textbox', { name: 'Description of the gain' })
        .inputValue(),
    ).toBe('Fewer falls at night');
    await page.getByRole('button', { name: 'Save the draft' }).click();

    await page.waitForURL((url) => /^\/historier\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/ny'));
    await pageReady(page);
    storyPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe(storyTitle);
    await page.getByRole('button', { name: 'Publish the story' }).click();
    await page.getByRole('button', { name: 'Yes, publish' }).click();
    await page.getByText('The story is published.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('staff in Asker (en, 1280 px) adopt it in their unit, once', async () => {
    const context = await newContext(browser, app.url, { language: 'en', width: 1280 });
    const page = await context.newPage();
    await signInEmail(page, 'ansatt@asker.idehub.test');
    await goto(page, storyPath);
    await page.getByText('Nobody has tried this yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'We want to try this' }).click();
    await expect
      .poll(
        async () => (await page.getByRole('combobox', { name: 'Unit' }).locator('option:checked').textContent()) ?? '',
      )
      .toBe('Hjemmetjenesten');
    await page.getByRole('button', { name: 'Submit the suggestion' }).click();
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname));
    await pageReady(page);
    expect(await page.getByRole('link', { name: storyTitle }).getAttribute('href')).toBe(storyPath);

    // Back on the story: the unit is trying it, and is not offered to adopt it again.
    await goto(page, storyPath);
    await page.getByText('You are already trying this in Hjemmetjenesten.').waitFor();
    expect(await page.getByRole('button', { name: 'We want to try this' }).count()).toBe(0);
    await context.close();
  });

  it('the agent who wrote it is told, in English (STORY_ADOPTED)', async () => {
    const { context, page } = await as('agent', { language: 'en', width: 1280 });
    await goto(page, '/varsler');
    const note = page
      .locator('.notification', { hasText: storyTitle })
      .filter({ hasText: 'wants to try the success story' });
    await note.first().waitFor();
    expect(await note.count()).toBe(1);
    expect(await note.first().textContent()).toContain('Hjemmetjenesten');
    await context.close();
  });
});

describe('keyboard only, in English', () => {
  /** What has focus: tag, name attribute and text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        name: el?.getAttribute('name') ?? '',
        text: el?.textContent?.trim() ?? '',
        role: el?.getAttribute('role') ?? '',
      };
    });

  async function tabTo(page: Page, matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (matches(await focused(page))) return;
    }
    throw new Error('never reached the element with Tab');
  }

  it('the session ends while writing; the keyboard goes from the message to «Sign in again», back to the filled form, and sends it', async () => {
    const context = await newContext(browser, app.url, { language: 'en', width: 1280 });
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await pageReady(page);
    await tabTo(page, (el) => el.name === 'email');
    await page.keyboard.type(ACCOUNTS.staff2);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    await pageReady(page);
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'New suggestion');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/forslag/ny');
    await pageReady(page);
    const title = `Keyboard draft ${stamp}`;
    await tabTo(page, (el) => el.name === 'title');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Checklists for the night shift should be in the app, not only on paper.');

    await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Submit the suggestion');
    await page.keyboard.press('Enter');
    // Focus moves to the message, so it is read out; the next Tab stop is the way to sign in again.
    await expect.poll(async () => (await focused(page)).role).toBe('alert');
    expect((await focused(page)).text).toContain('You are not signed in');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Sign in again' });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/logg-inn');
    await pageReady(page);
    await tabTo(page, (el) => el.name === 'email');
    await page.keyboard.type(ACCOUNTS.staff2);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/forslag/ny');
    await pageReady(page);
    await expect.poll(() => page.locator('input[name=title]').inputValue()).toBe(title);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Submit the suggestion');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe(title);
    await context.close();
  });
});
