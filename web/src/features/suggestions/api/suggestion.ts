import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SuggestionQuery = graphql(`
  query Suggestion($id: ID!) {
    suggestion(id: $id) {
      ...SuggestionDetail
    }
  }
`);

export function useSuggestion(id: string) {
  return useQuery(SuggestionQuery, { variables: { id } });
}
