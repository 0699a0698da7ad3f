import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const FocusAreasQuery = graphql(`
  query FocusAreas {
    focusAreas {
      ...FocusAreaSummary
      suggestions {
        id
        title
        status
        submittedAt
        supportCount
        unit {
          id
          name
        }
      }
    }
  }
`);

export function useFocusAreas() {
  return useQuery(FocusAreasQuery);
}
