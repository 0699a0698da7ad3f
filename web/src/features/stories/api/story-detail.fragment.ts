import { graphql } from '@/gql';

/** Everything the story page and the editor show; every mutation on a story returns it, so the cache stays whole. */
export const StoryDetailFragment = graphql(`
  fragment StoryDetail on SuccessStory {
    id
    title
    summary
    problem
    solution
    technology
    lessons
    trainingTips
    status
    version
    canEdit
    canUnpublish
    contactEmail
    createdAt
    updatedAt
    publishedAt
    municipality {
      id
      name
    }
    author {
      id
      name
    }
    contactPerson {
      id
      name
    }
    gains {
      category
      description
      value
      unit
    }
    suggestions {
      id
      title
      status
    }
    adoptionCount
    adoptingUnitIds
    adoptions {
      adoptedAt
      status
      title
      municipality {
        id
        name
      }
      unit {
        id
        name
      }
      suggestion {
        id
        title
        status
      }
    }
  }
`);
