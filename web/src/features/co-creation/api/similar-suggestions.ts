import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SimilarSuggestionsQuery = graphql(`
  query SimilarSuggestions($text: String!, $unitId: ID, $first: Int) {
    similarSuggestions(text: $text, unitId: $unitId, first: $first) {
      score
      suggestion {
        id
        title
        status
        supportCount
        supportedByMe
        submittedByMe
        unit {
          id
          name
        }
      }
    }
  }
`);

/** The least text worth asking about (the API answers nothing below 3 characters). */
export const SIMILAR_MIN_TEXT = 3;

export function useSimilarSuggestions(text: string, unitId: string | undefined) {
  return useQuery(SimilarSuggestionsQuery, {
    variables: { text, first: 5, ...(unitId ? { unitId } : {}) },
    skip: [...text.trim()].length < SIMILAR_MIN_TEXT,
    // While typing, keep showing the last answer until the next one arrives.
    notifyOnNetworkStatusChange: false,
  });
}
