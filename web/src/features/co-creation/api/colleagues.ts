import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The people of my municipality: a digital agent picks the colleague they submit for. */
export const ColleaguesQuery = graphql(`
  query Colleagues {
    people {
      id
      name
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

export function useColleagues(options: { skip?: boolean } = {}) {
  return useQuery(ColleaguesQuery, { skip: options.skip });
}
