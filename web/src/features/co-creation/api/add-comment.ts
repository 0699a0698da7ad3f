import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { Reference } from '@apollo/client';

export const AddCommentMutation = graphql(`
  mutation AddComment($suggestionId: ID!, $body: String!) {
    addComment(suggestionId: $suggestionId, body: $body) {
      id
      body
      createdAt
      authorName
      byMe
      bySubmitter
      author {
        id
        name
      }
    }
  }
`);

export function useAddComment(suggestionId: string) {
  return useMutation(AddCommentMutation, {
    // The thread is oldest first: the new comment goes last.
    update(cache, { data }) {
      const comment = data?.addComment;
      if (!comment) return;
      cache.modify({
        id: cache.identify({ __typename: 'Suggestion', id: suggestionId }),
        fields: {
          comments(existing: readonly Reference[] = [], { toReference }) {
            const ref = toReference(comment, true);
            return ref && !existing.some((c) => c.__ref === ref.__ref) ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
}
