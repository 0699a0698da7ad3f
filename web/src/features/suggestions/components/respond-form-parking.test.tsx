import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { suggestionDetail } from '@/test/factories';
import { renderWithProviders } from '@/test/render';
import { RespondToSuggestionMutation } from '../api/respond-to-suggestion';
import { RespondForm } from './respond-form';

const WHY = 'Ikke nå: vi venter på anbudet for nytt turnussystem.';

const dateField = (name: RegExp | string = 'Se på forslaget igjen') => screen.getByLabelText(name) as HTMLInputElement;

/** The answer WHY with status PARKED until `reviewOn`, and the server's reply: the suggestion parked until then. */
const parkingAnswer = (reviewOn: string, expectedVersion: number) => ({
  request: {
    query: RespondToSuggestionMutation,
    variables: { input: { suggestionId: 's1', message: WHY, status: 'PARKED', reviewOn, expectedVersion } },
  },
  result: {
    data: {
      respondToSuggestion: suggestionDetail({
        status: 'PARKED',
        version: expectedVersion + 1,
        reviewOn: `${reviewOn}T05:00:00.000Z`,
        responseDueAt: null,
      }),
    },
  },
});

/** Writes WHY, picks the status `option`, types `date` in the date field and sends. */
async function answerWithDate(user: ReturnType<typeof userEvent.setup>, option: string, date: string) {
  await user.type(screen.getByRole('textbox', { name: /^Svar$/ }), WHY);
  await user.click(screen.getByRole('radio', { name: option }));
  await user.clear(dateField(/Se på forslaget igjen/));
  await user.type(dateField(/Se på forslaget igjen/), date);
  await user.click(screen.getByRole('button', { name: 'Send svaret' }));
}

describe('RespondForm: «Ikke nå» with a review date', () => {
  beforeEach(async () => {
    // Only Date is faked: «today» is Monday 2 March 2026 in Oslo; timers stay real for user events.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    await i18n.changeLanguage('nb');
  });
  afterEach(() => vi.useRealTimers());

  it('offers «Ikke nå» and then asks for the date, prefilled three months ahead, within 1–365 days', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'UNDER_REVIEW', version: 1 }} />);
    expect(screen.queryByLabelText(/Se på forslaget igjen/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Endre til «Ikke nå»' }));
    const date = dateField(/Se på forslaget igjen/);
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toBeRequired();
    expect(date).toHaveValue('2026-06-02');
    expect(date).toHaveAttribute('min', '2026-03-03');
    expect(date).toHaveAttribute('max', '2027-03-02');
    expect(date).toHaveAccessibleDescription(/1–365 dager frem/);
  });

  it('sends status PARKED with the chosen date', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 2 }} />, {
      mocks: [parkingAnswer('2026-09-01', 2)],
    });
    await answerWithDate(user, 'Endre til «Ikke nå»', '2026-09-01');
    expect(await screen.findByText(/Svaret er sendt til innsenderen/)).toBeInTheDocument();
  });

  it.each([
    ['today', '2026-03-02'],
    ['more than 365 days ahead', '2027-03-03'],
    ['in the past', '2026-01-15'],
  ])('refuses a date %s next to the field, before sending', async (_label, value) => {
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />);
    await user.type(screen.getByRole('textbox', { name: /^Svar$/ }), WHY);
    await user.click(screen.getByRole('radio', { name: 'Endre til «Ikke nå»' }));
    await user.clear(dateField(/Se på forslaget igjen/));
    await user.type(dateField(/Se på forslaget igjen/), value);
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    const date = dateField(/Se på forslaget igjen/);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Velg en dato 1–365 dager frem i tid/);
    expect(date).toHaveFocus();
    // Fixed, the error goes away.
    await user.clear(date);
    await user.type(date, '2026-04-01');
    await waitFor(() => expect(date).not.toHaveAttribute('aria-invalid'));
  });

  it('shows the server’s refusal of the date next to the field', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: RespondToSuggestionMutation,
          variables: {
            input: { suggestionId: 's1', message: WHY, status: 'PARKED', reviewOn: '2026-06-02', expectedVersion: 1 },
          },
        },
        result: {
          errors: [
            new GraphQLError('bad', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'reviewOn', message: 'must be 1–365 days ahead' }],
              },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 1 }} />, { mocks });
    await user.type(screen.getByRole('textbox', { name: /^Svar$/ }), WHY);
    await user.click(screen.getByRole('radio', { name: 'Endre til «Ikke nå»' }));
    await user.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() =>
      expect(dateField(/Se på forslaget igjen/)).toHaveAccessibleDescription(/Velg en dato 1–365 dager frem i tid/),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    renderWithProviders(<RespondForm suggestion={{ id: 's1', status: 'ACCEPTED', version: 1 }} />);
    await user.click(screen.getByRole('radio', { name: 'Change to “Not now”' }));
    expect(dateField(/Look at the suggestion again on/)).toHaveAccessibleDescription(/1–365 days ahead/);
  });

  describe('a parked suggestion', () => {
    const parked = { id: 's1', status: 'PARKED' as const, version: 4, reviewOn: '2026-06-02T05:00:00.000Z' };

    it('offers to move its date, prefilled with the date it has; a plain update asks for no date', async () => {
      const user = userEvent.setup();
      renderWithProviders(<RespondForm suggestion={parked} />);
      expect(screen.getByRole('radio', { name: /Ingen statusendring/ })).toBeChecked();
      expect(screen.queryByLabelText(/Se på forslaget igjen/)).not.toBeInTheDocument();
      expect(screen.queryByRole('radio', { name: 'Endre til «Ikke nå»' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Flytt datoen for «Ikke nå»' }));
      expect(dateField(/Se på forslaget igjen/)).toHaveValue('2026-06-02');
    });

    it('moving the date sends status PARKED with the new date', async () => {
      const user = userEvent.setup();
      renderWithProviders(<RespondForm suggestion={parked} />, { mocks: [parkingAnswer('2026-08-17', 4)] });
      await answerWithDate(user, 'Flytt datoen for «Ikke nå»', '2026-08-17');
      expect(await screen.findByText(/Svaret er sendt til innsenderen/)).toBeInTheDocument();
    });

    it('says so in English', async () => {
      await i18n.changeLanguage('en');
      renderWithProviders(<RespondForm suggestion={parked} />);
      expect(screen.getByRole('radio', { name: 'Move the “Not now” date' })).toBeInTheDocument();
    });
  });
});
