import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { MarkNotificationsReadMutation, NOTIFICATIONS_PAGE_SIZE, NotificationsQuery } from '../api/notifications';
import { NotificationsPage } from './notifications-page';

function notification(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification',
    id,
    kind: 'RESPONSE_RECEIVED',
    createdAt: '2026-03-02T08:00:00.000Z',
    readAt: null,
    title: `Forslag ${id}`,
    message: 'Vi har bestilt et tilbud og kommer tilbake.',
    actorName: 'Lise Leder',
    fromStatus: 'SUBMITTED',
    toStatus: 'UNDER_REVIEW',
    unitName: 'Hjemmetjenesten',
    escalatedTo: [],
    storyId: null,
    reviewOn: null,
    reviewAnswerDueAt: null,
    forSubmitter: false,
    dueAt: null,
    weekly: null,
    unitId: null,
    month: null,
    suggestion: { __typename: 'SuggestionRef', id: `s-${id}`, title: `Forslag ${id}`, status: 'UNDER_REVIEW' },
    ...overrides,
  };
}

function listResult(nodes: ReturnType<typeof notification>[], unreadCount: number) {
  return {
    data: {
      unreadCount,
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: `c-${node.id}`, node })),
      },
    },
  };
}

const listMock = (nodes: ReturnType<typeof notification>[], unread: number) => ({
  request: { query: NotificationsQuery, variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false } },
  result: listResult(nodes, unread),
});

describe('NotificationsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows each notification in words with a link to the suggestion, and which are unread', async () => {
    const nodes = [
      notification('1'),
      notification('2', { kind: 'ESCALATION_NOTICE', readAt: '2026-03-03T08:00:00.000Z', escalatedTo: ['Kari K'] }),
    ];
    renderWithProviders(<NotificationsPage />, { mocks: [listMock(nodes, 1)] });
    expect(await screen.findByText('1 ulest varsel')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Ulest');
    expect(items[0]).toHaveTextContent(
      'Lise Leder har svart på «Forslag 1» og endret status fra «Innsendt» til «Under vurdering».',
    );
    expect(items[0]).toHaveTextContent('Vi har bestilt et tilbud');
    expect(within(items[0]).getByRole('link', { name: 'Forslag 1' })).toHaveAttribute('href', '/forslag/s-1');
    expect(items[1]).not.toHaveTextContent('Ulest');
    expect(items[1]).toHaveTextContent('løftet videre til Kari K');
    expect(within(items[1]).queryByRole('button')).not.toBeInTheDocument();
  });

  it('marks one notification read', async () => {
    const user = userEvent.setup();
    const mocks = [
      listMock([notification('1'), notification('2')], 2),
      {
        request: { query: MarkNotificationsReadMutation, variables: { ids: ['1'] } },
        result: { data: { markNotificationsRead: 1 } },
      },
    ];
    renderWithProviders(<NotificationsPage />, { mocks });
    await user.click(await screen.findByRole('button', { name: /Merk som lest: Nytt svar på et forslag – Forslag 1/ }));
    expect(await screen.findByText('1 ulest varsel')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).not.toHaveTextContent('Ulest');
    expect(second).toHaveTextContent('Ulest');
  });

  it('marks all read and says so', async () => {
    const user = userEvent.setup();
    const mocks = [
      listMock([notification('1'), notification('2')], 2),
      {
        request: { query: MarkNotificationsReadMutation, variables: { all: true } },
        result: { data: { markNotificationsRead: 2 } },
      },
    ];
    renderWithProviders(<NotificationsPage />, { mocks });
    expect(await screen.findByText('2 uleste varsler')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merk alle som lest' }));
    expect(await screen.findByText('Alle varslene er merket som lest.')).toBeInTheDocument();
    expect(screen.getByText('0 uleste varsler')).toBeInTheDocument();
    expect(screen.queryByText('Ulest')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merk alle som lest' })).not.toBeInTheDocument();
  });

  it('says so when there is nothing', async () => {
    renderWithProviders(<NotificationsPage />, { mocks: [listMock([], 0)] });
    expect(await screen.findByText('Du har ingen varsler.')).toBeInTheDocument();
  });
});
