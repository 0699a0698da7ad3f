import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const CreateFocusAreaMutation = graphql(`
  mutation CreateFocusArea($input: CreateFocusAreaInput!) {
    createFocusArea(input: $input) {
      ...FocusAreaSummary
    }
  }
`);

export function useCreateFocusArea() {
  return useMutation(CreateFocusAreaMutation, {
    // Lists and the picker on the new-suggestion form fetch again.
    update(cache) {
      cache.evict({ fieldName: 'focusAreas' });
      cache.gc();
    },
  });
}
