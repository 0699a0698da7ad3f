import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UnitsQuery = graphql(`
  query Units {
    units {
      id
      name
      parentId
    }
  }
`);

export function useUnits() {
  return useQuery(UnitsQuery);
}
