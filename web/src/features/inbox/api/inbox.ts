import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { InboxFilter } from '@/gql/graphql';

/** The server filters, sorts (overdue first, then by due date), counts and pages; the web only shows it. */
export const INBOX_PAGE_SIZE = 50;

export const InboxQuery = graphql(`
  query Inbox($filter: InboxFilter, $first: Int, $after: String) {
    inbox(filter: $filter, first: $first, after: $after) {
      open
      overdue
      dueSoon
      unanswered
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      units {
        id
        name
        parentId
      }
      suggestions {
        id
        title
        status
        submittedAt
        responseDueAt
        overdue
        escalatedAt
        submitterName
        supportCount
        confidential
        owner {
          id
          name
        }
        unit {
          id
          name
        }
        owedBy {
          id
          name
        }
      }
      assignedToMe {
        id
        title
        status
        submittedAt
        responseDueAt
        overdue
        escalatedAt
        submitterName
        supportCount
        unit {
          id
          name
        }
        owedBy {
          id
          name
        }
      }
    }
  }
`);

export function useInbox(filter: InboxFilter) {
  const result = useQuery(InboxQuery, {
    variables: { filter, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  /** «Vis flere»: the next page of the same filter, added below the ones shown. */
  const showMore = (after: string) =>
    result.fetchMore({
      variables: { filter, first: INBOX_PAGE_SIZE, after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        inbox: {
          ...fetchMoreResult.inbox,
          suggestions: [...(previous.inbox?.suggestions ?? []), ...fetchMoreResult.inbox.suggestions],
        },
      }),
    });
  return { ...result, showMore };
}
