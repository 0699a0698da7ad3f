import type { StoryDetailFragment } from '@/gql/graphql';

/** A complete story as the API returns it, for mocks; override what the test is about. */
export function storyDetail(overrides: Partial<StoryDetailFragment> = {}): StoryDetailFragment {
  // The generated types leave out __typename; the cache needs it in mocked answers.
  const story = {
    __typename: 'SuccessStory',
    id: 'st1',
    title: 'Medisindispenser hjemme',
    summary: 'Færre glemte doser og kortere morgenrunder.',
    problem: null,
    solution: null,
    technology: ['Medisindispenser'],
    lessons: null,
    trainingTips: null,
    status: 'DRAFT',
    version: 3,
    canEdit: true,
    canUnpublish: false,
    contactEmail: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    publishedAt: null,
    municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
    author: { __typename: 'PersonRef', id: 'p1', name: 'Dina Agent' },
    contactPerson: { __typename: 'PersonRef', id: 'p1', name: 'Dina Agent' },
    gains: [
      {
        __typename: 'Gain',
        category: 'RESOURCE_USE',
        description: 'Sparte tid på medisinrunden',
        value: 6.5,
        unit: 'timer per uke',
      },
    ],
    suggestions: [],
    adoptionCount: 0,
    adoptingUnitIds: [],
    adoptions: [],
  };
  return { ...(story as unknown as StoryDetailFragment), ...overrides };
}
