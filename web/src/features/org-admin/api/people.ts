import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { PeopleDirectoryFilter } from '@/gql/graphql';

const DirectoryPersonFields = graphql(`
  fragment DirectoryPersonFields on DirectoryPerson {
    id
    name
    email
    active
    hasPassword
    anonymisedAt
    memberships {
      role
      source
      unit {
        id
        name
        closedAt
      }
    }
  }
`);

export const PeopleDirectoryQuery = graphql(`
  query PeopleDirectory($filter: PeopleDirectoryFilter, $first: Int, $after: String) {
    peopleDirectory(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`);

export function usePeopleDirectory(filter: PeopleDirectoryFilter, first = 25) {
  return useQuery(PeopleDirectoryQuery, { variables: { filter, first }, notifyOnNetworkStatusChange: true });
}

export const DirectoryPersonQuery = graphql(`
  query DirectoryPerson($id: ID!) {
    directoryPerson(id: $id) {
      ...DirectoryPersonFields
    }
  }
`);

export function useDirectoryPerson(id: string | null) {
  return useQuery(DirectoryPersonQuery, { variables: { id: id ?? '' }, skip: !id });
}

const refetch = { refetchQueries: ['PeopleDirectory', 'DirectoryPerson', 'AdminUnits'], awaitRefetchQueries: true };

export const AddPersonMutation = graphql(`
  mutation AddPerson($input: AddPersonInput!) {
    addPerson(input: $input) {
      id
      name
    }
  }
`);
export const useAddPerson = () => useMutation(AddPersonMutation, refetch);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      name
      email
    }
  }
`);
export const useUpdatePerson = () => useMutation(UpdatePersonMutation, refetch);

export const SetMembershipsMutation = graphql(`
  mutation SetMemberships($personId: ID!, $memberships: [MembershipInput!]!) {
    setMemberships(personId: $personId, memberships: $memberships) {
      id
    }
  }
`);
export const useSetMemberships = () => useMutation(SetMembershipsMutation, refetch);

export const DeactivatePersonMutation = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivatePerson(id: $id) {
      id
    }
  }
`);
export const useDeactivatePerson = () => useMutation(DeactivatePersonMutation, refetch);

export const ReactivatePersonMutation = graphql(`
  mutation ReactivatePerson($id: ID!) {
    reactivatePerson(id: $id) {
      id
    }
  }
`);
export const useReactivatePerson = () => useMutation(ReactivatePersonMutation, refetch);

export const AnonymisePersonMutation = graphql(`
  mutation AnonymisePerson($id: ID!) {
    anonymisePerson(id: $id) {
      id
      name
    }
  }
`);
export const useAnonymisePerson = () => useMutation(AnonymisePersonMutation, refetch);

export { DirectoryPersonFields };
