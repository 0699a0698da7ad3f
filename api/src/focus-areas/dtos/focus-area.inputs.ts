import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import {
  FOCUS_AREA_QUESTION_MAX,
  FOCUS_AREA_QUESTION_MIN,
  FOCUS_AREA_TITLE_MAX,
  FOCUS_AREA_TITLE_MIN,
} from '../focus-area.rules';

@InputType()
export class CreateFocusAreaInput {
  @Field()
  @IsString()
  @Length(FOCUS_AREA_TITLE_MIN, FOCUS_AREA_TITLE_MAX, {
    message: `must be ${FOCUS_AREA_TITLE_MIN}–${FOCUS_AREA_TITLE_MAX} characters`,
  })
  title: string;

  @Field({ description: 'The question or challenge put to the staff.' })
  @IsString()
  @Length(FOCUS_AREA_QUESTION_MIN, FOCUS_AREA_QUESTION_MAX, {
    message: `must be ${FOCUS_AREA_QUESTION_MIN}–${FOCUS_AREA_QUESTION_MAX} characters`,
  })
  question: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Put to this unit and the units below it (leaders of it or above, admins); omit for the whole municipality (admins).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field({ nullable: true, description: 'Default: now. A time in the past means now.' })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  opensAt?: Date;

  @Field({ description: 'After opensAt and in the future; at most a year after it opens.' })
  @IsDate({ message: 'must be a date-time' })
  closesAt: Date;
}
