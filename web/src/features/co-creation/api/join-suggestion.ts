import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const JoinSuggestionMutation = graphql(`
  mutation JoinSuggestion($id: ID!) {
    joinSuggestion(id: $id) {
      ...SuggestionCoCreation
    }
  }
`);

export function useJoinSuggestion() {
  return useMutation(JoinSuggestionMutation);
}
