import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { CommentForm } from '@/features/co-creation/components/comment-form';
import { RespondForm } from './respond-form';
import { SubmitSuggestionForm } from './submit-suggestion-form';

/** Issue 11: a field error goes away as soon as the field is valid, not only at the next «Send». */
describe('field errors disappear as soon as the field is valid', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('in the suggestion form', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SubmitSuggestionForm
        units={[
          { id: 'u1', name: 'Hjemmetjenesten', parentId: null },
          { id: 'u2', name: 'Fjell sykehjem', parentId: null },
        ]}
        onSubmitted={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
    const title = screen.getByLabelText(/Tittel/);
    expect(title).toHaveAccessibleDescription(/Tittelen må ha mellom 5 og 140 tegn/);
    await user.type(title, 'Bedre');
    expect(title).not.toHaveAccessibleDescription(/Tittelen må ha mellom 5 og 140 tegn/);
    expect(screen.queryByText(/Tittelen må ha mellom 5 og 140 tegn/)).not.toBeInTheDocument();
    // The other fields that are still wrong keep their errors.
    expect(screen.getByLabelText(/Enhet/)).toHaveAccessibleDescription('Velg hvilken enhet forslaget gjelder.');
  });

  it('in the answer form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />);
    const message = screen.getByRole('textbox', { name: /^Svar$/ });
    await user.type(message, 'For kort');
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(message).toHaveAttribute('aria-invalid', 'true');
    await user.type(message, ' – nå er svaret langt nok');
    expect(message).not.toHaveAttribute('aria-invalid');
    expect(message).not.toHaveAccessibleDescription(/Svaret må ha minst 20 tegn/);
  });

  it('in the comment form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommentForm suggestionId="s1" />);
    const box = screen.getByRole('textbox', { name: 'Skriv en kommentar' });
    await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.type(box, 'God idé');
    expect(box).not.toHaveAttribute('aria-invalid');
  });
});
