import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const LogoutMutation = graphql(`
  mutation Logout($everywhere: Boolean) {
    logout(everywhere: $everywhere)
  }
`);

/**
 * Signs out (everywhere: every session of mine, on every device) and forgets every cached
 * answer, so the next person sees nothing of the last.
 */
export function useLogout() {
  const client = useApolloClient();
  const [logout, state] = useMutation(LogoutMutation);
  const run = async (everywhere = false) => {
    try {
      await logout({ variables: { everywhere } });
    } finally {
      await client.clearStore();
    }
  };
  return [run, state] as const;
}
