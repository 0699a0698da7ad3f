import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SsoMunicipalitiesQuery } from '@/features/sso/api/sso-municipalities';
import { DemoAccountsQuery } from '../api/demo-accounts';
import { LoginMutation } from '../api/login';
import { LoginPage } from './login-page';

const demo = { request: { query: DemoAccountsQuery }, result: { data: { demoAccounts: [] } } };
const noSso = { request: { query: SsoMunicipalitiesQuery }, result: { data: { ssoMunicipalities: [] } } };

function loginAs(email: string, roles: string[]) {
  return {
    request: { query: LoginMutation, variables: { email, password: 'idehub-demo' } },
    result: {
      data: {
        login: {
          __typename: 'AuthPayload',
          person: {
            __typename: 'Person',
            id: 'p1',
            name: 'Lise Leder',
            locale: 'nb',
            memberships: roles.map((role) => ({ __typename: 'Membership', role })),
          },
        },
      },
    },
  };
}

const pages = [
  { path: '/innboks', element: <h1>Innboks-siden</h1> },
  { path: '/', element: <h1>Startsiden</h1> },
];

async function signIn(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/E-post/), email);
  await user.type(screen.getByLabelText(/Passord/), 'idehub-demo');
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
}

describe('LoginPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('sends a leader to the inbox after sign-in', async () => {
    renderWithProviders(<LoginPage />, {
      path: '/logg-inn',
      route: '/logg-inn',
      mocks: [demo, demo, noSso, noSso, loginAs('leder@x.test', ['LEADER'])],
      extraRoutes: pages,
    });
    await signIn('leder@x.test');
    expect(await screen.findByRole('heading', { name: 'Innboks-siden' })).toBeInTheDocument();
  });

  it('sends staff to the start page', async () => {
    renderWithProviders(<LoginPage />, {
      path: '/logg-inn',
      route: '/logg-inn',
      mocks: [demo, demo, noSso, noSso, loginAs('ansatt@x.test', ['STAFF'])],
      extraRoutes: pages,
    });
    await signIn('ansatt@x.test');
    expect(await screen.findByRole('heading', { name: 'Startsiden' })).toBeInTheDocument();
  });

  it('moves focus to the error summary after a failed sign-in', async () => {
    renderWithProviders(<LoginPage />, {
      path: '/logg-inn',
      route: '/logg-inn',
      mocks: [
        demo,
        noSso,
        {
          request: { query: LoginMutation, variables: { email: 'feil@x.test', password: 'idehub-demo' } },
          result: { errors: [new GraphQLError('Wrong', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
    });
    await signIn('feil@x.test');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Feil e-post eller passord');
    await waitFor(() => expect(alert).toHaveFocus());
  });
});
