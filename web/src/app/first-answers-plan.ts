/**
 * The GraphQL operations a deep-linked page asks first, with the variables it asks them with. At build
 * time web/vite.config.ts writes them, with the web's own documents, to `dist/first-answers.json`; the
 * server answers them with that page's index.html for the signed-in person (api/src/web/first-answers.ts),
 * and the app writes the answers into its cache before the first render (first-answers.ts): on a slow
 * connection the page shows without waiting for a round trip after the scripts. A page whose first
 * requests are not all here still works; it just asks for the rest itself.
 *
 * Pure data: the Vite config imports it. first-answers.test.ts checks the variables against the pages.
 */
export interface PlannedAnswer {
  operationName: 'Me' | 'UnreadCount' | 'Units' | 'Suggestions';
  variables: Record<string, unknown>;
}

export const FIRST_ANSWERS_PLAN: Record<string, PlannedAnswer[]> = {
  // /forslag without filters: the session check, the menu's unread count, the unit filter and the first page.
  '/forslag': [
    { operationName: 'Me', variables: {} },
    { operationName: 'UnreadCount', variables: {} },
    { operationName: 'Units', variables: {} },
    { operationName: 'Suggestions', variables: { filter: {}, first: 20 } },
  ],
};
