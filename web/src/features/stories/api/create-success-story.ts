import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const CreateSuccessStoryMutation = graphql(`
  mutation CreateSuccessStory($input: CreateSuccessStoryInput!) {
    createSuccessStory(input: $input) {
      ...StoryDetail
    }
  }
`);

export function useCreateSuccessStory() {
  return useMutation(CreateSuccessStoryMutation, {
    update(cache) {
      // The list shows my drafts when asked; let it fetch again.
      cache.evict({ fieldName: 'successStories' });
      cache.gc();
    },
  });
}
