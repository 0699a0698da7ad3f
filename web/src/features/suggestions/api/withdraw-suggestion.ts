import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const WithdrawSuggestionMutation = graphql(`
  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {
    withdrawSuggestion(input: $input) {
      ...SuggestionDetail
    }
  }
`);

export function useWithdrawSuggestion() {
  return useMutation(WithdrawSuggestionMutation, {
    update(cache) {
      cache.evict({ fieldName: 'suggestions' });
      cache.gc();
    },
  });
}
