import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SsoSettingsQuery = graphql(`
  query SsoSettings {
    ssoSettings {
      issuer
      clientId
      hasClientSecret
      emailDomains
      localLoginEnabled
      redirectUri
      groupsOverage {
        signIns
        lastAt
      }
      groupMappings {
        group
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export const UpdateSsoSettingsMutation = graphql(`
  mutation UpdateSsoSettings($input: SsoSettingsInput!) {
    updateSsoSettings(input: $input) {
      issuer
      clientId
      hasClientSecret
      emailDomains
      localLoginEnabled
      redirectUri
      groupsOverage {
        signIns
        lastAt
      }
      groupMappings {
        group
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export function useSsoSettings() {
  return useQuery(SsoSettingsQuery);
}

export function useUpdateSsoSettings() {
  return useMutation(UpdateSsoSettingsMutation, {
    // The settings have no id; write the answer where the query reads it.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: SsoSettingsQuery, data: { ssoSettings: data.updateSsoSettings } });
    },
  });
}
