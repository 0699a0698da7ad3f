import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PeopleWaitingQuery = graphql(`
  query PeopleWaitingForPlacement {
    peopleWaitingForPlacement {
      id
      name
      email
      createdAt
      lastSignInAt
    }
  }
`);

export function usePeopleWaiting() {
  return useQuery(PeopleWaitingQuery, { fetchPolicy: 'cache-and-network' });
}
