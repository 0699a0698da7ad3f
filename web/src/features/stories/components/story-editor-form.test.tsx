import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders, validNationalIdentityNumber } from '@/test/render';
import { CreateSuccessStoryMutation } from '../api/create-success-story';
import { UpdateSuccessStoryMutation } from '../api/update-success-story';
import { storyDetail } from '../test/story-factory';
import { StoryEditorForm } from './story-editor-form';

const contacts = [{ id: 'p2', name: 'Lise Leder' }];
const suggestions = [{ id: 's1', title: 'Medisindispenser i sone 2', unit: { name: 'Hjemmetjenesten' } }];

function gain(number: number) {
  return within(screen.getByRole('group', { name: `Gevinst ${number}` }));
}

function baseInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Medisindispenser hjemme',
    summary: 'Færre glemte doser og kortere morgenrunder.',
    problem: null,
    solution: null,
    technology: [],
    lessons: null,
    trainingTips: null,
    contactPersonId: null,
    suggestionIds: [],
    gains: [],
    ...overrides,
  };
}

async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Tittel/), 'Medisindispenser hjemme');
  await user.type(screen.getByLabelText(/^Sammendrag/), 'Færre glemte doser og kortere morgenrunder.');
}

describe('StoryEditorForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('sends structured gains: a measured one with its number (decimal comma) and unit, and one in words only', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const input = baseInput({
      technology: ['Medisindispenser', 'Fallsensor'],
      suggestionIds: ['s1'],
      gains: [
        { category: 'RESOURCE_USE', description: 'Sparte tid på medisinrunden', value: 6.5, unit: 'timer per uke' },
        { category: 'PATIENT_SAFETY_QUALITY', description: 'Færre glemte doser' },
      ],
    });
    const mocks = [
      {
        request: { query: CreateSuccessStoryMutation, variables: { input } },
        result: { data: { createSuccessStory: storyDetail({ id: 'st-new' }) } },
      },
    ];
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={suggestions} onSaved={onSaved} />, { mocks });
    await fillBasics(user);
    await user.type(screen.getByLabelText(/^Teknologi/), 'Medisindispenser, Fallsensor');
    await user.selectOptions(gain(1).getByLabelText(/Type gevinst/), 'RESOURCE_USE');
    await user.type(gain(1).getByLabelText(/Beskrivelse av gevinsten/), 'Sparte tid på medisinrunden');
    await user.type(gain(1).getByLabelText(/Tall/), '6,5');
    await user.type(gain(1).getByLabelText(/Måleenhet/), 'timer per uke');
    await user.click(screen.getByRole('button', { name: 'Legg til en gevinst' }));
    await user.selectOptions(gain(2).getByLabelText(/Type gevinst/), 'PATIENT_SAFETY_QUALITY');
    await user.type(gain(2).getByLabelText(/Beskrivelse av gevinsten/), 'Færre glemte doser');
    await user.click(screen.getByLabelText(/Medisindispenser i sone 2/));
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'st-new' }));
  });

  it('asks for the unit of a number and the number of a unit, next to the gain concerned, before sending', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={onSaved} />);
    await fillBasics(user);
    await user.selectOptions(gain(1).getByLabelText(/Type gevinst/), 'RESOURCE_USE');
    await user.type(gain(1).getByLabelText(/Beskrivelse av gevinsten/), 'Sparte tid');
    await user.type(gain(1).getByLabelText(/Tall/), '6');
    await user.click(screen.getByRole('button', { name: 'Legg til en gevinst' }));
    await user.selectOptions(gain(2).getByLabelText(/Type gevinst/), 'STAFF_MASTERY');
    await user.type(gain(2).getByLabelText(/Beskrivelse av gevinsten/), 'Tryggere ansatte');
    await user.type(gain(2).getByLabelText(/Måleenhet/), 'antall');
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));

    const unit1 = gain(1).getByLabelText(/Måleenhet/);
    expect(unit1).toHaveAttribute('aria-invalid', 'true');
    expect(unit1).toHaveAccessibleDescription(/Skriv måleenheten til tallet/);
    expect(unit1).toHaveFocus();
    const value2 = gain(2).getByLabelText(/Tall/);
    expect(value2).toHaveAttribute('aria-invalid', 'true');
    expect(value2).toHaveAccessibleDescription(/Skriv tallet som hører til måleenheten/);
    // The other fields of the gains are fine.
    expect(gain(1).getByLabelText(/Tall/)).not.toHaveAttribute('aria-invalid');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('takes a field error away as soon as the field is valid', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));
    const title = screen.getByLabelText(/^Tittel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Tittelen må ha mellom/);
    await user.type(title, 'Medisindispenser hjemme');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(title).not.toHaveAccessibleDescription(/Tittelen må ha mellom/);
    // The summary is still empty, so its error stays.
    expect(screen.getByLabelText(/^Sammendrag/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a number that is not a number, and a gain without a kind', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={vi.fn()} />);
    await fillBasics(user);
    await user.type(gain(1).getByLabelText(/Beskrivelse av gevinsten/), 'Sparte tid');
    await user.type(gain(1).getByLabelText(/Tall/), 'seks');
    await user.type(gain(1).getByLabelText(/Måleenhet/), 'timer per uke');
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));

    expect(gain(1).getByLabelText(/Type gevinst/)).toHaveAccessibleDescription('Velg hvilken type gevinst det er.');
    expect(gain(1).getByLabelText(/Type gevinst/)).toHaveFocus();
    expect(gain(1).getByLabelText(/Tall/)).toHaveAccessibleDescription(/Skriv et tall som er null eller mer/);
  });

  it('warns while typing when a gain holds a national identity number, and does not send it', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={onSaved} />);
    await fillBasics(user);
    await user.selectOptions(gain(1).getByLabelText(/Type gevinst/), 'PATIENT_SAFETY_QUALITY');
    const description = gain(1).getByLabelText(/Beskrivelse av gevinsten/);
    await user.type(description, `Bruker ${validNationalIdentityNumber()} falt sjeldnere`);

    expect(description).toHaveAccessibleDescription(/ser ut som du har skrevet et fødselsnummer/);
    // It names what is being written: a success story, not a suggestion.
    expect(description).toHaveAccessibleDescription(/suksesshistorier kan ikke inneholde pasientopplysninger/);
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/fødselsnummer, D-nummer eller H-nummer/);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('adds and removes gains, keeping the keyboard in place and saying what happened', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={vi.fn()} />);
    await user.type(gain(1).getByLabelText(/Beskrivelse av gevinsten/), 'Første');
    await user.click(screen.getByRole('button', { name: 'Legg til en gevinst' }));
    expect(gain(2).getByLabelText(/Type gevinst/)).toHaveFocus();
    expect(screen.getByText('Gevinst 2 er lagt til.')).toBeInTheDocument();
    await user.type(gain(2).getByLabelText(/Beskrivelse av gevinsten/), 'Andre');

    await user.click(screen.getByRole('button', { name: 'Fjern gevinst 1' }));
    expect(screen.queryByRole('group', { name: 'Gevinst 2' })).not.toBeInTheDocument();
    expect(gain(1).getByLabelText(/Beskrivelse av gevinsten/)).toHaveValue('Andre');
    expect(screen.getByRole('button', { name: 'Legg til en gevinst' })).toHaveFocus();
    expect(screen.getByText('Gevinst 1 er fjernet.')).toBeInTheDocument();
  });

  it('shows a refusal from the server on the gain it names, even when a blank gain before it was left out', async () => {
    const user = userEvent.setup();
    const input = baseInput({
      gains: [{ category: 'RESOURCE_USE', description: 'Sparte penger', value: 5, unit: 'kr per år' }],
    });
    const mocks = [
      {
        request: { query: CreateSuccessStoryMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('Invalid input: gains.0.value: must be at most 1000000000', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'gains.0.value', message: 'must be at most 1000000000' }],
              },
            }),
          ],
        },
      },
    ];
    const onSaved = vi.fn();
    renderWithProviders(<StoryEditorForm contacts={contacts} suggestions={[]} onSaved={onSaved} />, { mocks });
    await fillBasics(user);
    // Gain 1 stays blank (not sent); gain 2 is the API's gains.0.
    await user.click(screen.getByRole('button', { name: 'Legg til en gevinst' }));
    await user.selectOptions(gain(2).getByLabelText(/Type gevinst/), 'RESOURCE_USE');
    await user.type(gain(2).getByLabelText(/Beskrivelse av gevinsten/), 'Sparte penger');
    await user.type(gain(2).getByLabelText(/Tall/), '5');
    await user.type(gain(2).getByLabelText(/Måleenhet/), 'kr per år');
    await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));

    const value2 = gain(2).getByLabelText(/Tall/);
    await waitFor(() => expect(value2).toHaveAttribute('aria-invalid', 'true'));
    expect(value2).toHaveAccessibleDescription(/Skriv et tall som er null eller mer/);
    expect(gain(1).getByLabelText(/Tall/)).not.toHaveAttribute('aria-invalid');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits a draft: shows its gains in the reader’s number style and sends the version it was read at', async () => {
    const user = userEvent.setup();
    const story = storyDetail();
    const input = {
      ...baseInput({
        technology: ['Medisindispenser'],
        gains: [
          { category: 'RESOURCE_USE', description: 'Sparte tid på medisinrunden', value: 7.5, unit: 'timer per uke' },
        ],
      }),
      id: 'st1',
      expectedVersion: 3,
    };
    const mocks = [
      {
        request: { query: UpdateSuccessStoryMutation, variables: { input } },
        result: { data: { updateSuccessStory: storyDetail({ version: 4 }) } },
      },
    ];
    const onSaved = vi.fn();
    renderWithProviders(<StoryEditorForm story={story} contacts={contacts} suggestions={[]} onSaved={onSaved} />, {
      mocks,
    });
    const value = gain(1).getByLabelText(/Tall/);
    expect(value).toHaveValue('6,5');
    expect(gain(1).getByLabelText(/Type gevinst/)).toHaveValue('RESOURCE_USE');
    await user.clear(value);
    await user.type(value, '7,5');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'st1' }));
  });
});
