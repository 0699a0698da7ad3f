import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Signs out and forgets every cached answer, so the next person sees nothing of the last. */
export function useLogout() {
  const client = useApolloClient();
  const [logout, state] = useMutation(LogoutMutation);
  const run = async () => {
    try {
      await logout();
    } finally {
      await client.clearStore();
    }
  };
  return [run, state] as const;
}
