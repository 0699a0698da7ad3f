import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders, validNationalIdentityNumber } from '@/test/render';
import { SubmitSuggestionMutation } from '../api/submit-suggestion';
import { SubmitSuggestionForm } from './submit-suggestion-form';

const units = [
  { id: 'u1', name: 'Hjemmetjenesten' },
  { id: 'u2', name: 'Helse og omsorg' },
];

function input(overrides: Record<string, unknown> = {}) {
  return {
    unitId: 'u1',
    title: 'Felles medisinrom',
    description: 'Vi bruker mye tid på å lete etter medisiner.',
    confidential: false,
    hideName: false,
    ...overrides,
  };
}

describe('SubmitSuggestionForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('warns while typing when the description holds a national identity number', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={vi.fn()} />);
    const description = screen.getByLabelText(/Beskrivelse/);
    expect(screen.queryByText(/ser ut som du har skrevet et fødselsnummer/)).not.toBeInTheDocument();

    await user.type(description, `Pasient ${validNationalIdentityNumber()} faller ofte`);

    expect(await screen.findByText(/ser ut som du har skrevet et fødselsnummer/)).toBeInTheDocument();
    expect(description).toHaveAccessibleDescription(/ser ut som du har skrevet et fødselsnummer/);
  });

  it('refuses to send a number the guard found, and says so next to the field', async () => {
    const user = userEvent.setup();
    const onSubmitted = vi.fn();
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={onSubmitted} />);
    await user.type(screen.getByLabelText(/Tittel/), 'Bedre rutiner');
    await user.type(screen.getByLabelText(/Beskrivelse/), `Gjelder ${validNationalIdentityNumber()} i sone 2`);
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));

    const description = screen.getByLabelText(/Beskrivelse/);
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/fødselsnummer, D-nummer eller H-nummer/);
    expect(description).toHaveFocus();
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('shows the server field error next to the field it names', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: SubmitSuggestionMutation, variables: { input: input() } },
        result: {
          errors: [
            new GraphQLError('The text contains a national identity number.', {
              extensions: {
                code: 'PATIENT_IDENTIFIER',
                fields: [{ field: 'description', message: 'contains an identity number' }],
              },
            }),
          ],
        },
      },
    ];
    const onSubmitted = vi.fn();
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={onSubmitted} />, { mocks });
    await user.type(screen.getByLabelText(/Tittel/), 'Felles medisinrom');
    await user.type(screen.getByLabelText(/Beskrivelse/), 'Vi bruker mye tid på å lete etter medisiner.');
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));

    const description = screen.getByLabelText(/Beskrivelse/);
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(description).toHaveAccessibleDescription(/fødselsnummer, D-nummer eller H-nummer/);
    expect(screen.getByLabelText(/Tittel/)).not.toHaveAttribute('aria-invalid');
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('shows a validation error from the server on the title, in English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: SubmitSuggestionMutation, variables: { input: input({ title: 'Shared room' }) } },
        result: {
          errors: [
            new GraphQLError('Invalid input: title: too long', {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.title', message: 'too long' }] },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={vi.fn()} />, { mocks });
    await user.type(screen.getByLabelText(/Title/), 'Shared room');
    await user.type(screen.getByLabelText(/Description/), 'Vi bruker mye tid på å lete etter medisiner.');
    await user.click(screen.getByRole('button', { name: 'Submit the suggestion' }));

    const title = screen.getByLabelText(/Title/);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/The title must be 5 to 140 characters/);
  });

  it('sends the suggestion and reports the new id', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: SubmitSuggestionMutation, variables: { input: input({ unitId: 'u2', hideName: true }) } },
        result: {
          data: {
            submitSuggestion: {
              __typename: 'Suggestion',
              id: 's-42',
              title: 'Felles medisinrom',
              status: 'SUBMITTED',
              responseDueAt: '2030-01-15T00:00:00.000Z',
            },
          },
        },
      },
    ];
    const onSubmitted = vi.fn();
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={onSubmitted} />, { mocks });
    await user.selectOptions(screen.getByLabelText(/Enhet/), 'u2');
    await user.type(screen.getByLabelText(/Tittel/), 'Felles medisinrom');
    await user.type(screen.getByLabelText(/Beskrivelse/), 'Vi bruker mye tid på å lete etter medisiner.');
    await user.click(screen.getByLabelText(/Skjul navnet mitt/));
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));

    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith({ id: 's-42', title: 'Felles medisinrom' }));
  });

  it('requires a unit, a title and a description before anything is sent', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SubmitSuggestionForm units={units} onSubmitted={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
    expect(screen.getByLabelText(/Enhet/)).toHaveAccessibleDescription('Velg hvilken enhet forslaget gjelder.');
    expect(screen.getByLabelText(/Tittel/)).toHaveAccessibleDescription(/Tittelen må ha mellom 5 og 140 tegn/);
    expect(screen.getByLabelText(/Enhet/)).toHaveFocus();
  });

  describe('on behalf of a colleague (issue 11, item 4)', () => {
    const agentUnits = [...units, { id: 'u3', name: 'Fjell sykehjem' }];
    const colleagues = [
      { id: 'ola', name: 'Ola Hansen', memberships: [{ unit: { id: 'u3' } }] },
      { id: 'kari', name: 'Kari Nordmann', memberships: [{ unit: { id: 'u1' } }] },
    ];
    const created = (id: string) => ({
      data: {
        submitSuggestion: {
          __typename: 'Suggestion',
          id,
          title: 'Felles medisinrom',
          status: 'SUBMITTED',
          responseDueAt: '2026-03-16T08:00:00.000Z',
        },
      },
    });

    it('defaults the unit to the colleague’s and says so; the suggestion goes there', async () => {
      const user = userEvent.setup();
      const onSubmitted = vi.fn();
      const mocks = [
        {
          request: {
            query: SubmitSuggestionMutation,
            variables: { input: input({ unitId: 'u3', onBehalfOfId: 'ola' }) },
          },
          result: created('s-ola'),
        },
      ];
      renderWithProviders(
        <SubmitSuggestionForm
          units={agentUnits}
          defaultUnitId="u2"
          colleagues={colleagues}
          onSubmitted={onSubmitted}
        />,
        { mocks },
      );
      expect(screen.getByLabelText(/Enhet/)).toHaveValue('u2');
      await user.selectOptions(screen.getByLabelText(/Sendes inn for/), 'ola');
      const unit = screen.getByLabelText(/Enhet/);
      expect(unit).toHaveValue('u3');
      expect(unit).toHaveAccessibleDescription(/Enheten er satt til enheten til Ola Hansen\. Du kan velge en annen\./);
      await user.type(screen.getByLabelText(/Tittel/), 'Felles medisinrom');
      await user.type(screen.getByLabelText(/Beskrivelse/), 'Vi bruker mye tid på å lete etter medisiner.');
      await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
      await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith({ id: 's-ola', title: 'Felles medisinrom' }));
    });

    it('lets the agent choose another unit, and goes back to their own when they submit for themselves', async () => {
      const user = userEvent.setup();
      const onSubmitted = vi.fn();
      const mocks = [
        {
          request: {
            query: SubmitSuggestionMutation,
            variables: { input: input({ unitId: 'u1', onBehalfOfId: 'ola' }) },
          },
          result: created('s-ola-u1'),
        },
      ];
      renderWithProviders(
        <SubmitSuggestionForm
          units={agentUnits}
          defaultUnitId="u2"
          colleagues={colleagues}
          onSubmitted={onSubmitted}
        />,
        { mocks },
      );
      await user.selectOptions(screen.getByLabelText(/Sendes inn for/), 'ola');
      await user.selectOptions(screen.getByLabelText(/Enhet/), 'u1');
      expect(screen.getByLabelText(/Enhet/)).not.toHaveAccessibleDescription(/Ola Hansen/);
      await user.type(screen.getByLabelText(/Tittel/), 'Felles medisinrom');
      await user.type(screen.getByLabelText(/Beskrivelse/), 'Vi bruker mye tid på å lete etter medisiner.');
      await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
      await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith({ id: 's-ola-u1', title: 'Felles medisinrom' }));

      await user.selectOptions(screen.getByLabelText(/Sendes inn for/), '');
      expect(screen.getByLabelText(/Enhet/)).toHaveValue('u2');
    });

    it('says it in English too', async () => {
      await i18n.changeLanguage('en');
      const user = userEvent.setup();
      renderWithProviders(
        <SubmitSuggestionForm units={agentUnits} defaultUnitId="u2" colleagues={colleagues} onSubmitted={vi.fn()} />,
      );
      await user.selectOptions(screen.getByLabelText(/Submitted for/), 'kari');
      expect(screen.getByLabelText(/Unit/)).toHaveValue('u1');
      expect(screen.getByLabelText(/Unit/)).toHaveAccessibleDescription(/The unit is set to Kari Nordmann’s unit/);
    });
  });

  it('checks lengths after trimming: a title of spaces around one letter is refused, nothing is sent (issue 11, item 7)', async () => {
    const user = userEvent.setup();
    const onSubmitted = vi.fn();
    // No mock: a request would fail the test with an unmatched-request error.
    renderWithProviders(<SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={onSubmitted} />);
    await user.type(screen.getByLabelText(/Tittel/), '      x      ');
    await user.type(screen.getByLabelText(/Beskrivelse/), `${' '.repeat(30)}kort${' '.repeat(30)}`);
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
    const title = screen.getByLabelText(/Tittel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Tittelen må ha mellom 5 og 140 tegn/);
    expect(screen.getByLabelText(/Beskrivelse/)).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});
