import { type ComponentType, lazy, type ReactNode, useEffect, useState } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Switch } from 'wouter';
import { beforeEach, describe, expect, it } from 'vitest';
import { Page } from '@/components/page';
import { MeQuery } from '@/features/auth/api/me';
import { UnreadCountQuery } from '@/features/notifications/api/unread-count';
import i18n from '@/i18n/i18n';
import { renderWithProviders, TestRouter, testLocation } from '@/test/render';
import { createCache } from './apollo-client';
import { Layout } from './layout';

const mocks = [
  {
    request: { query: MeQuery },
    result: {
      data: {
        me: {
          __typename: 'Person',
          id: 'p1',
          name: 'Kari Ansatt',
          email: 'ansatt@drammen.idehub.test',
          municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen' },
          memberships: [
            {
              __typename: 'Membership',
              role: 'STAFF',
              unit: { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten' },
            },
          ],
        },
      },
    },
    maxUsageCount: 5,
  },
  { request: { query: UnreadCountQuery }, result: { data: { unreadCount: 3 } }, maxUsageCount: 5 },
];

/** A first page with a link «Videre» to /senere, which shows `later`, in the layout. */
function renderTwoPages(later: ReactNode) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <TestRouter location={testLocation('/')}>
        <Layout>
          <Switch>
            <Route path="/">
              <Page title="Først">
                <Link to="/senere">Videre</Link>
              </Page>
            </Route>
            <Route path="/senere">{later}</Route>
          </Switch>
        </Layout>
      </TestRouter>
    </MockedProvider>,
  );
}

describe('Layout', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows the unread count on the collapsed menu button, in words for screen readers too', async () => {
    renderWithProviders(<Layout>{null}</Layout>, { mocks });
    const button = await screen.findByRole('button', { name: /Meny/ });
    await waitFor(() => expect(button).toHaveAccessibleName(/^Meny\s*\(3 uleste varsler\)$/));
    expect(within(button).getByText('3')).toBeInTheDocument();
  });

  it('Escape closes the open menu and returns focus to its button (en)', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    renderWithProviders(<Layout>{null}</Layout>, { mocks });
    const button = await screen.findByRole('button', { name: /Menu/ });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // The open menu lists the count next to «Notifications»; the button no longer repeats it.
    await waitFor(() => expect(button).toHaveAccessibleName('Menu'));
    await user.tab();
    expect(button).not.toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('shows «Laster …» while the next page loads, then puts focus on its heading', async () => {
    const user = userEvent.setup();
    let load!: (page: { default: ComponentType }) => void;
    const Later = lazy(() => new Promise<{ default: ComponentType }>((resolve) => (load = resolve)));
    renderTwoPages(<Later />);
    await user.click(await screen.findByRole('link', { name: 'Videre' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Laster …');
    expect(screen.queryByRole('heading', { name: 'Først' })).not.toBeInTheDocument();

    await act(async () => load({ default: () => <Page title="Senere" /> }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Senere' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  /** The second page shows «Henter …» until the test calls `arrive()`, then its heading. */
  function lateHeading() {
    const late = { arrive: () => {} };
    function Later() {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => {
        late.arrive = () => setLoaded(true);
      }, []);
      return loaded ? <Page title="Forslaget" /> : <p>Henter …</p>;
    }
    renderTwoPages(<Later />);
    return late;
  }

  it('puts focus on a page heading that comes after its data (a suggestion opened from the list)', async () => {
    const user = userEvent.setup();
    const late = lateHeading();
    await user.click(await screen.findByRole('link', { name: 'Videre' }));
    await screen.findByText('Henter …');
    expect(document.body).toHaveFocus();
    await act(async () => late.arrive());
    const heading = await screen.findByRole('heading', { level: 1, name: 'Forslaget' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('leaves focus where the person put it while the page was loading', async () => {
    const user = userEvent.setup();
    const late = lateHeading();
    await user.click(await screen.findByRole('link', { name: 'Videre' }));
    await screen.findByText('Henter …');
    await user.tab();
    const chosen = document.activeElement;
    expect(chosen).not.toBe(document.body);
    await act(async () => late.arrive());
    await screen.findByRole('heading', { level: 1, name: 'Forslaget' });
    expect(document.activeElement).toBe(chosen);
  });
});
