import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SetPasswordWithTokenMutation = graphql(`
  mutation SetPasswordWithToken($token: String!, $password: String!) {
    setPasswordWithToken(token: $token, password: $password) {
      person {
        id
        name
        locale
        memberships {
          role
        }
      }
    }
  }
`);

export function useSetPasswordWithToken() {
  return useMutation(SetPasswordWithTokenMutation);
}
