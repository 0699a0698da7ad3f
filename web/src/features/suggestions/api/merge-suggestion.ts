import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const MergeSuggestionMutation = graphql(`
  mutation MergeSuggestion($input: MergeSuggestionInput!) {
    mergeSuggestion(input: $input) {
      ...SuggestionDetail
    }
  }
`);

export function useMergeSuggestion() {
  return useMutation(MergeSuggestionMutation, {
    update(cache) {
      cache.evict({ fieldName: 'suggestions' });
      cache.gc();
    },
  });
}
