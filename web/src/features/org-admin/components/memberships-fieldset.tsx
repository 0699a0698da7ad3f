import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import type { MembershipInput, Role } from '@/gql/graphql';
import type { Problem } from '@/lib/errors';
import { type AdminUnit, orgAdminFieldError, unitOptions } from './org-admin-lib';
import '@/i18n/namespaces/orgadmin';

export interface MembershipRow {
  role: Role;
  unitId: string;
}

const ROLES: Role[] = ['STAFF', 'LEADER', 'DIGITAL_AGENT', 'ADMIN'];

export const toMembershipInput = (rows: MembershipRow[]): MembershipInput[] =>
  rows.map((r) => ({ role: r.role, unitId: r.role === 'ADMIN' ? null : r.unitId || null }));

/** Role + unit rows; ADMIN holds for the whole municipality, so it has no unit. */
export function MembershipsFieldset({
  rows,
  onChange,
  units,
  problem,
}: {
  rows: MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
  units: AdminUnit[];
  problem: Problem | null;
}) {
  const { t } = useTranslation('orgadmin');
  const { t: tc } = useTranslation();
  const options = unitOptions(units);
  const set = (i: number, change: Partial<MembershipRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const membershipsError = orgAdminFieldError(t, problem, 'memberships');

  return (
    <fieldset className="stack memberships">
      <legend>{t('editor.memberships')}</legend>
      {membershipsError ? (
        <p className="field__error" role="alert">
          <span aria-hidden="true">✕ </span>
          {problem?.fields.some((f) => f.message.includes('last active admin'))
            ? t('errors.lastAdmin')
            : membershipsError}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div key={i} className="membership-row" role="group" aria-label={t('editor.membershipN', { n: i + 1 })}>
          <FieldShell label={t('people.membershipRole')}>
            {({ id }) => (
              <select id={id} value={row.role} onChange={(e) => set(i, { role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tc(`roles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          {row.role === 'ADMIN' ? (
            <p className="field__hint">{t('people.noUnitForAdmin')}</p>
          ) : (
            <FieldShell
              label={t('people.membershipUnit')}
              required
              error={orgAdminFieldError(t, problem, `memberships.${i}.unitId`)}
            >
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  value={row.unitId}
                  onChange={(e) => set(i, { unitId: e.target.value })}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  aria-required
                >
                  <option value="">{t('units.choose')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </FieldShell>
          )}
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('editor.removeMembership', { n: i + 1 })}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...rows, { role: 'STAFF', unitId: '' }])}
        >
          {t('editor.addMembership')}
        </button>
      </div>
    </fieldset>
  );
}
