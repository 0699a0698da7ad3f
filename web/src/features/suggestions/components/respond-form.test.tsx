import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allowedTargets, SUGGESTION_STATUSES, STATUS_LABELS, type SuggestionStatusName } from '@idehub/libs';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { suggestionDetail } from '@/test/factories';
import { renderWithProviders } from '@/test/render';
import { RespondToSuggestionMutation } from '../api/respond-to-suggestion';
import { RespondForm } from './respond-form';

const MESSAGE = 'Vi ser på dette i neste personalmøte.';

function messageBox() {
  return screen.getByRole('textbox', { name: /^Svar$/ });
}

function statusRadios() {
  const group = screen.getByRole('group', { name: 'Status' });
  return within(group).getAllByRole('radio');
}

describe('RespondForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  const open = SUGGESTION_STATUSES.filter((s) => s !== 'MERGED' && s !== 'WITHDRAWN');

  it.each(open)('offers from %s exactly the transitions the shared table allows a responder', (status) => {
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status, version: 1 }} />);
    const offered = statusRadios()
      .map((radio) => (radio as HTMLInputElement).value)
      .filter(Boolean);
    // A parked suggestion also offers to move its date (PARKED again, respond-form-parking.test.tsx).
    const moveDate = status === 'PARKED' ? ['PARKED'] : [];
    expect(offered.sort()).toEqual([...allowedTargets(status, 'RESPONDER', 'RESPOND'), ...moveDate].sort());
    // And each offered change is named in words, not only by colour or code.
    for (const target of offered.filter((t) => t !== status)) {
      expect(
        screen.getByRole('radio', { name: `Endre til «${STATUS_LABELS[target as SuggestionStatusName].nb}»` }),
      ).toBeInTheDocument();
    }
    // Never MERGED (that is the merge action) nor WITHDRAWN (the submitter's).
    expect(offered).not.toContain('MERGED');
    expect(offered).not.toContain('WITHDRAWN');
  });

  it.each(['MERGED', 'WITHDRAWN'] as const)('offers no answer at all on a %s suggestion', (status) => {
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status, version: 1 }} />);
    expect(screen.queryByRole('button', { name: 'Send svaret' })).not.toBeInTheDocument();
  });

  it('defaults to a progress update without status change', () => {
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'UNDER_REVIEW', version: 1 }} />);
    expect(screen.getByRole('radio', { name: /Ingen statusendring/ })).toBeChecked();
  });

  it('requires a message of at least 20 characters before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />);
    await user.type(messageBox(), 'For kort');
    await user.click(screen.getByRole('radio', { name: 'Endre til «Under vurdering»' }));
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    const message = messageBox();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAccessibleDescription(/Svaret må ha minst 20 tegn/);
  });

  it('sends the message with the chosen status and the version it was read at', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: RespondToSuggestionMutation,
          variables: { input: { suggestionId: 's1', message: MESSAGE, status: 'ACCEPTED', expectedVersion: 3 } },
        },
        result: { data: { respondToSuggestion: suggestionDetail({ status: 'ACCEPTED', version: 4 }) } },
      },
    ];
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'UNDER_REVIEW', version: 3 }} />, { mocks });
    await user.type(messageBox(), MESSAGE);
    await user.click(screen.getByRole('radio', { name: 'Endre til «Besluttet gjennomført»' }));
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByText(/Svaret er sendt til innsenderen/)).toBeInTheDocument();
    expect(messageBox()).toHaveValue('');
  });

  it('explains a refused transition in plain words', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: RespondToSuggestionMutation,
          variables: { input: { suggestionId: 's1', message: MESSAGE, status: 'DECLINED', expectedVersion: 1 } },
        },
        result: { errors: [new GraphQLError('nope', { extensions: { code: 'INVALID_TRANSITION' } })] },
      },
    ];
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />, { mocks });
    await user.type(messageBox(), MESSAGE);
    await user.click(screen.getByRole('radio', { name: 'Endre til «Ikke gjennomført»' }));
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Denne statusendringen er ikke lov fra statusen forslaget har nå.',
    );
  });

  it('shows a server RESPONSE_REQUIRED next to the message', async () => {
    const user = userEvent.setup();
    const padded = 'x'.repeat(25);
    const mocks = [
      {
        request: {
          query: RespondToSuggestionMutation,
          variables: { input: { suggestionId: 's1', message: padded, expectedVersion: 1 } },
        },
        result: {
          errors: [
            new GraphQLError('too short', {
              extensions: { code: 'RESPONSE_REQUIRED', fields: [{ field: 'message', message: 'too short' }] },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />, { mocks });
    await user.type(messageBox(), padded);
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(messageBox()).toHaveAccessibleDescription(/Svaret må ha minst 20 tegn/));
  });
});
