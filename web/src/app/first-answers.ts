import type { ApolloClient, DocumentNode } from '@apollo/client';
import { MeQuery } from '@/features/auth/api/me';
import { UnreadCountQuery } from '@/features/notifications/api/unread-count';
import { SuggestionsQuery } from '@/features/suggestions/api/suggestions';
import { UnitsQuery } from '@/features/suggestions/api/units';
import type { PlannedAnswer } from './first-answers-plan';

/** The element the server puts a page's first answers in (api/src/web/first-answers.ts). */
export const FIRST_ANSWERS_ELEMENT_ID = 'idehub-first-answers';

const DOCUMENTS: Record<PlannedAnswer['operationName'], DocumentNode> = {
  Me: MeQuery,
  UnreadCount: UnreadCountQuery,
  Units: UnitsQuery,
  Suggestions: SuggestionsQuery,
};

/**
 * Writes the answers the server sent with the page into a new client's cache (see first-answers-plan.ts).
 * Returns how many were written. Anything unexpected is skipped: the page then asks for it itself.
 */
export function writeFirstAnswers(client: ApolloClient, root: Document = document): number {
  const element = root.getElementById(FIRST_ANSWERS_ELEMENT_ID);
  if (!element) return 0;
  let answers: unknown;
  try {
    answers = JSON.parse(element.textContent ?? '');
  } catch {
    return 0;
  }
  if (!Array.isArray(answers)) return 0;
  let written = 0;
  for (const answer of answers as { operationName?: string; variables?: Record<string, unknown>; data?: unknown }[]) {
    const query = DOCUMENTS[answer?.operationName as PlannedAnswer['operationName']];
    if (!query || !answer.data || typeof answer.data !== 'object') continue;
    try {
      client.writeQuery({ query, variables: answer.variables ?? {}, data: answer.data as never });
      written++;
    } catch {
      // A shape the documents do not match (an older server): asked for normally instead.
    }
  }
  return written;
}
