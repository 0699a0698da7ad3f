import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Implemented suggestions of my municipality a story may grow from. */
export const ImplementedSuggestionsQuery = graphql(`
  query ImplementedSuggestions($first: Int) {
    suggestions(filter: { status: [IMPLEMENTED] }, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export function useImplementedSuggestions() {
  return useQuery(ImplementedSuggestionsQuery, { variables: { first: 100 } });
}
