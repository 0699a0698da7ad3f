import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { AdoptionUnitsQuery } from '../api/adoption-units';
import { AdoptForm } from './adopt-form';

const story = (adoptingUnitIds: string[]) => ({
  id: 'st1',
  title: 'Medisindispenser hjemme',
  summary: 'Færre glemte doser og kortere morgenrunder.',
  municipality: { name: 'Asker kommune' },
  adoptingUnitIds,
  adoptions: adoptingUnitIds.map((id) => ({ unit: { id, name: id === 'u1' ? 'Hjemmetjenesten' : 'Fjell sykehjem' } })),
});

const unitsMock = {
  request: { query: AdoptionUnitsQuery },
  result: {
    data: {
      units: [
        { __typename: 'Unit', id: 'u1', name: 'Hjemmetjenesten', parentId: 'u0' },
        { __typename: 'Unit', id: 'u2', name: 'Fjell sykehjem', parentId: 'u0' },
        { __typename: 'Unit', id: 'u3', name: 'Helsehuset', parentId: 'u0' },
      ],
    },
  },
};

describe('AdoptForm: one adoption per unit (issue 11, item 5)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('says «dere prøver dette allerede» and offers no second adoption when my unit already tries it', () => {
    renderWithProviders(<AdoptForm story={story(['u1'])} myUnitIds={['u1']} onAdopted={vi.fn()} />);
    expect(screen.getByText('Dere prøver dette allerede i Hjemmetjenesten.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Vi vil prøve dette/ })).not.toBeInTheDocument();
  });

  it('offers it when my unit does not try it yet, with units that already try it shown and not choosable', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AdoptForm story={story(['u2'])} myUnitIds={['u1']} onAdopted={vi.fn()} />, {
      mocks: [unitsMock],
    });
    expect(screen.queryByText(/prøver dette allerede i/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vi vil prøve dette' }));
    const select = await screen.findByRole('combobox', { name: /Enhet/ });
    await within(select).findByRole('option', { name: 'Fjell sykehjem (prøver dette allerede)' });
    expect(within(select).getByRole('option', { name: 'Fjell sykehjem (prøver dette allerede)' })).toBeDisabled();
    expect(select).toHaveValue('u1');
  });

  it('says it in English too', () => {
    void i18n.changeLanguage('en');
    renderWithProviders(<AdoptForm story={story(['u1'])} myUnitIds={['u1']} onAdopted={vi.fn()} />);
    expect(screen.getByText('You are already trying this in Hjemmetjenesten.')).toBeInTheDocument();
  });
});
