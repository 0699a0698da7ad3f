import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const StoryTechnologiesQuery = graphql(`
  query StoryTechnologies {
    successStoryTechnologies
  }
`);

export function useStoryTechnologies() {
  return useQuery(StoryTechnologiesQuery);
}
