import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const CloseFocusAreaMutation = graphql(`
  mutation CloseFocusArea($id: ID!) {
    closeFocusArea(id: $id) {
      ...FocusAreaSummary
    }
  }
`);

export function useCloseFocusArea() {
  return useMutation(CloseFocusAreaMutation, {
    // The order (open first) and the picker on the new-suggestion form change.
    update(cache) {
      cache.evict({ fieldName: 'focusAreas' });
      cache.gc();
    },
  });
}
