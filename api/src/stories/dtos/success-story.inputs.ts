import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  GAIN_DESCRIPTION_MAX,
  GAIN_DESCRIPTION_MIN,
  GAIN_UNIT_MAX,
  GAIN_VALUE_MAX,
  STORY_GAINS_MAX,
  STORY_SUGGESTIONS_MAX,
  STORY_SUMMARY_MAX,
  STORY_SUMMARY_MIN,
  STORY_TECHNOLOGY_MAX_ITEMS,
  STORY_TECHNOLOGY_NAME_MAX,
  STORY_TECHNOLOGY_NAME_MIN,
  STORY_TEXT_MAX,
  TITLE_MAX,
  TITLE_MIN,
} from '@idehub/libs';
import { GainCategory } from '../gain-category.enum';

/** Surrounding whitespace is never meant; an optional text that is only whitespace is no text. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v)) : value;
const blankToUndefined = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? undefined : trimmed;
};

const length = (min: number, max: number) => ({ message: `must be ${min}–${max} characters` });
const atMost = (max: number) => ({ message: `must be at most ${max} characters` });
const measured = (o: GainInput) =>
  (o.value !== undefined && o.value !== null) || (o.unit !== undefined && o.unit !== null);

@InputType()
export class GainInput {
  @Field(() => GainCategory)
  @IsEnum(GainCategory, { message: 'must be one of the gain categories' })
  category: GainCategory;

  @Field({ description: 'e.g. «Sparte 6 timer per uke på medisinrunden».' })
  @Transform(trim)
  @IsString()
  @Length(GAIN_DESCRIPTION_MIN, GAIN_DESCRIPTION_MAX, length(GAIN_DESCRIPTION_MIN, GAIN_DESCRIPTION_MAX))
  description: string;

  @Field(() => Float, { nullable: true, description: 'Zero or more; give it with a unit, or leave both out.' })
  @ValidateIf(measured)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number when a unit is given' })
  @Min(0, { message: 'must be zero or more (describe a reduction in words, e.g. «færre fall per måned»)' })
  @Max(GAIN_VALUE_MAX, { message: `must be at most ${GAIN_VALUE_MAX}` })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. «timer per uke», «kr per år», «antall».' })
  @Transform(blankToUndefined)
  @ValidateIf(measured)
  @IsString({ message: 'is required when a value is given' })
  @MinLength(1, { message: 'is required when a value is given' })
  @MaxLength(GAIN_UNIT_MAX, atMost(GAIN_UNIT_MAX))
  unit?: string | null;
}

@InputType({ isAbstract: true })
abstract class StoryTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(STORY_TEXT_MAX, atMost(STORY_TEXT_MAX))
  problem?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(STORY_TEXT_MAX, atMost(STORY_TEXT_MAX))
  solution?: string | null;

  @Field(() => [String], { nullable: true, description: 'e.g. «Medisindispenser», «Fallsensor».' })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(STORY_TECHNOLOGY_MAX_ITEMS, { message: `must list at most ${STORY_TECHNOLOGY_MAX_ITEMS} technologies` })
  @IsString({ each: true })
  @Length(STORY_TECHNOLOGY_NAME_MIN, STORY_TECHNOLOGY_NAME_MAX, {
    each: true,
    message: `must each be ${STORY_TECHNOLOGY_NAME_MIN}–${STORY_TECHNOLOGY_NAME_MAX} characters`,
  })
  technology?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(STORY_TEXT_MAX, atMost(STORY_TEXT_MAX))
  lessons?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(STORY_TEXT_MAX, atMost(STORY_TEXT_MAX))
  trainingTips?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Whom others ask; a person of your municipality. Default: the author.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  contactPersonId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Implemented suggestions of your municipality the story grew from.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_SUGGESTIONS_MAX, { message: `must list at most ${STORY_SUGGESTIONS_MAX} suggestions` })
  @IsUUID('all', { each: true, message: 'must each be the id of a suggestion' })
  suggestionIds?: string[] | null;

  @Field(() => [GainInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_GAINS_MAX, { message: `must list at most ${STORY_GAINS_MAX} gains` })
  @ValidateNested({ each: true })
  @Type(() => GainInput)
  gains?: GainInput[] | null;
}

@InputType()
export class CreateSuccessStoryInput extends StoryTextInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, length(TITLE_MIN, TITLE_MAX))
  title: string;

  @Field()
  @Transform(trimText)
  @IsString()
  @Length(STORY_SUMMARY_MIN, STORY_SUMMARY_MAX, length(STORY_SUMMARY_MIN, STORY_SUMMARY_MAX))
  summary: string;
}

/** Changes a draft. Omitted fields stay as they are; null clears an optional text; lists given replace the old ones. */
@InputType()
export class UpdateSuccessStoryInput extends StoryTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a success story' })
  id: string;

  @Field({ nullable: true })
  @ValidateIf((_o, value) => value !== undefined)
  @Transform(trim)
  @IsString({ message: 'cannot be empty' })
  @Length(TITLE_MIN, TITLE_MAX, length(TITLE_MIN, TITLE_MAX))
  title?: string;

  @Field({ nullable: true })
  @ValidateIf((_o, value) => value !== undefined)
  @Transform(trimText)
  @IsString({ message: 'cannot be empty' })
  @Length(STORY_SUMMARY_MIN, STORY_SUMMARY_MAX, length(STORY_SUMMARY_MIN, STORY_SUMMARY_MAX))
  summary?: string;

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
export class SuccessStoryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a municipality' })
  municipalityId?: string;

  @Field({ nullable: true, description: 'Stories involving this technology (case does not matter).' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(STORY_TECHNOLOGY_NAME_MAX, atMost(STORY_TECHNOLOGY_NAME_MAX))
  technology?: string;

  @Field(() => GainCategory, { nullable: true, description: 'Stories with at least one gain in this category.' })
  @IsOptional()
  @IsEnum(GainCategory, { message: 'must be one of the gain categories' })
  gainCategory?: GainCategory;

  @Field({
    nullable: true,
    description: 'Full-text search (Norwegian) in title, summary, problem, solution and lessons.',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200, atMost(200))
  search?: string;

  @Field({
    nullable: true,
    description:
      'Also drafts you may see: your own, and for leaders, digital agents and admins those of your municipality. Default: published only.',
  })
  @IsOptional()
  @IsBoolean()
  includeMyDrafts?: boolean;
}

@InputType()
export class AdoptSuccessStoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a success story' })
  storyId: string;

  @Field(() => ID, { description: 'A unit of your own municipality, where the suggestion is submitted.' })
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId: string;

  @Field({ nullable: true, description: 'Default: «Vi vil prøve: <story title>».' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, length(TITLE_MIN, TITLE_MAX))
  title?: string;

  @Field({ nullable: true, description: 'Default: built from the story’s summary.' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @Length(DESCRIPTION_MIN, DESCRIPTION_MAX, length(DESCRIPTION_MIN, DESCRIPTION_MAX))
  description?: string;

  @Field({ nullable: true, description: 'Only you, the unit’s leaders (and above) and admins see the suggestion.' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @Field({ nullable: true, description: 'Colleagues see «Ansatt i <unit>» instead of your name.' })
  @IsOptional()
  @IsBoolean()
  hideName?: boolean;
}

@InputType()
export class GainsDashboardFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a municipality' })
  municipalityId?: string;

  @Field(() => Date, { nullable: true, description: 'Stories published at or after this time.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Stories published before this time.' })
  @IsOptional()
  to?: Date;
}
