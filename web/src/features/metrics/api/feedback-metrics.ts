import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const FeedbackMetricsFieldsFragment = graphql(`
  fragment FeedbackMetricsFields on FeedbackMetrics {
    from
    to
    unit {
      id
      name
    }
    submitted
    firstResponsesDue
    firstResponsesAnsweredOnTime
    firstResponsesOnTime
    medianDaysToFirstResponse
    openNow
    overdueNow
    parkedNow
    returnedFromParking
    deadlinesMissed
    escalations
    ratedAnswers
    ratedUseful
    ratedUsefulCount
    series {
      month
      submitted
      firstResponsesDue
      answeredOnTime
      answeredLateOrMissing
      firstResponsesOnTime
      escalations
    }
  }
`);

/** The chosen unit (with its child units) and, to compare with, the whole municipality. */
export const FeedbackMetricsQuery = graphql(`
  query FeedbackMetrics($unitId: ID, $withUnit: Boolean!, $from: DateTime!, $to: DateTime!) {
    unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) @include(if: $withUnit) {
      ...FeedbackMetricsFields
    }
    municipalityMetrics: feedbackMetrics(from: $from, to: $to) {
      ...FeedbackMetricsFields
    }
  }
`);

export function useFeedbackMetrics(unitId: string | null, from: Date, to: Date, { skip = false } = {}) {
  return useQuery(FeedbackMetricsQuery, {
    variables: { unitId, withUnit: Boolean(unitId), from: from.toISOString(), to: to.toISOString() },
    fetchPolicy: 'cache-and-network',
    skip,
  });
}
