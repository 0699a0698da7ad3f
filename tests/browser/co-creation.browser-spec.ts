import { classifyNationalIdentityNumber } from '@idehub/libs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
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
 * Co-creation in a real browser (Drammen's demo people): similar suggestions while typing with
 * «Støtt i stedet», support and «Bli med» with the co-creators shown, comments with the
 * patient-identifier warning, a person's page, focus areas from publishing to closing, and a
 * digital agent submitting on behalf of a colleague. Then axe-core on these pages.
 */

/** A valid, fictional fødselsnummer (born 15 May 1985), found by the shared guard itself. */
function validNationalIdentityNumberForTests(prefix = '150585'): string {
  for (let n = 0; n < 100000; n++) {
    const candidate = prefix + String(n).padStart(5, '0');
    if (classifyNationalIdentityNumber(candidate) === 'FNR') return candidate;
  }
  throw new Error('no valid number found');
}

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

async function as(account: Account, options: { language?: 'nb' | 'en'; width?: number } = {}) {
  const context = await newContext(browser, app.url, options);
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

async function goto(page: Page, path: string) {
  await page.goto(path);
  await pageReady(page);
}

const DEMO_TITLE = 'Opplæring i medisindispenser for nyansatte og vikarer'; // by Ola Hansen (ansatt2)

describe('co-creation', () => {
  let suggestionPath = '';

  it('staff see similar suggestions while typing, and support one instead of duplicating it', async () => {
    const { context, page } = await as('staff');
    await goto(page, '/forslag/ny');
    await page
      .getByRole('textbox', { name: 'Tittel', exact: true })
      .pressSequentially('Opplæring medisindispenser vikarer', {
        delay: 20,
      });
    const similar = page.getByRole('heading', { name: 'Finnes forslaget allerede?' });
    await similar.waitFor();
    expect(await page.getByText(/lignende forslag finnes allerede/).textContent()).toMatch(/^\d+ lignende forslag/);
    await page.getByRole('button', { name: new RegExp(`^Støtt i stedet\\s*: ${DEMO_TITLE}$`) }).click();
    await page.getByText(`Du støtter nå «${DEMO_TITLE}»`, { exact: false }).waitFor();
    suggestionPath = (await page.getByRole('link', { name: DEMO_TITLE }).getAttribute('href')) ?? '';
    expect(suggestionPath).toMatch(/^\/forslag\//);
    await context.close();
  });

  it('on the suggestion: the support counts, «Bli med» lists the co-creator, and comments are guarded', async () => {
    const { context, page } = await as('staff');
    await goto(page, suggestionPath);
    const panel = page.locator('.co-creation');
    await panel.getByText('1 støtter').waitFor();
    expect(await panel.getByRole('button', { name: 'Trekk støtten' }).isVisible()).toBe(true);

    await panel.getByRole('button', { name: 'Bli med og hjelp til' }).click();
    await panel.getByText('Du er med og hjelper til med forslaget.').waitFor();
    const coCreators = panel.getByRole('list', { name: 'Medskapere' });
    await coCreators.getByRole('link', { name: 'Kari Nordmann' }).waitFor();

    const box = page.getByRole('textbox', { name: 'Skriv en kommentar' });
    await box.fill(`Gjelder bruker ${validNationalIdentityNumberForTests()}`);
    await page.getByText(/ser ut som du har skrevet et fødselsnummer/).waitFor();
    await page.getByRole('button', { name: 'Send kommentaren' }).click();
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await box.fill('Jeg kan lage sjekklisten til første vakt.');
    expect(await page.getByText(/ser ut som du har skrevet et fødselsnummer/).count()).toBe(0);
    await page.getByRole('button', { name: 'Send kommentaren' }).click();
    await page.getByText('Kommentaren er lagt til.').waitFor();
    const last = page.locator('.comment-list li').last();
    expect(await last.textContent()).toContain('Jeg kan lage sjekklisten til første vakt.');
    expect(await last.textContent()).toContain('Kari Nordmann');

    // The person's page lists what they help with.
    await coCreators.getByRole('link', { name: 'Kari Nordmann' }).click();
    await page.waitForURL('**/personer/**');
    await pageReady(page);
    expect(await page.locator('h1').textContent()).toBe('Kari Nordmann');
    const helping = page.locator('section', { has: page.getByRole('heading', { name: /Hjelper til med/ }) });
    expect(await helping.getByRole('link', { name: DEMO_TITLE }).isVisible()).toBe(true);
    await context.close();
  });

  it('the submitter sees the new supporter, co-creator and comment', async () => {
    const { context, page } = await as('staff2');
    await goto(page, suggestionPath);
    const panel = page.locator('.co-creation');
    await panel.getByText('1 støtter').waitFor();
    expect(await panel.getByText('Dette er ditt forslag.').isVisible()).toBe(true);
    expect(await panel.getByRole('link', { name: 'Kari Nordmann' }).isVisible()).toBe(true);
    expect(await page.locator('.comment-list').textContent()).toContain('Jeg kan lage sjekklisten');
    await context.close();
  });
});

describe('focus areas and submitting on behalf of a colleague', () => {
  const areaTitle = `Færre avbrudd i medisinrunden ${Date.now().toString(36)}`;
  const suggestionTitle = `Rødt forkle under medisinrunden ${Date.now().toString(36)}`;

  it('a leader publishes a focus area for their unit', async () => {
    const { context, page } = await as('leader');
    await goto(page, '/innsatsomrader');
    await page.getByText('Publiser et nytt innsatsområde').click();
    await page.getByRole('textbox', { name: 'Tittel' }).fill(areaTitle);
    await page
      .getByRole('textbox', { name: 'Spørsmålet eller utfordringen' })
      .fill('Hvordan kan vi bli mindre forstyrret mens vi deler ut medisiner?');
    await page.getByRole('combobox', { name: 'For hvem' }).selectOption({ label: 'Hjemmetjenesten' });
    await page.getByRole('button', { name: 'Publiser innsatsområdet' }).click();
    await page.getByText(`«${areaTitle}» er publisert.`).waitFor();
    const open = page.locator('section', { has: page.getByRole('heading', { name: 'Åpne nå' }) });
    await open.getByRole('heading', { name: areaTitle }).waitFor();
    await context.close();
  });

  it('a digital agent submits an answer to it on behalf of a colleague, who is credited', async () => {
    const { context, page } = await as('agent');
    await goto(page, '/innsatsomrader');
    const card = page.locator('article', { has: page.getByRole('heading', { name: areaTitle }) });
    await card.getByRole('link', { name: /Send inn et forslag/ }).click();
    await page.waitForURL((url) => url.pathname === '/forslag/ny' && url.searchParams.has('innsatsomrade'));
    await pageReady(page);
    // The focus area and its unit are chosen already.
    expect(
      await page.getByRole('combobox', { name: 'Innsatsområde (valgfritt)' }).locator('option:checked').textContent(),
    ).toBe(areaTitle);
    expect(
      await page.getByRole('combobox', { name: 'Enhet', exact: true }).locator('option:checked').textContent(),
    ).toBe('Hjemmetjenesten');
    await page.getByRole('combobox', { name: 'Sendes inn for' }).selectOption({ label: 'Ola Hansen' });
    await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(suggestionTitle);
    await page
      .getByRole('textbox', { name: 'Beskrivelse', exact: true })
      .fill('Ola foreslo på vakt at den som deler ut medisiner, bruker rødt forkle så ingen forstyrrer.');
    await page.getByRole('button', { name: 'Send inn forslaget' }).click();
    await page.waitForURL((url) => /^\/forslag\/[^/]+$/.test(url.pathname) && url.pathname !== '/forslag/ny');
    await pageReady(page);
    const panel = page.locator('.co-creation');
    await panel.getByRole('link', { name: areaTitle }).waitFor();
    expect(await panel.getByRole('link', { name: 'Sofie Lund' }).isVisible()).toBe(true);
    expect(await page.locator('.suggestion-summary').textContent()).toContain('Ola Hansen');
    await context.close();
  });

  it('the colleague finds it among their own suggestions; the focus area lists it; the leader closes it', async () => {
    const staff2 = await as('staff2');
    await staff2.page.getByRole('link', { name: suggestionTitle }).waitFor();
    await staff2.context.close();

    const { context, page } = await as('leader');
    await goto(page, '/innsatsomrader');
    const card = page.locator('article', { has: page.getByRole('heading', { name: areaTitle }) });
    expect(await card.getByRole('link', { name: suggestionTitle }).isVisible()).toBe(true);
    await card.getByText('Avslutt innsatsområdet nå').click();
    await card.getByRole('button', { name: `Avslutt «${areaTitle}»` }).click();
    const ended = page.locator('section', { has: page.getByRole('heading', { name: 'Avsluttet' }) });
    await ended.getByRole('heading', { name: areaTitle }).waitFor();
    await context.close();
  });
});

describe('accessibility of the co-creation pages', () => {
  let suggestionPath = '';
  let personPath = '';

  beforeAll(async () => {
    // The demo suggestion with supporters, a co-creator and a comment thread.
    const { context, page } = await as('staff');
    await goto(page, '/forslag?q=fallalarm');
    suggestionPath = (await page.locator('.suggestion-card a').first().getAttribute('href')) ?? '/forslag/unknown';
    await goto(page, suggestionPath);
    personPath = (await page.locator('.co-creators a').first().getAttribute('href')) ?? '/personer/unknown';
    await context.close();
  });

  const pages = (): { name: string; path: string; account: Account; prepare?: (page: Page) => Promise<void> }[] => [
    { name: 'innsatsomrader-leder', path: '/innsatsomrader', account: 'leader', prepare: openDetails },
    { name: 'forslag-id-samskaping', path: suggestionPath, account: 'staff' },
    { name: 'forslag-ny-lignende', path: '/forslag/ny', account: 'agent', prepare: typeSimilar },
    { name: 'personer-id', path: personPath, account: 'staff' },
  ];

  async function openDetails(page: Page) {
    await page.locator('details > summary').first().click();
  }

  async function typeSimilar(page: Page) {
    await page.locator('input[name=title]').pressSequentially('fallalarm mobil', { delay: 20 });
    await page.locator('.similar section').waitFor();
  }

  it.each([
    { language: 'nb' as const, width: 1280 },
    { language: 'en' as const, width: 1280 },
    { language: 'nb' as const, width: 360 },
    { language: 'en' as const, width: 360 },
  ])(
    'has no WCAG 2.1 A/AA violations in $language at $width px (and is screenshotted)',
    async ({ language, width }) => {
      const failures: string[] = [];
      for (const p of pages()) {
        const { context, page } = await as(p.account, { language, width });
        await goto(page, p.path);
        if (p.prepare) await p.prepare(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await screenshot(page, `${p.name}-${language}-${width}`);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${p.name}:\n${describeViolations(violations)}`);
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) failures.push(`${p.name}: scrolls sideways by ${overflow}px at 360 px`);
        }
        await context.close();
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
  );
});
