import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * The municipalities to filter stories by. The API has no list of the hub's municipalities yet
 * (web/API-WISHES.md), so these are the municipalities with documented gains plus my own.
 */
export const StoryMunicipalitiesQuery = graphql(`
  query StoryMunicipalities {
    me {
      id
      municipality {
        id
        name
      }
    }
    gainsDashboard {
      byMunicipality {
        municipality {
          id
          name
        }
      }
    }
  }
`);

export function useStoryMunicipalities(): { id: string; name: string }[] {
  const { data } = useQuery(StoryMunicipalitiesQuery);
  if (!data) return [];
  const byId = new Map<string, { id: string; name: string }>();
  byId.set(data.me.municipality.id, { id: data.me.municipality.id, name: data.me.municipality.name });
  for (const row of data.gainsDashboard.byMunicipality) {
    byId.set(row.municipality.id, { id: row.municipality.id, name: row.municipality.name });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
