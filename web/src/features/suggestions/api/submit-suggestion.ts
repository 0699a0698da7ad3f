import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SubmitSuggestionMutation = graphql(`
  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {
    submitSuggestion(input: $input) {
      id
      title
      status
      responseDueAt
    }
  }
`);

export function useSubmitSuggestion() {
  return useMutation(SubmitSuggestionMutation, {
    // New suggestions appear in every list; let those lists fetch again.
    update(cache) {
      cache.evict({ fieldName: 'suggestions' });
      cache.gc();
    },
  });
}
