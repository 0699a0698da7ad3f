import type { SuggestionDetailFragment } from '@/gql/graphql';

/** A complete suggestion as the API returns it, for mocks; override what the test is about. */
export function suggestionDetail(overrides: Partial<SuggestionDetailFragment> = {}): SuggestionDetailFragment {
  // The generated types leave out __typename; the cache needs it in mocked answers.
  const detail = {
    __typename: 'Suggestion',
    id: 's1',
    title: 'Felles medisinrom',
    description: 'Vi bruker mye tid på å lete etter medisiner.',
    status: 'SUBMITTED',
    version: 1,
    confidential: false,
    hideName: false,
    submittedAt: '2026-03-01T10:00:00.000Z',
    closedAt: null,
    responseDueAt: '2026-03-15T10:00:00.000Z',
    reviewOn: null,
    overdue: false,
    deadlineMissedAt: null,
    escalatedAt: null,
    escalatedTo: [],
    submitterName: 'Kari Ansatt',
    submittedByMe: false,
    supportCount: 0,
    isFollowing: false,
    canRespond: true,
    canAnswer: true,
    alwaysFollowing: false,
    unit: { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten', parentId: 'u0' },
    owedBy: [{ __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' }],
    owner: null,
    mergedInto: null,
    rating: null,
    responses: [],
  };
  return { ...(detail as unknown as SuggestionDetailFragment), ...overrides };
}
