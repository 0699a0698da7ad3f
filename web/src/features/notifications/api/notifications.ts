import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const NOTIFICATIONS_PAGE_SIZE = 20;
// The menu's unread count is in the shell; it has a module of its own so the shell does not carry this page's.
export { UNREAD_POLL_MS, UnreadCountQuery, useUnreadCount } from './unread-count';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    readAt
    title
    message
    actorName
    fromStatus
    toStatus
    unitName
    escalatedTo
    storyId
    reviewOn
    reviewAnswerDueAt
    forSubmitter
    dueAt
    weekly {
      overdue
      dueThisWeek
      answeredLastWeek
    }
    unitId
    month
    suggestion {
      id
      title
      status
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    unreadCount
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

/** My notifications, newest first; the home page and /varsler share this first page. */
export function useNotifications(unreadOnly = false) {
  return useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}

/**
 * The answer is only how many became read, so the cache is brought up to date here: the marked
 * notifications get a readAt and the unread count drops, everywhere at once (menu, home, /varsler).
 */
export function markReadInCache(cache: ApolloCache, ids: string[] | 'all', changed: number, at: string): void {
  const keys =
    ids === 'all'
      ? Object.keys(cache.extract() as Record<string, unknown>).filter((key) => key.startsWith('Notification:'))
      : ids.map((id) => cache.identify({ __typename: 'Notification', id })).filter((key): key is string => !!key);
  for (const key of keys) {
    cache.modify({ id: key, fields: { readAt: (readAt: string | null) => readAt ?? at } });
  }
  cache.modify({
    id: 'ROOT_QUERY',
    fields: { unreadCount: (count: number) => (ids === 'all' ? 0 : Math.max(0, count - changed)) },
  });
}

export function useMarkNotificationsRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadMutation);
  const markRead = (ids: string[]) =>
    mutate({
      variables: { ids },
      update: (cache, { data }) =>
        markReadInCache(cache, ids, data?.markNotificationsRead ?? 0, new Date().toISOString()),
    });
  const markAllRead = () =>
    mutate({
      variables: { all: true },
      update: (cache, { data }) =>
        markReadInCache(cache, 'all', data?.markNotificationsRead ?? 0, new Date().toISOString()),
    });
  return { markRead, markAllRead, ...state };
}
