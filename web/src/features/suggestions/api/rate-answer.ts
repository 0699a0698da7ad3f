import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RateAnswerMutation = graphql(`
  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {
    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {
      ...SuggestionDetail
    }
  }
`);

export function useRateAnswer() {
  return useMutation(RateAnswerMutation);
}
