import { screen, within } from '@testing-library/react';
import { lastCompleteMonth, addMonths } from '@idehub/libs';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { UnitDigestQuery } from '../api/unit-digest';
import { UnitDigestPage } from './unit-digest-page';

const MONTH = '2026-06';

function digestMock(month: string, overrides: Record<string, unknown> = {}) {
  return {
    request: { query: UnitDigestQuery, variables: { unitId: 'hjem', month } },
    result: {
      data: {
        unitDigest: {
          __typename: 'UnitDigest',
          unit: { __typename: 'Unit', id: 'hjem', name: 'Hjemmetjenesten' },
          month,
          complete: true,
          answeredCount: 2,
          implementedCount: 1,
          firstResponsesDue: 3,
          firstResponsesAnsweredOnTime: 2,
          firstResponsesOnTime: 2 / 3,
          items: [
            {
              __typename: 'UnitDigestItem',
              suggestionId: 's1',
              title: 'Medisindispenser rute 4',
              status: 'IMPLEMENTED',
              implemented: true,
              firstAnswer: false,
              answeredAt: '2026-06-25T08:00:00.000Z',
              answerSummary: 'Dispenserne er i bruk hos alle tolv brukere på rute 4.',
              stories: [
                {
                  __typename: 'UnitDigestStory',
                  id: 'st1',
                  title: 'Dispensere på nattruta',
                  gains: [
                    {
                      __typename: 'Gain',
                      category: 'RESOURCE_USE',
                      description: 'Færre nattbesøk',
                      value: 14,
                      unit: 'besøk per uke',
                    },
                  ],
                },
              ],
            },
            {
              __typename: 'UnitDigestItem',
              suggestionId: 's2',
              title: 'Nattlys i gangen',
              status: 'UNDER_REVIEW',
              implemented: false,
              firstAnswer: true,
              answeredAt: '2026-06-03T08:00:00.000Z',
              answerSummary: 'Takk! Vi ser på det.',
              stories: [],
            },
          ],
          thanks: [
            { __typename: 'PersonRef', id: 'p1', name: 'Kari Nordmann' },
            { __typename: 'PersonRef', id: 'p2', name: 'Sofie Lund' },
          ],
          ...overrides,
        },
      },
    },
  };
}

describe('UnitDigestPage («Dere sa – vi gjorde»)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows the month’s numbers, what was said and done with gains, thanks, and the poster link', async () => {
    renderWithProviders(<UnitDigestPage />, {
      path: '/enheter/:id/resultater',
      route: `/enheter/hjem/resultater?maned=${MONTH}`,
      mocks: [digestMock(MONTH)],
    });
    expect(await screen.findByText('Hva som kom ut av forslagene i Hjemmetjenesten i juni 2026.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Dere sa – vi gjorde' })).toBeVisible();
    const facts = screen.getByRole('region', { name: 'Måneden i tall' });
    expect(facts).toHaveTextContent('2 forslag fikk svar');
    expect(facts).toHaveTextContent('1 forslag ble gjennomført');
    expect(facts).toHaveTextContent('67 % fikk første svar i tide (2 av 3 forslag fra måneden)');
    const items = screen.getByRole('region', { name: 'Dere sa … – vi gjorde …' });
    const first = within(items).getByRole('article', { name: /Medisindispenser rute 4/ });
    expect(first).toHaveTextContent('Gjennomført denne måneden');
    expect(first).toHaveTextContent('Vi gjorde: Dispenserne er i bruk hos alle tolv brukere på rute 4.');
    expect(within(first).getByRole('link', { name: 'Medisindispenser rute 4' })).toHaveAttribute('href', '/forslag/s1');
    expect(within(first).getByRole('list', { name: 'Gevinster i «Dispensere på nattruta»' })).toHaveTextContent(
      'Ressursbruk: 14 besøk per uke – Færre nattbesøk',
    );
    expect(screen.getByRole('region', { name: 'Takk' })).toHaveTextContent(
      'Takk til Kari Nordmann og Sofie Lund for forslag og hjelp!',
    );
    expect(screen.getByRole('link', { name: 'Skriv ut plakat (PDF, A4)' })).toHaveAttribute(
      'href',
      `/api/units/hjem/digest.pdf?month=${MONTH}`,
    );
    const nav = screen.getByRole('navigation', { name: 'Velg måned' });
    expect(within(nav).getByRole('link', { name: /mai 2026/ })).toHaveAttribute(
      'href',
      '/enheter/hjem/resultater?maned=2026-05',
    );
    expect(within(nav).getByRole('link', { name: /juli 2026/ })).toBeVisible();
  });

  it('shows the last complete month by default, in English, and says when nothing was answered', async () => {
    await i18n.changeLanguage('en');
    const month = lastCompleteMonth(new Date());
    renderWithProviders(<UnitDigestPage />, {
      path: '/enheter/:id/resultater',
      route: '/enheter/hjem/resultater',
      mocks: [
        digestMock(month, {
          items: [],
          thanks: [],
          answeredCount: 0,
          implementedCount: 0,
          firstResponsesDue: 0,
          firstResponsesAnsweredOnTime: 0,
          firstResponsesOnTime: null,
        }),
      ],
    });
    expect(await screen.findByText(/^No suggestion in the unit was answered in/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'The month in numbers' })).toHaveTextContent('(no answers were due yet)');
    expect(screen.queryByRole('region', { name: 'Thank you' })).toBeNull();
    // The current month (so far) is one step on; nothing after it.
    const nav = screen.getByRole('navigation', { name: 'Choose month' });
    expect(within(nav).getAllByRole('link')).toHaveLength(2);
    expect(within(nav).getAllByRole('link')[1]).toHaveAttribute(
      'href',
      `/enheter/hjem/resultater?maned=${addMonths(month, 1)}`,
    );
  });
});
