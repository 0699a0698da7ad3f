import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UnsupportSuggestionMutation = graphql(`
  mutation UnsupportSuggestion($id: ID!) {
    unsupportSuggestion(id: $id) {
      ...SuggestionCoCreation
    }
  }
`);

export function useUnsupportSuggestion() {
  return useMutation(UnsupportSuggestionMutation);
}
