import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { SuccessStoryFilter } from '@/gql/graphql';

export const SuccessStoriesQuery = graphql(`
  query SuccessStories($filter: SuccessStoryFilter, $first: Int, $after: String) {
    successStories(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          summary
          status
          technology
          publishedAt
          createdAt
          adoptionCount
          municipality {
            id
            name
          }
          gains {
            category
            description
            value
            unit
          }
        }
      }
    }
  }
`);

export const STORY_PAGE_SIZE = 12;

export function useSuccessStories(filter: SuccessStoryFilter, first = STORY_PAGE_SIZE) {
  return useQuery(SuccessStoriesQuery, {
    variables: { filter, first },
    notifyOnNetworkStatusChange: true,
  });
}
