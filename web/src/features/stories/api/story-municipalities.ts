import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The municipalities of the hub, to filter stories by. */
export const StoryMunicipalitiesQuery = graphql(`
  query StoryMunicipalities {
    municipalities {
      id
      name
    }
  }
`);

export function useStoryMunicipalities(): { id: string; name: string }[] {
  const { data } = useQuery(StoryMunicipalitiesQuery);
  return data?.municipalities ?? [];
}
