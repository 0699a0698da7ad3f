import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminUnitsQuery = graphql(`
  query AdminUnits {
    adminUnits {
      id
      name
      parentId
      closedAt
      memberCount
      openSuggestionCount
    }
  }
`);

export function useAdminUnits() {
  return useQuery(AdminUnitsQuery);
}

const refetch = { refetchQueries: ['AdminUnits', 'Units'], awaitRefetchQueries: true };

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
      parentId
    }
  }
`);
export const useCreateUnit = () => useMutation(CreateUnitMutation, refetch);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      parentId
    }
  }
`);
export const useUpdateUnit = () => useMutation(UpdateUnitMutation, refetch);

export const CloseUnitMutation = graphql(`
  mutation CloseUnit($id: ID!, $moveOpenSuggestionsToId: ID!) {
    closeUnit(id: $id, moveOpenSuggestionsToId: $moveOpenSuggestionsToId) {
      id
    }
  }
`);
export const useCloseUnit = () => useMutation(CloseUnitMutation, refetch);
