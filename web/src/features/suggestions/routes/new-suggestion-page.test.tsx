import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeQuery } from '@/features/auth/api/me';
import { SimilarSuggestionsQuery } from '@/features/co-creation/api/similar-suggestions';
import { OpenFocusAreasQuery } from '@/features/focus-areas/api/open-focus-areas';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { UnitsQuery } from '../api/units';
import { NewSuggestionPage } from './new-suggestion-page';

const TITLE = 'Fallalarm rett til mobilen';

const mocks = [
  {
    request: { query: MeQuery },
    result: {
      data: {
        me: {
          __typename: 'Person',
          id: 'p1',
          name: 'Kari Ansatt',
          email: 'ansatt@drammen.idehub.test',
          municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
          memberships: [
            {
              __typename: 'Membership',
              role: 'STAFF',
              unit: { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten' },
            },
          ],
        },
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: UnitsQuery },
    result: {
      data: {
        units: [
          { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten', parentId: null },
          { __typename: 'Unit', id: 'u2', name: 'Fjell sykehjem', parentId: null },
        ],
      },
    },
    maxUsageCount: 5,
  },
  { request: { query: OpenFocusAreasQuery }, result: { data: { focusAreas: [] } }, maxUsageCount: 5 },
  {
    request: { query: SimilarSuggestionsQuery, variables: { text: TITLE, first: 5, unitId: 'u2' } },
    result: {
      data: {
        similarSuggestions: [
          {
            __typename: 'SimilarSuggestion',
            score: 0.4,
            suggestion: {
              __typename: 'Suggestion',
              id: 's9',
              title: 'Fallalarm som varsler direkte til mobilen',
              status: 'UNDER_REVIEW',
              supportCount: 3,
              supportedByMe: false,
              submittedByMe: false,
              unit: { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten' },
            },
          },
        ],
      },
    },
    maxUsageCount: 20,
  },
];

/** The browser's back button, on the memory location of the test (set after rendering). */
let goBack = () => {};

function BackButton() {
  return (
    <>
      <h1>Forslaget</h1>
      <button type="button" onClick={() => goBack()}>
        Tilbake
      </button>
    </>
  );
}

describe('NewSuggestionPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
    window.sessionStorage.clear();
  });
  afterEach(() => window.sessionStorage.clear());

  it('opens a similar suggestion in the same tab and keeps the draft for the way back', async () => {
    const user = userEvent.setup();
    const { location, back } = renderWithProviders(<NewSuggestionPage />, {
      path: '/forslag/ny',
      route: '/forslag/ny',
      mocks,
      extraRoutes: [{ path: '/forslag/:id', element: <BackButton /> }],
    });
    goBack = back;
    const title = await screen.findByRole('textbox', { name: /Tittel/ });
    await user.selectOptions(screen.getByRole('combobox', { name: /Enhet/ }), 'Fjell sykehjem');
    await user.type(title, TITLE);
    const link = await screen.findByRole(
      'link',
      { name: 'Fallalarm som varsler direkte til mobilen' },
      { timeout: 3000 },
    );
    expect(link).not.toHaveAttribute('target');
    await user.click(link);
    await waitFor(() => expect(location().pathname).toBe('/forslag/s9'));

    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    expect(await screen.findByRole('textbox', { name: /Tittel/ })).toHaveValue(TITLE);
    expect(screen.getByRole('combobox', { name: /Enhet/ })).toHaveValue('u2');
  });
});
