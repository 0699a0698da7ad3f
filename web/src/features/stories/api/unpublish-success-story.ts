import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UnpublishSuccessStoryMutation = graphql(`
  mutation UnpublishSuccessStory($id: ID!) {
    unpublishSuccessStory(id: $id) {
      ...StoryDetail
    }
  }
`);

export function useUnpublishSuccessStory() {
  return useMutation(UnpublishSuccessStoryMutation, {
    update(cache) {
      // A story taken back leaves the lists, the technologies and the gains dashboard.
      cache.evict({ fieldName: 'successStories' });
      cache.evict({ fieldName: 'successStoryTechnologies' });
      cache.evict({ fieldName: 'gainsDashboard' });
      cache.gc();
    },
  });
}
