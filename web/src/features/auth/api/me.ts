import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      municipality {
        id
        name
      }
      memberships {
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export function useMe() {
  return useQuery(MeQuery, { fetchPolicy: 'cache-first' });
}
