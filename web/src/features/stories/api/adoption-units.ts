import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The units of my municipality, where an adopting suggestion may be submitted. */
export const AdoptionUnitsQuery = graphql(`
  query AdoptionUnits {
    units {
      id
      name
      parentId
    }
  }
`);

export function useAdoptionUnits(options: { skip?: boolean } = {}) {
  return useQuery(AdoptionUnitsQuery, { skip: options.skip });
}
