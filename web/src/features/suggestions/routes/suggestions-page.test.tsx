import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { PAGE_SIZE, SuggestionsQuery } from '../api/suggestions';
import { UnitsQuery } from '../api/units';
import { SuggestionsPage } from './suggestions-page';

const node = {
  __typename: 'Suggestion',
  id: 's1',
  title: 'Felles huskeliste for medisinrunden',
  status: 'SUBMITTED',
  submittedAt: '2026-03-02T08:00:00.000Z',
  responseDueAt: '2026-03-16T08:00:00.000Z',
  overdue: false,
  escalatedAt: null,
  submitterName: 'Kari Nordmann',
  supportCount: 2,
  unit: { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten' },
  owedBy: [],
};

function mocks(totalCount: number, totalCountIsExact: boolean) {
  return [
    {
      request: { query: SuggestionsQuery, variables: { filter: {}, first: PAGE_SIZE } },
      result: {
        data: {
          suggestions: {
            __typename: 'SuggestionConnection',
            totalCount,
            totalCountIsExact,
            pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c1' },
            edges: [{ __typename: 'SuggestionEdge', cursor: 'c1', node }],
          },
        },
      },
    },
    {
      request: { query: UnitsQuery },
      result: { data: { units: [{ __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten', parentId: null }] } },
    },
  ];
}

describe('SuggestionsPage totals', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows an exact total as it is', async () => {
    renderWithProviders(<SuggestionsPage />, { mocks: mocks(37, true) });
    expect(await screen.findByText('Viser 1 av 37 forslag')).toHaveAttribute('role', 'status');
  });

  it.each([
    ['nb', 'Viser 1 av over 1 000 forslag'],
    ['en', 'Showing 1 of over 1,000 suggestions'],
  ])('says «over 1 000» when the server stopped counting (%s)', async (language, text) => {
    await i18n.changeLanguage(language);
    renderWithProviders(<SuggestionsPage />, { mocks: mocks(1000, false) });
    expect(await screen.findByText(text)).toHaveAttribute('role', 'status');
  });
});
