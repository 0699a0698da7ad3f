import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { SuggestionFilter } from '@/gql/graphql';

export const SuggestionsQuery = graphql(`
  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {
    suggestions(filter: $filter, first: $first, after: $after) {
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
          title
          status
          submittedAt
          responseDueAt
          reviewOn
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
  }
`);

export const PAGE_SIZE = 20;

export function useSuggestions(filter: SuggestionFilter, first = PAGE_SIZE) {
  return useQuery(SuggestionsQuery, {
    variables: { filter, first },
    notifyOnNetworkStatusChange: true,
  });
}
