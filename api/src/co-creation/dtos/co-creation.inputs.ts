import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DESCRIPTION_MAX, TITLE_MAX } from '@idehub/libs';

export const COMMENT_MAX = 2000;

@ArgsType()
export class AddCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field({ description: `1–${COMMENT_MAX} characters.` })
  @IsString()
  @Length(1, COMMENT_MAX, { message: `must be 1–${COMMENT_MAX} characters` })
  body: string;
}

@ArgsType()
export class SimilarSuggestionsArgs {
  @Field({ description: 'What is being typed: the title, or title and description.' })
  @IsString()
  @MaxLength(TITLE_MAX + DESCRIPTION_MAX + 1, { message: 'is too long' })
  text: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit chosen in the form; its suggestions rank first among equals.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field(() => Int, { nullable: true, description: 'How many, 1–20 (default 5).' })
  @IsOptional()
  @IsInt()
  first?: number;
}
