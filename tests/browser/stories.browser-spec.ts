import type { Browser, BrowserContext, Page } from 'playwright-core';
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
 * Success stories across municipalities in a real browser: a digital agent in Drammen publishes a
 * story with a measured gain, staff in Asker adopt it («Vi vil prøve dette»), their leader answers
 * the new suggestion from the inbox, and the story shows where it spread and how far it got.
 * Then axe-core on the story pages, the editor and the dashboard in both languages and widths.
 */

const AGENT_DRAMMEN = 'agent@drammen.idehub.test';
const STAFF_ASKER = 'ansatt@asker.idehub.test';
const LEADER_ASKER = 'leder@asker.idehub.test';

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

async function as(email: string, options: { language?: 'nb' | 'en'; width?: number } = {}) {
  const context = await newContext(browser, app.url, options);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

async function goto(page: Page, path: string) {
  await page.goto(path);
  await pageReady(page);
}

describe('a success story spreads from Drammen to Asker', () => {
  const suffix = Date.now().toString(36);
  const storyTitle = `Nattlig fallsensor ga raskere hjelp ${suffix}`;
  const adoptedTitle = `Vi vil prøve: ${storyTitle}`;
  let storyPath = '';
  let suggestionPath = '';

  it('a digital agent in Drammen writes a draft with structured gains and publishes it', async () => {
    const { context, page } = await as(AGENT_DRAMMEN);
    await goto(page, '/historier');
    await page.getByRole('link', { name: 'Skriv en suksesshistorie' }).click();
    await page.waitForURL('**/historier/ny');
    await pageReady(page);

    await page.getByRole('textbox', { name: 'Tittel' }).fill(storyTitle);
    await page
      .getByRole('textbox', { name: 'Sammendrag' })
      .fill('Sensor på soverommet varsler nattevakten når brukeren faller, så hjelpen kommer raskere.');
    await page.getByRole('textbox', { name: 'Problemet' }).fill('Brukere ble liggende lenge etter fall om natta.');
    await page.getByRole('textbox', { name: 'Teknologi' }).fill('Fallsensor, Trygghetsalarm');
    const gain1 = page.getByRole('group', { name: 'Gevinst 1' });
    await gain1.getByRole('combobox', { name: 'Type gevinst' }).selectOption('RESOURCE_USE');
    await gain1.getByRole('textbox', { name: 'Beskrivelse av gevinsten' }).fill('Færre unødvendige tilsyn om natta');
    await gain1.getByRole('textbox', { name: 'Tall (valgfritt)' }).fill('6,5');
    await gain1.getByRole('combobox', { name: 'Måleenhet' }).fill('timer per uke');
    await page.getByRole('button', { name: 'Legg til en gevinst' }).click();
    const gain2 = page.getByRole('group', { name: 'Gevinst 2' });
    await gain2.getByRole('combobox', { name: 'Type gevinst' }).selectOption('PATIENT_SAFETY_QUALITY');
    await gain2.getByRole('textbox', { name: 'Beskrivelse av gevinsten' }).fill('Kortere tid på gulvet etter fall');
    await page.getByRole('button', { name: 'Lagre utkastet' }).click();

    await page.waitForURL((url) => /^\/historier\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/ny'));
    await pageReady(page);
    storyPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe(storyTitle);
    await page.getByText('Utkastet er lagret.', { exact: false }).waitFor();
    expect(await page.locator('.story-facts .status').textContent()).toContain('Utkast');
    // The gain with its number in Norwegian style and its unit.
    expect(await page.locator('.gain-list').textContent()).toContain('6,5 timer per uke');

    await page.getByRole('button', { name: 'Publiser historien' }).click();
    // It asks first: the story then reaches every municipality.
    await page.getByRole('button', { name: 'Ja, publiser' }).click();
    await page.getByText('Historien er publisert.', { exact: false }).waitFor();
    await expect.poll(async () => page.locator('.story-facts .status').textContent()).toContain('Publisert');
    await context.close();
  });

  it('staff in Asker find it by text and municipality, and adopt it in their own unit', async () => {
    const { context, page } = await as(STAFF_ASKER);
    await goto(page, '/historier');
    await page.getByRole('searchbox', { name: 'Søk i tekst' }).fill('fallsensor');
    await page.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: 'Drammen kommune' });
    await page.getByRole('combobox', { name: 'Gevinst' }).selectOption('RESOURCE_USE');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'fallsensor');
    await pageReady(page);
    const link = page.getByRole('link', { name: storyTitle });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**${storyPath}`);
    await pageReady(page);
    expect(await page.getByText('Ingen har prøvd dette ennå.', { exact: false }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Vi vil prøve dette' }).click();
    const unit = page.getByRole('combobox', { name: 'Enhet' });
    await expect.poll(async () => unit.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await unit.locator('option:checked').textContent()) ?? '').toBe('Hjemmetjenesten');
    expect(await page.getByRole('textbox', { name: 'Tittel på forslaget' }).inputValue()).toBe(adoptedTitle);
    expect(await page.getByRole('textbox', { name: 'Beskrivelse' }).inputValue()).toContain('Drammen kommune');
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();

    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname));
    await pageReady(page);
    suggestionPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe(adoptedTitle);
    await page.getByText('Takk! Forslaget er sendt inn.').waitFor();
    // It goes through the feedback guarantee like any other suggestion, and names its story.
    expect(
      await page
        .getByText(/Neste svar innen/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('link', { name: storyTitle }).getAttribute('href')).toBe(storyPath);
    await context.close();
  });

  it('their leader finds it in the inbox and answers it', async () => {
    const { context, page } = await as(LEADER_ASKER);
    await goto(page, '/innboks');
    const link = page.getByRole('link', { name: adoptedTitle });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**${suggestionPath}`);
    await pageReady(page);
    await page
      .getByRole('textbox', { name: 'Svar', exact: true })
      .fill('Godt forslag. Vi bestiller to fallsensorer og prøver dem på nattevakt i sone 1.');
    await page.locator('input[type=radio][name=status][value=ACCEPTED]').check();
    await page.getByRole('button', { name: 'Send svaret' }).click();
    await page.getByText('Svaret er sendt til innsenderen').waitFor();
    await context.close();
  });

  it('the story shows where it spread: Asker kommune, Hjemmetjenesten, with the new status', async () => {
    const { context, page } = await as(AGENT_DRAMMEN);
    await goto(page, storyPath);
    const heading = page.getByRole('heading', { name: 'Prøves ut 1 sted' });
    await heading.waitFor();
    const row = page.locator('table tbody tr', { hasText: 'Asker kommune' });
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('Asker kommune');
    expect(cells[1]).toBe('Hjemmetjenesten');
    expect(cells[2]).toContain('Besluttet gjennomført');
    // The dashboard counts the new measured gain in Drammen's sum.
    await goto(page, '/gevinster');
    const table = page.getByRole('table', { name: 'Gevinster per kommune, type og måleenhet' });
    await table.waitFor();
    expect(await table.textContent()).toContain('Drammen kommune');
    await context.close();
  });
});

/** The pages of this feature, visited as the role that uses them. */
const PAGES: { name: string; path: (ids: Ids) => string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'historier-liste', path: () => '/historier' },
  { name: 'historier-id-demo', path: (ids) => ids.story },
  { name: 'historier-id-vi-vil-prove', path: (ids) => ids.story, prepare: openAdoptForm },
  { name: 'historier-ny', path: () => '/historier/ny' },
  { name: 'historier-ny-feil', path: () => '/historier/ny', prepare: submitEmptyEditor },
  { name: 'gevinster-dashboard', path: () => '/gevinster' },
];

interface Ids {
  story: string;
}

async function openAdoptForm(page: Page) {
  await page.locator('.adopt button').first().click();
  await page.locator('.adopt select').waitFor();
  await pageReady(page);
}

async function submitEmptyEditor(page: Page) {
  await page.locator('.story-editor button[type=submit]').click();
  await page.locator('.field__error').first().waitFor();
}

describe('accessibility of the story pages, the editor and the gains dashboard', () => {
  let ids: Ids = { story: '' };

  beforeAll(async () => {
    // A published demo story with gains and adoptions across municipalities.
    const { context, page } = await as(AGENT_DRAMMEN);
    await goto(page, '/historier');
    ids = { story: (await page.locator('.story-card a').first().getAttribute('href')) ?? '/historier/unknown' };
    await context.close();
  });

  describe.each([
    { language: 'nb' as const, width: 1280 },
    { language: 'en' as const, width: 1280 },
    { language: 'nb' as const, width: 360 },
    { language: 'en' as const, width: 360 },
  ])('in $language at $width px', ({ language, width }) => {
    let context: BrowserContext;

    afterAll(async () => {
      await context?.close();
    });

    it('has no WCAG 2.1 A/AA violations (and is screenshotted)', async () => {
      ({ context } = await as(AGENT_DRAMMEN, { language, width }));
      const page = context.pages()[0];
      const failures: string[] = [];
      for (const p of PAGES) {
        await goto(page, p.path(ids));
        if (p.prepare) await p.prepare(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await screenshot(page, `${p.name}-${language}-${width}`);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${p.name}:\n${describeViolations(violations)}`);
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) failures.push(`${p.name}: scrolls sideways by ${overflow}px at 360 px`);
        }
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });
});
