import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const FollowSuggestionMutation = graphql(`
  mutation FollowSuggestion($id: ID!) {
    followSuggestion(id: $id) {
      id
      isFollowing
    }
  }
`);

export const UnfollowSuggestionMutation = graphql(`
  mutation UnfollowSuggestion($id: ID!) {
    unfollowSuggestion(id: $id) {
      id
      isFollowing
    }
  }
`);

export function useFollowSuggestion() {
  return useMutation(FollowSuggestionMutation);
}

export function useUnfollowSuggestion() {
  return useMutation(UnfollowSuggestionMutation);
}
