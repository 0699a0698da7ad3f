import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
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
}
