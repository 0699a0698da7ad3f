import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import nb from '@/i18n/orgimport.nb.json';
import en from '@/i18n/orgimport.en.json';
import type { ImportAnswer } from '../api/organisation-import';
import { ImportErrors, ImportSummary } from './import-summary';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

// Every code the API sends (libs rules, the service's cross-row checks, the file parser).
const CODES = [
  'NAME_MISSING',
  'NAME_TOO_LONG',
  'NAME_PATIENT_IDENTIFIER',
  'EMAIL_MISSING',
  'EMAIL_INVALID',
  'UNIT_MISSING',
  'UNIT_INVALID',
  'UNIT_TOO_LONG',
  'ROLE_UNKNOWN',
  'EMPLOYEE_ID_TOO_LONG',
  'EMPLOYEE_ID_PATIENT_IDENTIFIER',
  'EMPLOYEE_ID_DUPLICATE',
  'EMAIL_DUPLICATE',
  'EMAIL_OTHER_MUNICIPALITY',
  'EMAIL_TAKEN',
  'EMPLOYEE_ID_MISMATCH',
  'PERSON_ANONYMISED',
  'PERSON_DUPLICATE',
  'OWN_ADMIN_ROLE',
  'FILE_EMPTY',
  'FILE_ENCODING',
  'FILE_UNREADABLE',
  'FILE_TOO_LARGE',
  'HEADER_MISSING',
  'HEADER_DUPLICATE',
];

const answer: ImportAnswer = {
  dryRun: true,
  applied: false,
  rows: 4,
  units: { created: 2, moved: 1, renamed: 0 },
  people: { created: 3, updated: 1, deactivated: 0 },
  memberships: { added: 5, removed: 2 },
  errors: [],
};

describe('organisation import texts and tables', () => {
  afterEach(() => i18n.changeLanguage('nb'));

  it('has the same keys in bokmål and English, and a sentence for every code the API sends', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
    for (const code of CODES) {
      expect(nb.problem).toHaveProperty(code);
      expect(en.problem).toHaveProperty(code);
    }
  });

  it('shows the counts as a table with row headings', () => {
    render(
      <>
        <h3 id="cap">Endringer</h3>
        <ImportSummary answer={answer} captionId="cap" />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Endringer' });
    expect(within(table).getByRole('rowheader', { name: 'Enheter opprettet' }).nextSibling?.textContent).toBe('2');
    expect(within(table).getByRole('rowheader', { name: 'Roller i enheter fjernet' }).nextSibling?.textContent).toBe(
      '2',
    );
  });

  it('lists errors by line and column in the reader’s language, with the API’s details', async () => {
    const errors = [
      { line: 1, column: null, code: 'OWN_ADMIN_ROLE', message: 'x' },
      {
        line: 8,
        column: 'epost',
        code: 'EMPLOYEE_ID_DUPLICATE',
        message: 'The employee id 30005 is on line 7 with the e-mail a@b.no.',
        params: { otherLine: 7 },
      },
      { line: 9, column: 'rolle', code: 'SOMETHING_NEW', message: 'A problem the web does not know yet.' },
    ];
    const { rerender } = render(<ImportErrors errors={errors} />);
    const table = screen.getByRole('table', { name: '3 feil i filen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '(hele filen)', nb.problem.OWN_ADMIN_ROLE],
      ['8', 'epost', 'Samme ansattnummer står på linje 7 med en annen e-post eller et annet navn.'],
      ['9', 'rolle', 'A problem the web does not know yet.'],
    ]);
    await i18n.changeLanguage('en');
    rerender(<ImportErrors errors={errors.slice(1, 2)} />);
    expect(screen.getByRole('table', { name: '1 error in the file' })).toHaveTextContent(
      'The same employee number is on line 7 with another e-mail or name.',
    );
  });
});
