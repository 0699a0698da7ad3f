import { FocusAreaEntity } from './focus-area.entity';

export const FOCUS_AREA_TITLE_MIN = 5;
export const FOCUS_AREA_TITLE_MAX = 140;
export const FOCUS_AREA_QUESTION_MIN = 10;
export const FOCUS_AREA_QUESTION_MAX = 2000;
/** A focus area is time-boxed: at most a year from opening to closing. */
export const FOCUS_AREA_MAX_DAYS = 366;

type Period = Pick<FocusAreaEntity, 'opensAt' | 'closesAt' | 'closedAt'>;

/** Open from opensAt until closesAt (exclusive), unless a leader closed it earlier. */
export function isFocusAreaOpen(area: Period, now: Date): boolean {
  const t = now.getTime();
  return area.closedAt === null && area.opensAt.getTime() <= t && t < area.closesAt.getTime();
}

/** When it stopped (or will stop) taking suggestions. */
export function focusAreaEndsAt(area: Period): Date {
  return area.closedAt && area.closedAt < area.closesAt ? area.closedAt : area.closesAt;
}

/**
 * Whether a suggestion for `unitChain` (the chosen unit and the units above it, nearest first)
 * falls under the area: a municipality-wide area covers every unit; a unit's area covers that
 * unit and the units below it.
 */
export function focusAreaCovers(area: Pick<FocusAreaEntity, 'unitId'>, unitChain: string[]): boolean {
  return area.unitId === null || unitChain.includes(area.unitId);
}
