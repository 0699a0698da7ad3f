import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The server sorts (overdue first, then by due date) and counts; the web only shows it. */
export const INBOX_LIMIT = 100;

export const InboxQuery = graphql(`
  query Inbox($first: Int) {
    inbox(first: $first) {
      open
      overdue
      dueSoon
      unanswered
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

export function useInbox() {
  return useQuery(InboxQuery, { variables: { first: INBOX_LIMIT }, fetchPolicy: 'cache-and-network' });
}
