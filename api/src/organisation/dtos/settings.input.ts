import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DeadlineDays } from '../deadline-days.enum';
import { DEADLINE_DAYS_MAX, DEADLINE_DAYS_MIN } from '@idehub/libs';

const range = { message: `must be a whole number of days from ${DEADLINE_DAYS_MIN} to ${DEADLINE_DAYS_MAX}` };

@InputType()
export class MunicipalitySettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(range)
  @Min(DEADLINE_DAYS_MIN, range)
  @Max(DEADLINE_DAYS_MAX, range)
  firstResponseDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(range)
  @Min(DEADLINE_DAYS_MIN, range)
  @Max(DEADLINE_DAYS_MAX, range)
  updateIntervalDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(range)
  @Min(DEADLINE_DAYS_MIN, range)
  @Max(DEADLINE_DAYS_MAX, range)
  escalationGraceDays?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days before a deadline to remind whoever owes the answer; 0 = off.',
  })
  @IsOptional()
  @IsInt(range)
  @Min(0, range)
  @Max(DEADLINE_DAYS_MAX, range)
  reminderDaysBefore?: number;

  @Field(() => DeadlineDays, { nullable: true })
  @IsOptional()
  @IsEnum(DeadlineDays, { message: 'must be CALENDAR or WORKING' })
  deadlineDays?: DeadlineDays;
}
