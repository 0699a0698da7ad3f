import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { DueInfo } from './due-info';

describe('DueInfo', () => {
  it.each([
    ['nb', 'Ansvarlig for svar: Lise Leder.', /skyldes/],
    ['en', 'Responsible for the answer: Lise Leder.', /owed by/i],
  ])('names who is responsible for the answer in plain words (%s)', async (language, text, wrong) => {
    await i18n.changeLanguage(language);
    render(<DueInfo responseDueAt="2026-03-15T10:00:00.000Z" overdue={false} owedBy={[{ name: 'Lise Leder' }]} />);
    const sentence = screen.getByText(text, { exact: false });
    expect(sentence).toBeInTheDocument();
    expect(sentence.textContent).not.toMatch(wrong);
  });
});
