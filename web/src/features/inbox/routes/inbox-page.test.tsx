import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { INBOX_LIMIT, InboxQuery } from '../api/inbox';
import { InboxPage } from './inbox-page';

function suggestion(id: string, overdue: boolean, responseDueAt: string) {
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
  };
}

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
