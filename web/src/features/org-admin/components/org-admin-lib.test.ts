import i18n from '@/i18n/i18n';
import '@/i18n/namespaces/orgadmin';
import { describe, expect, it } from 'vitest';
import { orgAdminFieldError, unitOptions, type AdminUnit } from './org-admin-lib';

const unit = (id: string, name: string, parentId: string | null, closedAt: string | null = null): AdminUnit => ({
  id,
  name,
  parentId,
  closedAt,
  memberCount: 0,
  openSuggestionCount: 0,
});

describe('unitOptions', () => {
  it('labels open units with their path from the top, sorted, and leaves closed units out', () => {
    const options = unitOptions([
      unit('b', 'Hjemmetjenesten', 'a'),
      unit('a', 'Helse og omsorg', null),
      unit('c', 'Nattpatruljen', 'b', '2026-01-01T00:00:00Z'),
      unit('d', 'Ålesund-teamet', 'a'),
    ]);
    expect(options).toEqual([
      { id: 'a', label: 'Helse og omsorg' },
      { id: 'b', label: 'Helse og omsorg / Hjemmetjenesten' },
      { id: 'd', label: 'Helse og omsorg / Ålesund-teamet' },
    ]);
  });
});

describe('orgAdminFieldError', () => {
  it('explains the API field problems in the user language, also inside memberships', async () => {
    await i18n.changeLanguage('nb');
    const t = i18n.getFixedT('nb', 'orgadmin');
    const problem = {
      code: 'BAD_USER_INPUT' as const,
      fields: [
        { field: 'email', message: 'is already used by another person' },
        { field: 'memberships.1.unitId', message: 'is required for LEADER' },
      ],
    };
    expect(orgAdminFieldError(t, problem, 'email')).toBe('Skriv en gyldig e-postadresse som ingen andre bruker.');
    expect(orgAdminFieldError(t, problem, 'memberships.1.unitId')).toBe('Velg en enhet for denne rollen.');
    expect(orgAdminFieldError(t, problem, 'name')).toBeUndefined();
    expect(orgAdminFieldError(t, null, 'email')).toBeUndefined();
  });
});
