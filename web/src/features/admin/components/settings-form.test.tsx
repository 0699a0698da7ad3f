import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SettingsForm, type SettingsValues } from './settings-form';
import { UpdateMunicipalitySettingsMutation } from '../api/municipality-settings';

const settings: SettingsValues = {
  firstResponseDays: 14,
  updateIntervalDays: 30,
  escalationGraceDays: 3,
  reminderDaysBefore: 3,
  deadlineDays: 'CALENDAR',
};

describe('SettingsForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows a leader the deadlines read-only, with no save button and a reason in words', () => {
    renderWithProviders(<SettingsForm settings={settings} readOnly />);
    const first = screen.getByRole('spinbutton', { name: /første svar/i });
    expect(first).toHaveValue(14);
    expect(first).toHaveAttribute('readonly');
    expect(first).toHaveAccessibleDescription(/Bare administratorer kan endre fristene/);
    expect(screen.queryByRole('button', { name: 'Lagre' })).not.toBeInTheDocument();
  });

  it('lets an admin edit and save (en)', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<SettingsForm settings={settings} />);
    expect(screen.getByRole('spinbutton', { name: /first answer/i })).not.toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.queryByText(/Only admins can change the deadlines/)).not.toBeInTheDocument();
  });

  it('clears a field error as soon as the number is valid', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsForm settings={settings} />);
    const first = screen.getByRole('spinbutton', { name: /første svar/i });
    await user.clear(first);
    await user.type(first, '400');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(first).toHaveAttribute('aria-invalid', 'true');
    await user.clear(first);
    await user.type(first, '21');
    expect(first).not.toHaveAttribute('aria-invalid');
  });

  it('an admin sets reminders and working days; the hints say what 0 and working days mean', async () => {
    const user = userEvent.setup();
    const input = { ...settings, reminderDaysBefore: 2, deadlineDays: 'WORKING' };
    renderWithProviders(<SettingsForm settings={settings} />, {
      mocks: [
        {
          // Answered only when exactly these values are sent.
          request: { query: UpdateMunicipalitySettingsMutation, variables: { input } },
          result: { data: { updateMunicipalitySettings: { __typename: 'MunicipalitySettings', ...input } } },
        },
      ],
    });
    const reminder = screen.getByRole('spinbutton', { name: /påminnelse/i });
    expect(reminder).toHaveValue(3);
    expect(reminder).toHaveAccessibleDescription(/0 slår påminnelser av/);
    const group = screen.getByRole('group', { name: 'Slik telles dagene' });
    expect(group).toHaveAccessibleDescription(/helligdager/);
    expect(screen.getByRole('radio', { name: 'Kalenderdager' })).toBeChecked();
    await user.clear(reminder);
    await user.type(reminder, '2');
    await user.click(screen.getByRole('radio', { name: 'Arbeidsdager' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
  });

  it('a reminder of more than 365 days is refused before saving (en)', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    renderWithProviders(<SettingsForm settings={settings} />);
    const reminder = screen.getByRole('spinbutton', { name: /reminder/i });
    await user.clear(reminder);
    await user.type(reminder, '400');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(reminder).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: 'Working days' })).not.toBeChecked();
  });

  it('a leader sees the way days are counted, not changeable', () => {
    renderWithProviders(<SettingsForm settings={{ ...settings, deadlineDays: 'WORKING' }} readOnly />);
    expect(screen.getByRole('radio', { name: 'Arbeidsdager' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kalenderdager' })).toBeDisabled();
  });
});
