import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SendPasswordLinkMutation = graphql(`
  mutation SendPasswordLink($personId: ID!) {
    sendPasswordLink(personId: $personId)
  }
`);

export function useSendPasswordLink() {
  return useMutation(SendPasswordLinkMutation);
}
