import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PublishSuccessStoryMutation = graphql(`
  mutation PublishSuccessStory($id: ID!) {
    publishSuccessStory(id: $id) {
      ...StoryDetail
    }
  }
`);

export function usePublishSuccessStory() {
  return useMutation(PublishSuccessStoryMutation, {
    update(cache) {
      // A published story joins every list, the technologies and the gains dashboard.
      cache.evict({ fieldName: 'successStories' });
      cache.evict({ fieldName: 'successStoryTechnologies' });
      cache.evict({ fieldName: 'gainsDashboard' });
      cache.gc();
    },
  });
}
