import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Stores the language on the person too, so e-mails come in the language the web app shows. */
export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export function useSetMyLocale() {
  return useMutation(SetMyLocaleMutation);
}
