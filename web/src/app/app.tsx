import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './apollo-client';
import { writeFirstAnswers } from './first-answers';
import { AppRoutes } from './router';

export function App() {
  const client = useMemo(() => {
    const created = createApolloClient();
    // The page's first answers, if the server sent them with it: shown without a round trip.
    writeFirstAnswers(created);
    return created;
  }, []);
  return (
    <ApolloProvider client={client}>
      {/* wouter's default router follows the browser's address (history.pushState and popstate); no
          provider is needed. Navigations are not transitions (it reads the address with
          useSyncExternalStore): the address and the page change together, and a page not loaded yet
          shows «Laster …» (the layout's Suspense fallback) instead of the last page lingering under
          the new address. */}
      <AppRoutes />
    </ApolloProvider>
  );
}
