import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SuccessStoryQuery = graphql(`
  query SuccessStory($id: ID!) {
    successStory(id: $id) {
      ...StoryDetail
    }
  }
`);

export function useSuccessStory(id: string, options: { skip?: boolean } = {}) {
  return useQuery(SuccessStoryQuery, { variables: { id }, skip: options.skip });
}
