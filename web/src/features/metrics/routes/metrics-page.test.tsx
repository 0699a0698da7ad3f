import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MeQuery } from '@/features/auth/api/me';
import { UnitsQuery } from '@/features/suggestions/api/units';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { FeedbackMetricsQuery } from '../api/feedback-metrics';
import { MetricsPage } from './metrics-page';

// The chart itself (recharts, SVG sizing) is for the browser tests; here: what it is given.
vi.mock('../components/metrics-chart', () => ({
  default: ({ summary }: { summary: string }) => <div role="img" aria-label={summary} />,
}));

const unit = (id: string, name: string, parentId: string | null) => ({ __typename: 'Unit', id, name, parentId });

function me(role: string, unitId: string | null) {
  return {
    request: { query: MeQuery },
    result: {
      data: {
        me: {
          __typename: 'Person',
          id: 'p1',
          name: 'Lise Leder',
          email: 'leder@drammen.idehub.test',
          municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
          memberships: [
            {
              __typename: 'Membership',
              role,
              unit: unitId ? { __typename: 'Unit', id: unitId, name: 'Hjemmetjenesten' } : null,
            },
          ],
        },
      },
    },
  };
}

const unitsMock = {
  request: { query: UnitsQuery },
  result: {
    data: {
      units: [
        unit('ho', 'Helse og omsorg', null),
        unit('hjem', 'Hjemmetjenesten', 'ho'),
        unit('sh', 'Sykehjemmet', 'ho'),
      ],
    },
  },
};

function metrics(submitted: number, onTime: number | null, unitRef: { id: string; name: string } | null) {
  return {
    __typename: 'FeedbackMetrics',
    from: '2025-04-01T00:00:00.000Z',
    to: '2026-03-03T00:00:00.000Z',
    unit: unitRef ? { __typename: 'Unit', ...unitRef } : null,
    submitted,
    firstResponsesDue: 4,
    firstResponsesAnsweredOnTime: 3,
    firstResponsesOnTime: onTime,
    medianDaysToFirstResponse: 2.5,
    openNow: 2,
    overdueNow: 1,
    deadlinesMissed: 1,
    escalations: 0,
    ratedAnswers: 0,
    ratedUseful: null,
    ratedUsefulCount: 0,
    series: [
      {
        __typename: 'FeedbackMetricsMonth',
        month: '2026-02',
        submitted: 3,
        firstResponsesDue: 3,
        answeredOnTime: 2,
        answeredLateOrMissing: 1,
        firstResponsesOnTime: 2 / 3,
        escalations: 0,
      },
      {
        __typename: 'FeedbackMetricsMonth',
        month: '2026-03',
        submitted: 2,
        firstResponsesDue: 0,
        answeredOnTime: 0,
        answeredLateOrMissing: 0,
        firstResponsesOnTime: null,
        escalations: 0,
      },
    ],
  };
}

describe('MetricsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows a leader their own unit by default, next to the municipality, with the months in a table', async () => {
    const metricsMock = {
      request: {
        query: FeedbackMetricsQuery,
        variables: (v: Record<string, unknown>) => v.unitId === 'hjem' && v.withUnit === true,
      },
      result: {
        data: {
          unitMetrics: metrics(5, 0.75, { id: 'hjem', name: 'Hjemmetjenesten' }),
          municipalityMetrics: metrics(12, 0.5, null),
        },
      },
    };
    renderWithProviders(<MetricsPage />, {
      route: '/statistikk',
      path: '/statistikk',
      mocks: [me('LEADER', 'hjem'), unitsMock, metricsMock],
    });

    const picker = await screen.findByRole('combobox', { name: 'Enhet' });
    // Only the unit I lead (and below), never the parent unit or a sibling.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Hjemmetjenesten', 'Hele kommunen']);
    expect(picker).toHaveValue('hjem');

    const figures = await screen.findByRole('list', { name: 'Nøkkeltall for Hjemmetjenesten med underenheter' });
    const submitted = within(figures).getByText('Innsendte forslag').closest('li')!;
    expect(submitted).toHaveTextContent('Innsendte forslag5Hele kommunen: 12');
    const onTime = within(figures).getByText('Første svar i tide').closest('li')!;
    expect(onTime).toHaveTextContent('75 %');
    expect(onTime).toHaveTextContent('3 av 4 i tide');
    expect(onTime).toHaveTextContent('Hele kommunen: 50 %');
    expect(within(figures).getByText('Fikk et svar de kan bruke').closest('li')).toHaveTextContent(
      'ingenIngen har svart ennå',
    );

    // The chart's text alternative and its numbers as a table.
    expect(
      await screen.findByRole('img', { name: /Stolpediagram fra februar 2026 til mars 2026: 5 innsendte forslag/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Tallene per måned/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('februar 202632167 %0');
    expect(rows[2]).toHaveTextContent('mars 2026200ingen0');
  });

  it('shows staff the whole municipality without a unit picker', async () => {
    const metricsMock = {
      request: { query: FeedbackMetricsQuery, variables: (v: Record<string, unknown>) => v.withUnit === false },
      result: { data: { municipalityMetrics: metrics(12, 0.5, null) } },
    };
    renderWithProviders(<MetricsPage />, {
      route: '/statistikk',
      path: '/statistikk',
      mocks: [me('STAFF', 'hjem'), unitsMock, metricsMock],
    });
    expect(await screen.findByRole('list', { name: 'Nøkkeltall for Hele kommunen' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Enhet' })).not.toBeInTheDocument();
    expect(screen.getByText(/Ledere ser også tall for enhetene sine/)).toBeInTheDocument();
  });
});
