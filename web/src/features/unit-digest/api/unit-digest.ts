import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UnitDigestQuery = graphql(`
  query UnitDigest($unitId: ID!, $month: String!) {
    unitDigest(unitId: $unitId, month: $month) {
      unit {
        id
        name
      }
      month
      complete
      answeredCount
      implementedCount
      firstResponsesDue
      firstResponsesAnsweredOnTime
      firstResponsesOnTime
      items {
        suggestionId
        title
        status
        implemented
        firstAnswer
        answeredAt
        answerSummary
        stories {
          id
          title
          gains {
            category
            description
            value
            unit
          }
        }
      }
      thanks {
        id
        name
      }
    }
  }
`);

export function useUnitDigest(unitId: string, month: string) {
  return useQuery(UnitDigestQuery, { variables: { unitId, month }, fetchPolicy: 'cache-and-network' });
}
