import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The people of my municipality, to name a story's contact person. */
export const StoryContactsQuery = graphql(`
  query StoryContacts {
    people {
      id
      name
      memberships {
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export function useStoryContacts() {
  return useQuery(StoryContactsQuery);
}
