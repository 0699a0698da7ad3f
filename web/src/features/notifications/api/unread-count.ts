import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** How often the menu asks for the unread count while the app is open. */
export const UNREAD_POLL_MS = 60_000;

export const UnreadCountQuery = graphql(`
  query UnreadCount {
    unreadCount
  }
`);

/** The unread count next to «Varsler» in the menu (the layout, on every page). */
export function useUnreadCount({ skip = false }: { skip?: boolean } = {}) {
  // Cache first: the count that came with the page (its first answers) is fresh; the poll keeps it so.
  return useQuery(UnreadCountQuery, { pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-first', skip });
}
