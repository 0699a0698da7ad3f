import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MeQuery } from '@/features/auth/api/me';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SuccessStoryQuery } from '../api/success-story';
import { storyDetail } from '../test/story-factory';
import { StoryPage } from './story-page';

const me = {
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'Person',
        id: 'a1',
        name: 'Anne Asker',
        email: 'ansatt@asker.idehub.test',
        municipality: { __typename: 'Municipality', id: 'm2', name: 'Asker' },
        memberships: [
          { __typename: 'Membership', role: 'STAFF', unit: { __typename: 'Unit', id: 'u9', name: 'Hjemmetjenesten' } },
        ],
      },
    },
  },
};

describe('StoryPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('lets a reader in another municipality e-mail the contact person of a published story', async () => {
    const story = storyDetail({
      status: 'PUBLISHED',
      canEdit: false,
      publishedAt: '2026-03-02T10:00:00.000Z',
      contactEmail: 'agent@drammen.idehub.test',
    });
    renderWithProviders(<StoryPage />, {
      path: '/historier/:id',
      route: '/historier/st1',
      mocks: [
        me,
        { request: { query: SuccessStoryQuery, variables: { id: 'st1' } }, result: { data: { successStory: story } } },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Send e-post til Dina Agent' });
    expect(link).toHaveAttribute('href', 'mailto:agent@drammen.idehub.test');
    // Only its author or an admin may take it back; this reader is offered nothing of the kind.
    expect(screen.queryByRole('button', { name: 'Ta tilbake til utkast' })).not.toBeInTheDocument();
  });

  it('offers the author to take a published story back to draft', async () => {
    const story = storyDetail({ status: 'PUBLISHED', canEdit: false, canUnpublish: true });
    renderWithProviders(<StoryPage />, {
      path: '/historier/:id',
      route: '/historier/st1',
      mocks: [
        me,
        { request: { query: SuccessStoryQuery, variables: { id: 'st1' } }, result: { data: { successStory: story } } },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Ta tilbake til utkast' })).toBeInTheDocument();
  });
});
