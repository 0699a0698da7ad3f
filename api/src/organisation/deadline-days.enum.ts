import { registerEnumType } from '@nestjs/graphql';
import type { DeadlineDayKind } from '@idehub/libs';

/** How a municipality counts deadline days (the rule itself is in libs/src/deadlines.ts). */
export enum DeadlineDays {
  /** Every day counts (the default). */
  CALENDAR = 'CALENDAR',
  /** Weekends and Norwegian public holidays are skipped (Oslo dates). */
  WORKING = 'WORKING',
}
registerEnumType(DeadlineDays, {
  name: 'DeadlineDays',
  description: 'CALENDAR: every day counts. WORKING: weekends and Norwegian public holidays are skipped.',
});

// The enum and the rule's type list the same names.
const _sameNames: Record<DeadlineDayKind, DeadlineDays> = {
  CALENDAR: DeadlineDays.CALENDAR,
  WORKING: DeadlineDays.WORKING,
};
void _sameNames;
