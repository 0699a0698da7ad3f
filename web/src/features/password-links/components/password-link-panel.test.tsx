import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SendPasswordLinkMutation } from '../api/send-password-link';
import { PasswordLinkPanel } from './password-link-panel';

const person = { id: 'p1', email: 'nora@x.test', hasPassword: false, active: true };

describe('PasswordLinkPanel (person editor)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('invites a person without a password and says where and until when', async () => {
    renderWithProviders(<PasswordLinkPanel person={person} />, {
      mocks: [
        {
          request: { query: SendPasswordLinkMutation, variables: { personId: 'p1' } },
          result: { data: { sendPasswordLink: '2026-03-05T08:00:00.000Z' } },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send invitasjon' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /Lenken er sendt til nora@x\.test\. Den virker til .*2026/,
    );
  });

  it('offers a new link to a person who has a password, and shows a refusal in words', async () => {
    renderWithProviders(<PasswordLinkPanel person={{ ...person, hasPassword: true }} />, {
      mocks: [
        {
          request: { query: SendPasswordLinkMutation, variables: { personId: 'p1' } },
          result: { errors: [new GraphQLError('off', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send ny lenke' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('shows nothing for a deactivated person', () => {
    renderWithProviders(<PasswordLinkPanel person={{ ...person, active: false }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
