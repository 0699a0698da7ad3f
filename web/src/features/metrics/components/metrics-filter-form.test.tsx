import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { type MetricsFilter, MetricsFilterForm } from './metrics-filter-form';

const units = [
  { id: 'hjem', name: 'Hjemmetjenesten', depth: 0 },
  { id: 'sone1', name: 'Sone 1', depth: 1 },
];
const value: MetricsFilter = { unitId: 'hjem', preset: '12m', from: '', to: '' };

describe('MetricsFilterForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('offers only the units given (mine and below) and the whole municipality', () => {
    render(<MetricsFilterForm value={value} units={units} onApply={() => undefined} />);
    const options = within(screen.getByRole('combobox', { name: 'Enhet' })).getAllByRole('option');
    expect(options.map((o) => [o.getAttribute('value'), o.textContent?.trim()])).toEqual([
      ['hjem', 'Hjemmetjenesten'],
      ['sone1', '– Sone 1'],
      ['', 'Hele kommunen'],
    ]);
  });

  it('has no unit picker for someone who leads no unit', () => {
    render(<MetricsFilterForm value={{ ...value, unitId: '' }} units={[]} onApply={() => undefined} />);
    expect(screen.queryByRole('combobox', { name: 'Enhet' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Periode' })).toBeInTheDocument();
  });

  it('applies a unit and a preset period', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<MetricsFilterForm value={value} units={units} onApply={onApply} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhet' }), 'sone1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), 'Siste 3 måneder');
    await user.click(screen.getByRole('button', { name: 'Vis statistikk' }));
    expect(onApply).toHaveBeenCalledWith({ unitId: 'sone1', preset: '3m', from: '', to: '' });
  });

  it('asks for both days of a chosen period and explains mistakes next to the field', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<MetricsFilterForm value={value} units={units} onApply={onApply} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), 'custom');
    await user.click(screen.getByRole('button', { name: 'Vis statistikk' }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Fra og med/)).toHaveAccessibleDescription('Skriv en gyldig startdato.');
    expect(screen.getByLabelText(/Til og med/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/Fra og med/), '2026-03-01');
    await user.type(screen.getByLabelText(/Til og med/), '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Vis statistikk' }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Til og med/)).toHaveAccessibleDescription(
      'Dagen tas med. Sluttdatoen må være samme dag som eller etter startdatoen.',
    );
    expect(screen.getByLabelText(/Fra og med/)).not.toHaveAttribute('aria-invalid');

    await user.clear(screen.getByLabelText(/Til og med/));
    await user.type(screen.getByLabelText(/Til og med/), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Vis statistikk' }));
    expect(onApply).toHaveBeenCalledWith({ unitId: 'hjem', preset: 'custom', from: '2026-03-01', to: '2026-03-31' });
  });
});
