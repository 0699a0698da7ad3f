import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UpdateSuccessStoryMutation = graphql(`
  mutation UpdateSuccessStory($input: UpdateSuccessStoryInput!) {
    updateSuccessStory(input: $input) {
      ...StoryDetail
    }
  }
`);

export function useUpdateSuccessStory() {
  return useMutation(UpdateSuccessStoryMutation);
}
