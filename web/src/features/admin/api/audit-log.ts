import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AUDIT_PAGE_SIZE = 20;

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          entityType
          entityId
          at
          actorName
          actor {
            id
            name
          }
          before
          after
          changes {
            field
            before
            after
          }
          references {
            id
            name
          }
        }
      }
    }
  }
`);

export function useAuditLog() {
  return useQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}
