import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders, validNationalIdentityNumber } from '@/test/render';
import { AddCommentMutation } from '../api/add-comment';
import { CommentForm } from './comment-form';

const comment = (body: string) => ({
  __typename: 'Comment',
  id: 'c1',
  body,
  createdAt: '2026-03-02T09:00:00.000Z',
  authorName: 'Kari Ansatt',
  byMe: true,
  bySubmitter: false,
  author: { __typename: 'PersonRef', id: 'p1', name: 'Kari Ansatt' },
});

function commentBox() {
  return screen.getByRole('textbox', { name: 'Skriv en kommentar' });
}

describe('CommentForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('warns while typing when the comment holds a national identity number, and refuses to send it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommentForm suggestionId="s1" />);
    expect(screen.queryByText(/ser ut som du har skrevet et fødselsnummer/)).not.toBeInTheDocument();

    await user.type(commentBox(), `Gjelder ${validNationalIdentityNumber()} på rom 4`);
    expect(commentBox()).toHaveAccessibleDescription(/ser ut som du har skrevet et fødselsnummer/);
    // It names what is being written: a comment, not a suggestion.
    expect(commentBox()).toHaveAccessibleDescription(/kommentarer kan ikke inneholde pasientopplysninger/);

    await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));
    expect(commentBox()).toHaveAttribute('aria-invalid', 'true');
    expect(commentBox()).toHaveAccessibleDescription(/fødselsnummer, D-nummer eller H-nummer/);
    expect(commentBox()).toHaveFocus();
    // No mock is given: sending would fail the test with an unmatched request, and nothing says «added».
    expect(screen.queryByText('Kommentaren er lagt til.')).not.toBeInTheDocument();
  });

  it('the warning goes away when the number is removed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommentForm suggestionId="s1" />);
    await user.type(commentBox(), validNationalIdentityNumber());
    expect(screen.getByText(/ser ut som du har skrevet et fødselsnummer/)).toBeInTheDocument();
    await user.clear(commentBox());
    await user.type(commentBox(), 'Rom 4');
    expect(screen.queryByText(/ser ut som du har skrevet et fødselsnummer/)).not.toBeInTheDocument();
  });

  it('asks for text before sending an empty comment', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommentForm suggestionId="s1" />);
    await user.type(commentBox(), '   ');
    await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));
    expect(commentBox()).toHaveAccessibleDescription(/Skriv noe før du sender/);
  });

  it('sends the trimmed comment, empties the field and says it was added', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: AddCommentMutation, variables: { suggestionId: 's1', body: 'Jeg kan teste dette på natt.' } },
        result: { data: { addComment: comment('Jeg kan teste dette på natt.') } },
      },
    ];
    renderWithProviders(<CommentForm suggestionId="s1" />, { mocks });
    await user.type(commentBox(), '  Jeg kan teste dette på natt.  ');
    await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));

    expect(await screen.findByText('Kommentaren er lagt til.')).toBeInTheDocument();
    expect(commentBox()).toHaveValue('');
  });

  it('shows the server’s patient-identifier refusal next to the comment, in English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: AddCommentMutation, variables: { suggestionId: 's1', body: 'Room 4, see journal' } },
        result: {
          errors: [
            new GraphQLError('Remove the national identity number from: body.', {
              extensions: {
                code: 'PATIENT_IDENTIFIER',
                fields: [{ field: 'body', message: 'contains a national identity number' }],
              },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<CommentForm suggestionId="s1" />, { mocks });
    const box = screen.getByRole('textbox', { name: 'Write a comment' });
    await user.type(box, 'Room 4, see journal');
    await user.click(screen.getByRole('button', { name: 'Send the comment' }));

    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(box).toHaveAccessibleDescription(/national identity number/i);
    expect(box).toHaveValue('Room 4, see journal');
  });
});
