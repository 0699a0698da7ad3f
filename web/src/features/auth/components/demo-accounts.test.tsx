import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { DemoAccountsQuery } from '../api/demo-accounts';
import { LoginPage } from '../routes/login-page';

const account = (email: string, name: string, role: string, unitName: string | null, municipalityName: string) => ({
  __typename: 'DemoAccount',
  email,
  name,
  role,
  unitName,
  municipalityName,
});

describe('demo accounts on the sign-in page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('lists them by municipality; choosing one fills in its e-mail and moves on to the password', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: DemoAccountsQuery },
        result: {
          data: {
            demoAccounts: [
              account('admin@asker.idehub.test', 'Asker Admin', 'ADMIN', null, 'Asker'),
              account('ansatt@drammen.idehub.test', 'Kari Ansatt', 'STAFF', 'Hjemmetjenesten', 'Drammen'),
              account('leder@drammen.idehub.test', 'Lise Leder', 'LEADER', 'Hjemmetjenesten', 'Drammen'),
            ],
          },
        },
      },
    ];
    renderWithProviders(<LoginPage />, { mocks });
    expect(await screen.findByRole('heading', { name: 'Demokontoer' })).toBeInTheDocument();
    expect(screen.getByText('Passord for alle: idehub-demo', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Asker')).toBeInTheDocument();
    expect(screen.getByText('Drammen')).toBeInTheDocument();

    await user.click(screen.getByText('Drammen'));
    await user.click(screen.getByRole('button', { name: 'Lise Leder – Leder, Hjemmetjenesten' }));
    expect(screen.getByRole('textbox', { name: /E-post/ })).toHaveValue('leder@drammen.idehub.test');
    expect(screen.getByLabelText(/Passord/)).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Asker Admin – Administrator, hele kommunen' })).toBeInTheDocument();
  });

  it('shows nothing about demo accounts when demo data is off', async () => {
    const mocks = [{ request: { query: DemoAccountsQuery }, result: { data: { demoAccounts: [] } } }];
    renderWithProviders(<LoginPage />, { mocks });
    expect(await screen.findByRole('heading', { name: 'Logg inn' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('heading', { name: 'Demokontoer' })).not.toBeInTheDocument();
  });
});
