import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { GainsDashboardFilter } from '@/gql/graphql';

export const GainsDashboardQuery = graphql(`
  query GainsDashboard($filter: GainsDashboardFilter) {
    gainsDashboard(filter: $filter) {
      storyCount
      gainCount
      adoptionCount
      byCategory {
        category
        unit
        sum
        count
      }
      byMunicipality {
        category
        unit
        sum
        count
        municipality {
          id
          name
        }
      }
      byMonth {
        month
        category
        unit
        sum
        count
      }
    }
  }
`);

export function useGainsDashboard(filter: GainsDashboardFilter) {
  return useQuery(GainsDashboardQuery, { variables: { filter } });
}
