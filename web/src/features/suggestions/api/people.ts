import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PeopleQuery = graphql(`
  query People {
    people {
      id
      name
      email
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

export function usePeople(options: { skip?: boolean } = {}) {
  return useQuery(PeopleQuery, { skip: options.skip });
}
