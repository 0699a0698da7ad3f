import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class WithdrawSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field({ nullable: true, description: 'Why, optionally; the leaders see it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class AssignSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field(() => ID, { nullable: true, description: 'A leader or digital agent of the municipality; null to unassign.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  personId?: string | null;
}

@InputType()
export class MergeSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field(() => ID, { description: 'The open suggestion it is merged into.' })
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  targetId: string;

  @Field({ description: 'The written answer to the submitter: at least 20 characters.' })
  @IsString()
  @MaxLength(5000)
  message: string;
}

@ArgsType()
export class RateAnswerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a suggestion' })
  suggestionId: string;

  @Field()
  @IsBoolean()
  useful: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
