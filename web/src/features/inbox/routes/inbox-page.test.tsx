import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import userEvent from '@testing-library/user-event';
import { MeQuery } from '@/features/auth/api/me';
import { INBOX_LIMIT, InboxQuery } from '../api/inbox';
import { InboxPage } from './inbox-page';

function suggestion(id: string, overdue: boolean, responseDueAt: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Suggestion',
    id,
    title: `Forslag ${id}`,
    status: 'SUBMITTED',
    submittedAt: '2026-02-01T08:00:00.000Z',
    responseDueAt,
    overdue,
    escalatedAt: null,
    submitterName: 'Kari Ansatt',
    supportCount: 0,
    unit: { __typename: 'Unit', id: 'hjem', name: 'Hjemmetjenesten' },
    owedBy: [{ __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' }],
    confidential: false,
    owner: null,
    ...extra,
  };
}

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const me = {
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'Person',
        id: 'p2',
        name: 'Lise Leder',
        email: 'leder@drammen.idehub.test',
        municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
        memberships: [
          {
            __typename: 'Membership',
            role: 'LEADER',
            unit: { __typename: 'Unit', id: 'hjem', name: 'Hjemmetjenesten' },
          },
        ],
      },
    },
  },
};

describe('InboxPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows the server’s counts and its order (overdue first), and says when the list is cut', async () => {
    const mocks = [
      {
        request: { query: InboxQuery, variables: { first: INBOX_LIMIT } },
        result: {
          data: {
            inbox: {
              __typename: 'Inbox',
              open: 103,
              overdue: 1,
              dueSoon: 2,
              unanswered: 3,
              suggestions: [
                suggestion('late', true, '2026-02-20T08:00:00.000Z'),
                suggestion('soon', false, '2026-03-05T08:00:00.000Z'),
              ],
              assignedToMe: [],
            },
          },
        },
      },
    ];
    renderWithProviders(<InboxPage />, { mocks });
    const counts = await screen.findByRole('list', { name: 'Oversikt' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['103åpne forslag', '1over fristen', '2frist innen 7 dager', '3ikke besvart ennå']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Forslag late',
      'Forslag soon',
    ]);
    expect(screen.getByText('Viser de 2 første av 103 åpne forslag.')).toBeInTheDocument();
  });

  it.each([
    ['nb', 'Enhet', 'Over fristen', 'Frist innen 7 dager', 'Tildelt meg', 'Fortrolige', 'Fortrolig'],
    ['en', 'Unit', 'Overdue', 'Due within 7 days', 'Assigned to me', 'Confidential', 'Confidential'],
  ])(
    'filters by unit, overdue, due this week, assigned to me and confidential, and marks confidential ones (%s)',
    async (language, unitLabel, overdueLabel, weekLabel, mineLabel, confidentialLabel, mark) => {
      await i18n.changeLanguage(language);
      const user = userEvent.setup();
      const fjell = { __typename: 'Unit', id: 'fjell', name: 'Fjell sykehjem' };
      const items = [
        suggestion('late', true, inDays(-2)),
        suggestion('soon', false, inDays(3), { unit: fjell, confidential: true }),
        suggestion('mine', false, inDays(20), { owner: { __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' } }),
      ];
      const mocks = [
        me,
        {
          request: { query: InboxQuery, variables: { first: INBOX_LIMIT } },
          result: {
            data: {
              inbox: {
                __typename: 'Inbox',
                open: 3,
                overdue: 1,
                dueSoon: 1,
                unanswered: 3,
                suggestions: items,
                assignedToMe: [],
              },
            },
          },
        },
      ];
      renderWithProviders(<InboxPage />, { mocks });
      const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      await waitFor(() => expect(titles()).toEqual(['Forslag late', 'Forslag soon', 'Forslag mine']));
      // «Fortrolig» in words on the confidential one only.
      const soon = screen.getByRole('heading', { name: 'Forslag soon' }).closest('li')!;
      expect(soon).toHaveTextContent(mark);
      expect(screen.getByRole('heading', { name: 'Forslag late' }).closest('li')).not.toHaveTextContent(mark);

      await user.selectOptions(screen.getByRole('combobox', { name: unitLabel }), 'Fjell sykehjem');
      expect(titles()).toEqual(['Forslag soon']);
      await user.selectOptions(screen.getByRole('combobox', { name: unitLabel }), '');

      await user.click(screen.getByRole('checkbox', { name: overdueLabel }));
      expect(titles()).toEqual(['Forslag late']);
      await user.click(screen.getByRole('checkbox', { name: overdueLabel }));

      await user.click(screen.getByRole('checkbox', { name: weekLabel }));
      expect(titles()).toEqual(['Forslag soon']);
      await user.click(screen.getByRole('checkbox', { name: weekLabel }));

      await user.click(screen.getByRole('checkbox', { name: mineLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag mine']));
      await user.click(screen.getByRole('checkbox', { name: mineLabel }));

      await user.click(screen.getByRole('checkbox', { name: confidentialLabel }));
      expect(titles()).toEqual(['Forslag soon']);
      await user.click(screen.getByRole('checkbox', { name: overdueLabel }));
      expect(titles()).toEqual([]);
      expect(
        screen.getByText(language === 'nb' ? 'Ingen forslag passer filtrene.' : 'No suggestions match the filters.'),
      ).toBeInTheDocument();
    },
  );

  it('shows «Tildelt meg» to a digital agent with an assigned suggestion, and not «Ingen åpne forslag»', async () => {
    const mocks = [
      {
        request: { query: InboxQuery, variables: { first: INBOX_LIMIT } },
        result: {
          data: {
            inbox: {
              __typename: 'Inbox',
              open: 0,
              overdue: 0,
              dueSoon: 0,
              unanswered: 0,
              suggestions: [],
              assignedToMe: [suggestion('mine', false, '2026-03-05T08:00:00.000Z')],
            },
          },
        },
      },
    ];
    renderWithProviders(<InboxPage />, { mocks });
    const section = await screen.findByRole('region', { name: 'Tildelt meg' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Forslag mine' })).toBeInTheDocument();
    expect(screen.queryByText(/Ingen åpne forslag/)).not.toBeInTheDocument();
  });

  it('says «Tildelt meg» in English too', async () => {
    await i18n.changeLanguage('en');
    const mocks = [
      {
        request: { query: InboxQuery, variables: { first: INBOX_LIMIT } },
        result: {
          data: {
            inbox: {
              __typename: 'Inbox',
              open: 0,
              overdue: 0,
              dueSoon: 0,
              unanswered: 0,
              suggestions: [],
              assignedToMe: [suggestion('mine', false, '2026-03-05T08:00:00.000Z')],
            },
          },
        },
      },
    ];
    renderWithProviders(<InboxPage />, { mocks });
    expect(await screen.findByRole('region', { name: 'Assigned to me' })).toBeInTheDocument();
  });
});
