import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SupportSuggestionMutation = graphql(`
  mutation SupportSuggestion($id: ID!) {
    supportSuggestion(id: $id) {
      ...SuggestionCoCreation
    }
  }
`);

export function useSupportSuggestion() {
  return useMutation(SupportSuggestionMutation);
}
