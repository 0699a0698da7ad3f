import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { PublishSuccessStoryMutation } from '../api/publish-success-story';
import { UnpublishSuccessStoryMutation } from '../api/unpublish-success-story';
import { storyDetail } from '../test/story-factory';
import { PublishPanel } from './publish-panel';
import { UnpublishPanel } from './unpublish-panel';

describe('publishing and taking back a story', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('asks before publishing to every municipality; cancelling publishes nothing and returns focus', async () => {
    const user = userEvent.setup();
    let published = 0;
    const mocks = [
      {
        request: { query: PublishSuccessStoryMutation, variables: { id: 'st1' } },
        result: () => {
          published += 1;
          return { data: { publishSuccessStory: storyDetail({ status: 'PUBLISHED', canEdit: false }) } };
        },
        maxUsageCount: 2,
      },
    ];
    let done = 0;
    renderWithProviders(<PublishPanel storyId="st1" onPublished={() => (done += 1)} />, { mocks });
    await user.click(screen.getByRole('button', { name: 'Publiser historien' }));
    const question = screen.getByRole('group', { name: 'Publisere for alle kommunene?' });
    expect(question).toHaveFocus();
    expect(published).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Publiser historien' })).toHaveFocus();
    expect(published).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Publiser historien' }));
    await user.click(screen.getByRole('button', { name: 'Ja, publiser' }));
    await waitFor(() => expect(done).toBe(1));
    expect(published).toBe(1);
  });

  it('takes a published story back to draft after a confirmation (en)', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: UnpublishSuccessStoryMutation, variables: { id: 'st1' } },
        result: { data: { unpublishSuccessStory: storyDetail({ status: 'DRAFT' }) } },
      },
    ];
    let done = 0;
    renderWithProviders(<UnpublishPanel storyId="st1" onUnpublished={() => (done += 1)} />, { mocks });
    await user.click(screen.getByRole('button', { name: 'Take back to draft' }));
    expect(screen.getByRole('group', { name: /Other municipalities will no longer see it/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, take it back' }));
    await waitFor(() => expect(done).toBe(1));
  });
});
