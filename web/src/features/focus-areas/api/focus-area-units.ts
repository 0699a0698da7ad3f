import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The units of my municipality, to put a focus area to. */
export const FocusAreaUnitsQuery = graphql(`
  query FocusAreaUnits {
    units {
      id
      name
      parentId
    }
  }
`);

export function useFocusAreaUnits(options: { skip?: boolean } = {}) {
  return useQuery(FocusAreaUnitsQuery, { skip: options.skip });
}
