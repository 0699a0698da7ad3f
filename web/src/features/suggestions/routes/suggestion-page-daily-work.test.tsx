import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SuggestionCoCreationQuery } from '@/features/co-creation/api/suggestion-co-creation';
import i18n from '@/i18n/i18n';
import { suggestionDetail } from '@/test/factories';
import { renderWithProviders } from '@/test/render';
import { RespondToSuggestionMutation } from '../api/respond-to-suggestion';
import { SuggestionQuery } from '../api/suggestion';
import { SuggestionPage } from './suggestion-page';

const MESSAGE = 'Vi tar dette opp på personalmøtet neste uke.';

function coCreation(status: string, extra: Record<string, unknown> = {}) {
  return {
    request: { query: SuggestionCoCreationQuery, variables: { id: 's1' } },
    result: {
      data: {
        suggestion: {
          __typename: 'Suggestion',
          id: 's1',
          status,
          submittedByMe: false,
          supportCount: 2,
          supportedByMe: false,
          joinedByMe: false,
          isFollowing: false,
          coCreators: [],
          comments: [],
          focusArea: null,
          adoptedFrom: null,
          registeredBy: null,
          ...extra,
        },
      },
    },
    maxUsageCount: 5,
  };
}

function render(detail: ReturnType<typeof suggestionDetail>, more: object[] = []) {
  return renderWithProviders(<SuggestionPage />, {
    path: '/forslag/:id',
    route: '/forslag/s1',
    mocks: [
      { request: { query: SuggestionQuery, variables: { id: 's1' } }, result: { data: { suggestion: detail } } },
      coCreation(detail.status),
      ...(more as never[]),
    ],
  });
}

describe('SuggestionPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('puts the answer form before co-creation and comments for those who may answer', async () => {
    render(suggestionDetail({ canRespond: true }));
    const form = await screen.findByRole('form', { name: 'Svar innsenderen' });
    const coCreationHeading = await screen.findByRole('heading', { name: 'Samskaping' });
    expect(form.compareDocumentPosition(coCreationHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('after «Send svaret» moves focus to the new answer and announces that it was sent', async () => {
    const user = userEvent.setup();
    const answered = suggestionDetail({
      status: 'UNDER_REVIEW',
      version: 2,
      responses: [
        {
          __typename: 'Response',
          id: 'r1',
          kind: 'RESPONSE',
          message: MESSAGE,
          previousStatus: 'SUBMITTED',
          status: 'UNDER_REVIEW',
          statusChanged: true,
          wasLate: false,
          createdAt: '2026-03-02T10:00:00.000Z',
          reviewOn: null,
          author: { __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' },
        },
      ] as never,
    });
    render(suggestionDetail({ canRespond: true }), [
      {
        request: {
          query: RespondToSuggestionMutation,
          variables: { input: { suggestionId: 's1', message: MESSAGE, status: 'UNDER_REVIEW', expectedVersion: 1 } },
        },
        result: { data: { respondToSuggestion: answered } },
      },
      coCreation('UNDER_REVIEW'),
    ]);
    await user.type(await screen.findByRole('textbox', { name: /^Svar$/ }), MESSAGE);
    await user.click(screen.getByRole('radio', { name: 'Endre til «Under vurdering»' }));
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(document.getElementById('response-r1')).toHaveFocus());
    expect(document.getElementById('response-r1')).toHaveTextContent(MESSAGE);
    expect(screen.getAllByRole('status').some((el) => /Svaret er sendt/.test(el.textContent ?? ''))).toBe(true);
  });

  it('offers no «Støtt forslaget» on a merged suggestion', async () => {
    render(
      suggestionDetail({
        status: 'MERGED',
        canRespond: false,
        responseDueAt: null,
        mergedInto: {
          __typename: 'SuggestionRef',
          id: 's2',
          title: 'Felles medisinrom for alle',
          status: 'UNDER_REVIEW',
        } as never,
      }),
    );
    await screen.findByRole('heading', { name: 'Samskaping' });
    expect(screen.queryByRole('button', { name: 'Støtt forslaget' })).not.toBeInTheDocument();
  });

  it('still offers «Støtt forslaget» on an open suggestion', async () => {
    render(suggestionDetail({ canRespond: false }));
    expect(await screen.findByRole('button', { name: 'Støtt forslaget' })).toBeInTheDocument();
  });
});
