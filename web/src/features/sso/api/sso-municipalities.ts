import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SsoMunicipalitiesQuery = graphql(`
  query SsoMunicipalities {
    ssoMunicipalities {
      id
      name
      slug
    }
  }
`);

/** Municipalities whose staff sign in with their own identity provider (public). */
export function useSsoMunicipalities() {
  return useQuery(SsoMunicipalitiesQuery);
}
