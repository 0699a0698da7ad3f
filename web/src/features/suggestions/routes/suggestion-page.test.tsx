import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { suggestionDetail } from '@/test/factories';
import { renderWithProviders } from '@/test/render';
import type { SuggestionDetailFragment } from '@/gql/graphql';
import { SuggestionQuery } from '../api/suggestion';
import { SuggestionPage } from './suggestion-page';

function renderPage(overrides: Partial<SuggestionDetailFragment>) {
  const mocks = [
    {
      request: { query: SuggestionQuery, variables: { id: 's1' } },
      result: { data: { suggestion: suggestionDetail(overrides) } },
    },
  ];
  return renderWithProviders(<SuggestionPage />, { mocks, path: '/forslag/:id', route: '/forslag/s1' });
}

describe('SuggestionPage: the promise (issue 11, items 1–2)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('does not offer «Slutt å følge» to the submitter, and says they always get the answers', async () => {
    renderPage({ submittedByMe: true, isFollowing: true, alwaysFollowing: true, canRespond: false, canAnswer: false });
    expect(await screen.findByText(/Du får alltid svarene på dette forslaget/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slutt å følge' })).not.toBeInTheDocument();
  });

  it('tells the submitter of a suggestion merged into this one why they always get its answers', async () => {
    renderPage({ submittedByMe: false, isFollowing: true, alwaysFollowing: true, canRespond: false, canAnswer: false });
    expect(await screen.findByText(/fordi forslaget ditt er slått sammen med det/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slutt å følge' })).not.toBeInTheDocument();
  });

  it('offers «Slutt å følge» to a supporter who follows', async () => {
    renderPage({ isFollowing: true, alwaysFollowing: false, canRespond: false, canAnswer: false });
    expect(await screen.findByRole('button', { name: 'Slutt å følge' })).toBeInTheDocument();
  });

  it('gives the assignee (who may answer but not assign or merge) the answer form', async () => {
    renderPage({
      canRespond: false,
      canAnswer: true,
      owner: { __typename: 'PersonRef', id: 'p5', name: 'Sofie Lund' } as unknown as SuggestionDetailFragment['owner'],
    });
    expect(await screen.findByRole('button', { name: 'Send svaret' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Slå sammen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Tildel/ })).not.toBeInTheDocument();
  });

  it('gives no answer form to someone who may neither respond nor answer', async () => {
    renderPage({ canRespond: false, canAnswer: false });
    await screen.findByRole('heading', { level: 1, name: 'Felles medisinrom' });
    expect(screen.queryByRole('button', { name: 'Send svaret' })).not.toBeInTheDocument();
  });

  it('shows no empty quote for a withdrawal whose reason is for the leaders only', async () => {
    renderPage({
      status: 'WITHDRAWN',
      canRespond: false,
      canAnswer: false,
      responses: [
        {
          __typename: 'Response',
          id: 'r1',
          kind: 'WITHDRAWAL',
          message: '',
          previousStatus: 'SUBMITTED',
          status: 'WITHDRAWN',
          statusChanged: true,
          wasLate: false,
          createdAt: '2026-03-03T10:00:00.000Z',
          reviewOn: null,
          author: { __typename: 'PersonRef', id: 'hidden-submitter:s1', name: 'Ansatt i Hjemmetjenesten' },
        },
      ] as unknown as SuggestionDetailFragment['responses'],
    });
    expect(await screen.findByText(/Ansatt i Hjemmetjenesten/)).toBeInTheDocument();
    expect(document.querySelectorAll('blockquote.timeline__message')).toHaveLength(0);
  });

  it('«Ikke nå»: shows the submitter «Parkert til <dato>» and why, prominently, and no deadline', async () => {
    const why = 'Godt forslag, men ikke nå: anbudet for nytt turnussystem avgjøres i vår.';
    renderPage({
      status: 'PARKED',
      submittedByMe: true,
      canRespond: false,
      canAnswer: false,
      responseDueAt: null,
      reviewOn: '2026-09-01T05:00:00.000Z',
      responses: [
        {
          __typename: 'Response',
          id: 'r1',
          kind: 'RESPONSE',
          message: why,
          previousStatus: 'SUBMITTED',
          status: 'PARKED',
          statusChanged: true,
          wasLate: false,
          createdAt: '2026-03-03T10:00:00.000Z',
          reviewOn: '2026-09-01T05:00:00.000Z',
          author: { __typename: 'PersonRef', id: 'p3', name: 'Ingrid Berg' },
        },
      ] as unknown as SuggestionDetailFragment['responses'],
    });
    const notice = await screen.findByRole('region', { name: /Ikke nå – parkert til 1\. sep\. 2026/ });
    expect(notice).toHaveTextContent('Begrunnelse fra Ingrid Berg:');
    expect(notice).toHaveTextContent(why);
    expect(screen.getByText(/Parkert til 1\. sep\. 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/Neste svar innen/)).not.toBeInTheDocument();
  });
});
