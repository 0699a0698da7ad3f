import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SuggestionCoCreationQuery = graphql(`
  query SuggestionCoCreation($id: ID!) {
    suggestion(id: $id) {
      ...SuggestionCoCreation
    }
  }
`);

export function useSuggestionCoCreation(id: string) {
  return useQuery(SuggestionCoCreationQuery, { variables: { id } });
}
