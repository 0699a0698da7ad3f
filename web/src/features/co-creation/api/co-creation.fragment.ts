import { graphql } from '@/gql';

/** What the co-creation part of a suggestion page shows; every co-creation mutation returns it. */
export const SuggestionCoCreationFragment = graphql(`
  fragment SuggestionCoCreation on Suggestion {
    id
    status
    submittedByMe
    supportCount
    supportedByMe
    joinedByMe
    isFollowing
    coCreators {
      id
      name
    }
    comments {
      id
      body
      createdAt
      authorName
      byMe
      bySubmitter
      author {
        id
        name
      }
    }
    focusArea {
      id
      title
    }
    adoptedFrom {
      id
      title
    }
    registeredBy {
      id
      name
    }
  }
`);
