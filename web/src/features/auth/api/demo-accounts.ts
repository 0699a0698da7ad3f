import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Public: the sign-in page asks before anyone is signed in. Empty unless demo data is on. */
export const DemoAccountsQuery = graphql(`
  query DemoAccounts {
    demoAccounts {
      email
      name
      role
      unitName
      municipalityName
    }
  }
`);

export function useDemoAccounts() {
  return useQuery(DemoAccountsQuery);
}
