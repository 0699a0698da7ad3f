import type { TFunction } from 'i18next';
import { fieldProblem, type Problem } from '@/lib/errors';
import type { AdminUnitsQuery } from '@/gql/graphql';

export type AdminUnit = AdminUnitsQuery['adminUnits'][number];

/** Open units as picker options, each labelled with its path from the top («Helse og omsorg / Hjemmetjenesten»). */
export function unitOptions(units: AdminUnit[]): { id: string; label: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path = (u: AdminUnit): string => {
    const parts: string[] = [];
    const seen = new Set<string>();
    for (let x: AdminUnit | undefined = u; x && !seen.has(x.id); x = x.parentId ? byId.get(x.parentId) : undefined) {
      seen.add(x.id);
      parts.unshift(x.name);
    }
    return parts.join(' / ');
  };
  return units
    .filter((u) => !u.closedAt)
    .map((u) => ({ id: u.id, label: path(u) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/** The sentence next to a field for the API's answer, in the user's language. */
export function orgAdminFieldError(t: TFunction, problem: Problem | null, field: string): string | undefined {
  if (!problem || !fieldProblem(problem, field)) return undefined;
  const key = field.replace(/^memberships\.\d+\./, '');
  if (key === 'unitId') return t('errors.unitRequired');
  return t(`errors.${key}`, { defaultValue: fieldProblem(problem, field)!.message });
}
