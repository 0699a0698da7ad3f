import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RespondToSuggestionMutation = graphql(`
  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {
    respondToSuggestion(input: $input) {
      ...SuggestionDetail
    }
  }
`);

export function useRespondToSuggestion() {
  return useMutation(RespondToSuggestionMutation, {
    update(cache) {
      // Lists and the inbox order by status and due date; let them fetch again.
      cache.evict({ fieldName: 'suggestions' });
      cache.gc();
    },
  });
}
