/**
 * The API's limits for focus areas (api/src/focus-areas/focus-area.rules.ts), mirrored so the form
 * explains them before sending. The API checks them again and names the field when they differ.
 */
export const FOCUS_AREA_TITLE_MIN = 5;
export const FOCUS_AREA_TITLE_MAX = 140;
export const FOCUS_AREA_QUESTION_MIN = 10;
export const FOCUS_AREA_QUESTION_MAX = 2000;
export const FOCUS_AREA_MAX_DAYS = 366;

export type FocusAreaPhase = 'OPEN' | 'UPCOMING' | 'ENDED';

export function focusAreaPhase(area: { isOpen: boolean; opensAt: string }, now: Date = new Date()): FocusAreaPhase {
  if (area.isOpen) return 'OPEN';
  return new Date(area.opensAt).getTime() > now.getTime() ? 'UPCOMING' : 'ENDED';
}

/** A unit and every unit below it, from a flat list with parent ids. */
export function selfAndDescendants(unitIds: string[], units: { id: string; parentId?: string | null }[]): Set<string> {
  const result = new Set(unitIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** A unit and every unit above it. */
export function selfAndAncestors(unitId: string, units: { id: string; parentId?: string | null }[]): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result = new Set<string>();
  let current: string | null | undefined = unitId;
  while (current && !result.has(current)) {
    result.add(current);
    current = byId.get(current)?.parentId;
  }
  return result;
}
