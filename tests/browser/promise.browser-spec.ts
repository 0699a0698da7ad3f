import type { Browser } from 'playwright-core';
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
 * The promise's holes, in a real browser (issue 11, items 1, 2, 4 and 5): a digital agent assigned
 * a suggestion finds it under «Tildelt meg» and answers it; the submitter is not offered
 * «Slutt å følge»; on behalf of a colleague the unit follows the colleague; a unit that already
 * tries a story is told so. axe-core on each page, in nb and en, at 360 and 1280 px.
 */

let app: RunningApp;
let browser: Browser;
let suggestionId = '';
const title = `Opplæring i medisindispenser for nyansatte ${Date.now().toString(36)}`;

const { gql, token, as, goto, expectNoAxeViolations } = journeyKit(() => ({ app, browser }));

beforeAll(async () => {
  app = await startAppUnderTest();
  browser = await launchBrowser();
  // Kari submits; her leader assigns it to the digital agent Sofie Lund.
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
        description: 'Nyansatte får ingen opplæring i dispenserne før de står alene på kveldsvakt.',
        unitId: me.me.memberships[0].unit!.id,
      },
    },
    kari,
  );
  suggestionId = created.submitSuggestion.id;
  const leader = await token('leader');
  const people = await gql<{ people: { id: string; name: string }[] }>('{ people { id name } }', {}, leader);
  const sofie = people.people.find((p) => p.name === 'Sofie Lund')!;
  await gql(
    'mutation($input: AssignSuggestionInput!) { assignSuggestion(input: $input) { id } }',
    { input: { suggestionId, personId: sofie.id } },
    leader,
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the promise in the browser', () => {
  it('the assigned digital agent finds it under «Tildelt meg» on a phone, and answers it', async () => {
    const { context, page } = await as('agent', { width: 360 });
    await goto(page, '/innboks');
    const assigned = page.getByRole('region', { name: 'Tildelt meg' });
    await assigned.getByRole('link', { name: title }).waitFor();
    expect(await page.getByText(/Ingen åpne forslag/).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'promise-inbox-assigned-360-nb');

    await assigned.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/forslag/${suggestionId}`);
    await pageReady(page);
    await page.getByRole('textbox', { name: /^Svar$/ }).fill('Jeg lager et kurs for nyansatte i neste måned.');
    await page.getByRole('button', { name: 'Send svaret' }).click();
    await page.locator('.timeline__message', { hasText: 'Jeg lager et kurs for nyansatte' }).waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('Sofie Lund');
    await expectNoAxeViolations(page);
    await screenshot(page, 'promise-assignee-answered-360-nb');
    await context.close();
  });

  it('the same inbox reads in English at 1280 px', async () => {
    // Answered, the suggestion is still open and still Sofie's.
    const { context, page } = await as('agent', { width: 1280, language: 'en' });
    await goto(page, '/innboks');
    await page.getByRole('region', { name: 'Assigned to me' }).getByRole('link', { name: title }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'promise-inbox-assigned-1280-en');
    await context.close();
  });

  it('the submitter is not offered «Slutt å følge» and is told why, in nb and en', async () => {
    for (const [language, text, button] of [
      ['nb', 'Du får alltid svarene på dette forslaget', 'Slutt å følge'],
      ['en', 'You always get the answers to this suggestion', 'Stop following'],
    ] as const) {
      const { context, page } = await as('staff', { width: 360, language });
      await goto(page, `/forslag/${suggestionId}`);
      await page.getByText(text).waitFor();
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `promise-submitter-always-follows-360-${language}`);
      await context.close();
    }
  });

  it('on behalf of a colleague, the unit becomes the colleague’s (and can be changed)', async () => {
    const { context, page } = await as('agent', { width: 1280 });
    await goto(page, '/forslag/ny');
    const unit = page.getByRole('combobox', { name: 'Enhet' });
    await page.getByRole('combobox', { name: 'Sendes inn for' }).selectOption({ label: 'Ola Hansen' });
    await expect.poll(async () => (await unit.locator('option:checked').textContent()) ?? '').toBe('Hjemmetjenesten');
    await page.getByText('Enheten er satt til enheten til Ola Hansen. Du kan velge en annen.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'promise-on-behalf-unit-1280-nb');
    await unit.selectOption({ label: 'Fjell sykehjem' });
    expect(await page.getByText('Enheten er satt til enheten til Ola Hansen.', { exact: false }).count()).toBe(0);
    await context.close();
  });

  it('a unit that already tries a story is told «dere prøver dette allerede»', async () => {
    // A published story of another municipality, adopted once for Kari's unit.
    const kari = await token('staff');
    const stories = await gql<{
      successStories: { edges: { node: { id: string; municipality: { name: string } } }[] };
    }>('{ successStories(first: 50) { edges { node { id municipality { name } } } } }', {}, kari);
    const me = await gql<{ me: { memberships: { unit: { id: string } | null }[] } }>(
      '{ me { memberships { unit { id } } } }',
      {},
      kari,
    );
    const unitId = me.me.memberships[0].unit!.id;
    const story = stories.successStories.edges
      .map((e) => e.node)
      .find((s) => s.municipality.name !== 'Drammen kommune')!;
    const current = await gql<{ successStory: { adoptingUnitIds: string[] } }>(
      'query($id: ID!) { successStory(id: $id) { adoptingUnitIds } }',
      { id: story.id },
      kari,
    );
    if (!current.successStory.adoptingUnitIds.includes(unitId)) {
      await gql(
        'mutation($input: AdoptSuccessStoryInput!) { adoptSuccessStory(input: $input) { id } }',
        { input: { storyId: story.id, unitId } },
        kari,
      );
    }
    for (const [language, width, text] of [
      ['nb', 360, 'Dere prøver dette allerede i Hjemmetjenesten.'],
      ['en', 1280, 'You are already trying this in Hjemmetjenesten.'],
    ] as const) {
      const { context, page } = await as('staff', { width, language });
      await goto(page, `/historier/${story.id}`);
      await page.getByText(text).waitFor();
      expect(await page.getByRole('button', { name: /Vi vil prøve dette|We want to try this/ }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `promise-story-already-trying-${width}-${language}`);
      await context.close();
    }
  });
});
