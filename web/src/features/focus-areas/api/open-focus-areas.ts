import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Focus areas taking suggestions now, for the picker on the new-suggestion form. */
export const OpenFocusAreasQuery = graphql(`
  query OpenFocusAreas {
    focusAreas(activeOnly: true) {
      id
      title
      question
      closesAt
      endsAt
      isOpen
      unit {
        id
        name
      }
    }
  }
`);

export function useOpenFocusAreas() {
  return useQuery(OpenFocusAreasQuery);
}
