import { graphql } from '@/gql';

export const FocusAreaSummaryFragment = graphql(`
  fragment FocusAreaSummary on FocusArea {
    id
    title
    question
    opensAt
    closesAt
    closedAt
    endsAt
    isOpen
    canClose
    suggestionCount
    createdAt
    createdBy {
      id
      name
    }
    unit {
      id
      name
      parentId
    }
  }
`);
