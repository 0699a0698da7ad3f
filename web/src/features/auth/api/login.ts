import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
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

export function useLogin() {
  return useMutation(LoginMutation);
}
