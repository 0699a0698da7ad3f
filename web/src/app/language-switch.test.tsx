import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeQuery } from '@/features/auth/api/me';
import { SetMyLocaleMutation } from '@/features/auth/api/set-my-locale';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import i18n, { LANGUAGE_STORAGE_KEY } from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { LanguageSwitch } from './language-switch';

const meResult = {
  data: {
    me: {
      __typename: 'Person',
      id: 'p1',
      name: 'Kari Ansatt',
      email: 'ansatt@drammen.idehub.test',
      municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
      memberships: [],
    },
  },
};

function SignedInAs() {
  const { me } = useViewer();
  return <p>{me?.name}</p>;
}

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });
  afterEach(async () => {
    await i18n.changeLanguage('nb');
    window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  it('switches, remembers the choice here, and stores it on the signed-in person', async () => {
    const user = userEvent.setup();
    const stored = vi.fn(() => ({ data: { setMyLocale: { __typename: 'Person', id: 'p1', locale: 'en' } } }));
    const mocks = [
      { request: { query: MeQuery }, result: meResult },
      { request: { query: SetMyLocaleMutation, variables: { locale: 'en' } }, result: stored },
    ];
    renderWithProviders(
      <>
        <SignedInAs />
        <LanguageSwitch />
      </>,
      { mocks },
    );
    // Once the person is known (the switch works before that too, but has no one to store it on).
    expect(await screen.findByText('Kari Ansatt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(stored).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Bytt til norsk' })).toBeInTheDocument();
  });
});
