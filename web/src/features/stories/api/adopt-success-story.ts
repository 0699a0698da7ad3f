import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdoptSuccessStoryMutation = graphql(`
  mutation AdoptSuccessStory($input: AdoptSuccessStoryInput!) {
    adoptSuccessStory(input: $input) {
      id
      title
      status
    }
  }
`);

export function useAdoptSuccessStory(storyId: string) {
  return useMutation(AdoptSuccessStoryMutation, {
    // The story's list of adoptions and every suggestion list gain the new suggestion.
    update(cache) {
      const story = cache.identify({ __typename: 'SuccessStory', id: storyId });
      cache.evict({ id: story, fieldName: 'adoptions' });
      cache.evict({ id: story, fieldName: 'adoptionCount' });
      cache.evict({ id: story, fieldName: 'adoptingUnitIds' });
      cache.evict({ fieldName: 'suggestions' });
      cache.evict({ fieldName: 'gainsDashboard' });
      cache.gc();
    },
  });
}
