import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { GroupsOverageNotice } from './groups-overage-notice';

describe('GroupsOverageNotice', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('says how many sign-ins came without a group list, the latest, and what to do in Entra ID', () => {
    render(<GroupsOverageNotice overage={{ signIns: 3, lastAt: '2026-03-02T07:15:00.000Z' }} />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Innlogginger uten gruppeliste');
    expect(notice).toHaveTextContent(
      /^.*3 innlogginger de siste 30 dagene kom uten gruppeliste.*sist 2\. mars 2026, 08:15/,
    );
    expect(notice).toHaveTextContent('Rollene fra grupper ble da stående som de var');
    expect(notice).toHaveTextContent('«Groups assigned to the application»');
  });

  it('one sign-in, in English', async () => {
    await i18n.changeLanguage('en');
    render(<GroupsOverageNotice overage={{ signIns: 1, lastAt: '2026-03-02T07:15:00.000Z' }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/1 sign-in in the last 30 days came without a group list/);
  });

  it('says nothing when every sign-in brought its groups', () => {
    const { container } = render(<GroupsOverageNotice overage={{ signIns: 0, lastAt: null }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
