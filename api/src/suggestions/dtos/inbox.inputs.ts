import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const INBOX_DUE_WITHIN_DAYS_MAX = 90;

/**
 * The leader's inbox filters, applied in SQL to the whole inbox (not to a page of it). Every filter
 * narrows; all of them together must hold. A boolean that is false or left out does not filter.
 */
@InputType()
export class InboxFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit and the units below it; it must be one of the units of my inbox (Inbox.units).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field({ nullable: true, description: 'Only those past their deadline without an answer.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Only those not yet overdue whose deadline is within this many days (1–${INBOX_DUE_WITHIN_DAYS_MAX}); 7 is «this week», the same window as Inbox.dueSoon.`,
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: `must be between 1 and ${INBOX_DUE_WITHIN_DAYS_MAX}` })
  @Max(INBOX_DUE_WITHIN_DAYS_MAX, { message: `must be between 1 and ${INBOX_DUE_WITHIN_DAYS_MAX}` })
  dueWithinDays?: number;

  @Field({ nullable: true, description: 'Only those a leader assigned to me (I owe the answer).' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field({ nullable: true, description: 'Only confidential ones.' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}
