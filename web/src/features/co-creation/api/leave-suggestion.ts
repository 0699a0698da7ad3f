import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const LeaveSuggestionMutation = graphql(`
  mutation LeaveSuggestion($id: ID!) {
    leaveSuggestion(id: $id) {
      ...SuggestionCoCreation
    }
  }
`);

export function useLeaveSuggestion() {
  return useMutation(LeaveSuggestionMutation);
}
