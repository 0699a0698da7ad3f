import { registerEnumType } from '@nestjs/graphql';

/** The report's categories of gains (same as GAIN_CATEGORIES in libs; a spec keeps them equal). */
export enum GainCategory {
  PATIENT_SAFETY_QUALITY = 'PATIENT_SAFETY_QUALITY',
  RESOURCE_USE = 'RESOURCE_USE',
  USER_INDEPENDENCE = 'USER_INDEPENDENCE',
  STAFF_MASTERY = 'STAFF_MASTERY',
}
registerEnumType(GainCategory, { name: 'GainCategory' });
