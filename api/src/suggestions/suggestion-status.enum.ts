import { registerEnumType } from '@nestjs/graphql';

export enum SuggestionStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  /** «Ikke nå»: not now; comes back to the leaders on its review date (reviewOn). */
  PARKED = 'PARKED',
  IMPLEMENTED = 'IMPLEMENTED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });
