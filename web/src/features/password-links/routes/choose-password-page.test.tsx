import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SetPasswordWithTokenMutation } from '../api/set-password-with-token';
import { ChoosePasswordPage } from './choose-password-page';

const PASSWORD = 'et langt nytt passord';
const pages = [
  { path: '/innboks', element: <h1>Innboks-siden</h1> },
  { path: '/', element: <h1>Startsiden</h1> },
  { path: '/logg-inn', element: <h1>Innlogging</h1> },
];

function succeeds(roles: string[]) {
  return {
    request: { query: SetPasswordWithTokenMutation, variables: { token: 'abc', password: PASSWORD } },
    result: {
      data: {
        setPasswordWithToken: {
          __typename: 'AuthPayload',
          person: {
            __typename: 'Person',
            id: 'p1',
            name: 'Nora Ny',
            locale: 'nb',
            memberships: roles.map((role) => ({ __typename: 'Membership', role })),
          },
        },
      },
    },
  };
}

function fails(extensions: Record<string, unknown>, message = 'refused') {
  return {
    request: { query: SetPasswordWithTokenMutation, variables: { token: 'abc', password: PASSWORD } },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}

const render = (mocks: unknown[], route = '/velg-passord?token=abc') =>
  renderWithProviders(<ChoosePasswordPage />, {
    path: '/velg-passord',
    route,
    mocks: mocks as never,
    extraRoutes: pages,
  });

async function choose(password: string, repeat = password) {
  const user = userEvent.setup();
  if (password) await user.type(screen.getByLabelText(/^Nytt passord/), password);
  if (repeat) await user.type(screen.getByLabelText(/^Gjenta passordet/), repeat);
  await user.click(screen.getByRole('button', { name: 'Lagre passord og logg inn' }));
}

describe('ChoosePasswordPage (/velg-passord)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('sets the password and sends staff to the start page', async () => {
    render([succeeds(['STAFF'])]);
    expect(screen.getByRole('heading', { name: 'Velg passord' })).toBeInTheDocument();
    await choose(PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Startsiden' })).toBeInTheDocument();
  });

  it('sends a leader to the inbox', async () => {
    render([succeeds(['LEADER'])]);
    await choose(PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Innboks-siden' })).toBeInTheDocument();
  });

  it('checks length and repetition next to the fields before asking the server', async () => {
    render([]);
    await choose('kort', 'annet');
    const password = screen.getByLabelText(/^Nytt passord/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Passordet må ha minst 12 tegn/);
    expect(screen.getByLabelText(/^Gjenta passordet/)).toHaveAccessibleDescription(/Passordene er ikke like/);
    expect(password).toHaveFocus();
  });

  it('says when the link is dead and offers a new one', async () => {
    render([fails({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', message: 'no longer valid' }] })]);
    await choose(PASSWORD);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Lenken virker ikke lenger/);
    expect(screen.getByRole('link', { name: /Be om ny lenke/ })).toHaveAttribute('href', '/logg-inn');
    expect(alert).toHaveFocus();
  });

  it('shows the server refusing the e-mail as password next to the field', async () => {
    render([
      fails({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'must not be your e-mail address' }] }),
    ]);
    await choose(PASSWORD);
    expect(await screen.findByText('Passordet kan ikke være e-postadressen din.')).toBeInTheDocument();
  });

  it('tells the person to use the work account when local passwords are off', async () => {
    render([fails({ code: 'FORBIDDEN' })]);
    await choose(PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Logg inn med jobbkontoen din/);
  });

  it('a link without a token says so', () => {
    render([], '/velg-passord');
    expect(screen.getByRole('alert')).toHaveTextContent(/Lenken mangler en kode/);
  });

  it('is in English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    render([]);
    expect(screen.getByRole('heading', { name: 'Choose password' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toBeInTheDocument();
  });
});
