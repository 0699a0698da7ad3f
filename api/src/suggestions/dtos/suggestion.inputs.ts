import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX, TITLE_MIN } from '@idehub/libs';
import { SuggestionStatus } from '../suggestion-status.enum';

@InputType()
export class SubmitSuggestionInput {
  @Field()
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, { message: `must be ${TITLE_MIN}–${TITLE_MAX} characters` })
  title: string;

  @Field()
  @IsString()
  @Length(DESCRIPTION_MIN, DESCRIPTION_MAX, { message: `must be ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters` })
  description: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId: string;

  @Field({ nullable: true, description: 'Only the submitter, the unit’s leaders (and above) and admins see it.' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @Field({ nullable: true, description: 'Colleagues see «Ansatt i <unit>» instead of the name; leaders still see it.' })
  @IsOptional()
  @IsBoolean()
  hideName?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a focus area' })
  focusAreaId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A digital agent registers it for this colleague, who gets the answers.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  onBehalfOfId?: string;
}

@InputType()
export class RespondToSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field({ description: 'The written answer to the submitter: at least 20 characters.' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  message: string;

  @Field(() => SuggestionStatus, { nullable: true, description: 'Omit for a progress update without a status change.' })
  @IsOptional()
  status?: SuggestionStatus;

  @Field(() => Date, {
    nullable: true,
    description:
      '«Ikke nå»: the date to look at it again, 1–365 days ahead (YYYY-MM-DD, read as a date in Oslo; a date-time is ' +
      'taken as its Oslo date). Required with status PARKED, refused with any other status.',
  })
  @IsOptional()
  reviewOn?: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; a different current version gives CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class SuggestionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field(() => [SuggestionStatus], { nullable: true })
  @IsOptional()
  status?: SuggestionStatus[];

  @Field({ nullable: true, description: 'Full-text search (Norwegian) in title and description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only suggestions I submitted.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
