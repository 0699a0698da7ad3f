import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AssignSuggestionMutation = graphql(`
  mutation AssignSuggestion($input: AssignSuggestionInput!) {
    assignSuggestion(input: $input) {
      ...SuggestionDetail
    }
  }
`);

export function useAssignSuggestion() {
  return useMutation(AssignSuggestionMutation);
}
