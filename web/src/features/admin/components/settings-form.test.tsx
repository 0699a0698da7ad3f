import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SettingsForm } from './settings-form';

const settings = { firstResponseDays: 14, updateIntervalDays: 30, escalationGraceDays: 3 };

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
});
