import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const MunicipalitySettingsQuery = graphql(`
  query MunicipalitySettings {
    municipalitySettings {
      firstResponseDays
      updateIntervalDays
      escalationGraceDays
      reminderDaysBefore
      deadlineDays
    }
  }
`);

export const UpdateMunicipalitySettingsMutation = graphql(`
  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {
    updateMunicipalitySettings(input: $input) {
      firstResponseDays
      updateIntervalDays
      escalationGraceDays
      reminderDaysBefore
      deadlineDays
    }
  }
`);

export function useMunicipalitySettings() {
  return useQuery(MunicipalitySettingsQuery);
}

export function useUpdateMunicipalitySettings() {
  return useMutation(UpdateMunicipalitySettingsMutation, {
    // The settings object has no id; write the answer where the query reads it.
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: MunicipalitySettingsQuery,
          data: { municipalitySettings: data.updateMunicipalitySettings },
        });
      }
    },
    // The change is the newest entry of the audit log shown below the form.
    refetchQueries: ['AuditLog'],
  });
}
