import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          suggestions: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
          successStories: relayStylePagination(['filter']),
          auditLog: relayStylePagination(['entityId']),
        },
      },
    },
  });
}

/** The API sets an httpOnly session cookie at login; the browser sends it to the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
