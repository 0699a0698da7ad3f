import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PersonProfileQuery = graphql(`
  query PersonProfile($id: ID!) {
    person(id: $id) {
      id
      name
      memberships {
        role
        unit {
          id
          name
        }
      }
      submitted {
        ...ProfileSuggestion
      }
      supported {
        ...ProfileSuggestion
      }
      coCreating {
        ...ProfileSuggestion
      }
    }
  }

  fragment ProfileSuggestion on Suggestion {
    id
    title
    status
    submittedAt
    supportCount
    unit {
      id
      name
    }
  }
`);

export function usePersonProfile(id: string) {
  return useQuery(PersonProfileQuery, { variables: { id } });
}
