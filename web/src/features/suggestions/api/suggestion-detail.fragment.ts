import { graphql } from '@/gql';

/** Everything the suggestion page shows; every mutation on a suggestion returns it, so the cache stays whole. */
export const SuggestionDetailFragment = graphql(`
  fragment SuggestionDetail on Suggestion {
    id
    title
    description
    status
    version
    confidential
    hideName
    submittedAt
    closedAt
    responseDueAt
    reviewOn
    overdue
    deadlineMissedAt
    escalatedAt
    escalatedTo {
      id
      name
    }
    submitterName
    submittedByMe
    supportCount
    isFollowing
    canRespond
    canAnswer
    alwaysFollowing
    unit {
      id
      name
      parentId
    }
    owedBy {
      id
      name
    }
    owner {
      id
      name
    }
    mergedInto {
      id
      title
      status
    }
    rating {
      useful
      comment
      ratedAt
    }
    responses {
      id
      kind
      message
      previousStatus
      status
      statusChanged
      wasLate
      createdAt
      reviewOn
      author {
        id
        name
      }
    }
  }
`);
