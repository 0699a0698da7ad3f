import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { actionKey, describeAuditValue } from './audit-value';

const HJEMME = '7c3a0bdc-d368-4b10-85cd-5a311a8b53dd';
const names = new Map([[HJEMME, 'Hjemmetjenesten']]);
const describe_ = (value: unknown) => describeAuditValue(i18n.t.bind(i18n), JSON.stringify(value), (v) => v, names);

describe('describeAuditValue: roles and group mappings', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('says a membership in words: the role, the unit by name, and where it came from', () => {
    expect(
      describe_([
        { role: 'LEADER', unitId: HJEMME, source: 'SSO' },
        { role: 'ADMIN', unitId: null, source: 'MANUAL' },
      ]),
    ).toBe('Leder, Hjemmetjenesten (fra innlogging), Administrator, hele kommunen (lagt inn her)');
    expect(describe_([{ role: 'STAFF', unitId: HJEMME }])).toBe('Ansatt, Hjemmetjenesten');
  });

  it('says a group mapping with its group', () => {
    expect(describe_([{ group: 'g-hjemme-leder', unitId: HJEMME, role: 'LEADER' }])).toBe(
      'g-hjemme-leder → Leder, Hjemmetjenesten',
    );
  });

  it('in English', async () => {
    await i18n.changeLanguage('en');
    expect(describe_([{ role: 'LEADER', unitId: null, source: 'IMPORT' }])).toBe(
      'Leader, the whole municipality (from import)',
    );
  });
});

describe('describeAuditValue: the reasons the API records in English', () => {
  it.each([
    ['nb', 'admin', 'av en administrator'],
    [
      'nb',
      'the identity provider sent no group list (groups overage)',
      'innloggingstjenesten sendte ingen gruppeliste (for mange grupper)',
    ],
    ['en', 'unit closed', 'the unit was closed'],
    ['nb', 'missing from the organisation import', 'manglet i organisasjonsimporten'],
  ])('%s: %s', async (language, recorded, said) => {
    await i18n.changeLanguage(language);
    expect(describe_(recorded)).toBe(said);
  });

  it('leaves other text as it was', async () => {
    await i18n.changeLanguage('nb');
    expect(describe_('Bedre rutiner: kveld')).toBe('Bedre rutiner: kveld');
    expect(describe_('constructor')).toBe('constructor');
  });
});

describe('audit actions and fields have names in both languages', () => {
  // Every action the API records (api/src: `action: '…'`), and the fields of the people, units and sign-in entries.
  const actions = [
    'person.create',
    'person.update',
    'person.memberships',
    'person.identity.link',
    'person.password_set',
    'person.export',
    'person.anonymise',
    'person.deactivate',
    'person.reactivate',
    'sso.settings',
    'suggestion.move',
    'suggestion.review_due',
    'suggestions.export',
    'unit.create',
    'unit.close',
    'unit.move',
    'unit.rename',
  ];
  const fields = ['memberships', 'added', 'removed', 'kept', 'source', 'parentId', 'localLoginEnabled', 'reviewOn'];

  it.each(['nb', 'en'])('%s', async (language) => {
    await i18n.changeLanguage(language);
    for (const action of actions) expect(i18n.exists(`admin:audit.action.${actionKey(action)}`), action).toBe(true);
    for (const field of fields) expect(i18n.exists(`admin:audit.field.${field}`), field).toBe(true);
    for (const entity of ['person', 'unit', 'import']) {
      expect(i18n.exists(`admin:audit.entity.${entity}`), entity).toBe(true);
    }
  });
});
