import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { MembershipDto, PersonRefDto } from '../../organisation/dtos/organisation.dto';
import { SuggestionDto } from '../../suggestions/dtos/suggestion.dto';

@ObjectType('Comment', { description: 'A comment in a suggestion’s thread.' })
export class CommentDto {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'The author’s name, or «Ansatt i <unit>» where the author is the hidden submitter.' })
  authorName: string;

  @Field(() => PersonRefDto, { nullable: true, description: 'Null where the author’s name is hidden from you.' })
  author: PersonRefDto | null;

  @Field({ description: 'Whether you wrote it.' })
  byMe: boolean;

  @Field({ description: 'Whether the suggestion’s submitter wrote it.' })
  bySubmitter: boolean;
}

@ObjectType('SimilarSuggestion', { description: 'An open suggestion like the text being typed.' })
export class SimilarSuggestionDto {
  @Field(() => SuggestionDto)
  suggestion: SuggestionDto;

  @Field(() => Float, { description: 'How alike, about 0–1: Norwegian full-text match and title similarity.' })
  score: number;
}

@ObjectType('PersonProfile', {
  description: 'A person’s page: what they submitted, support and help with (as you may see it).',
})
export class PersonProfileDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [MembershipDto])
  memberships: MembershipDto[];

  @Field(() => [SuggestionDto], {
    description: 'Newest first; without those submitted with a hidden name, unless you may know.',
  })
  submitted: SuggestionDto[];

  @Field(() => [SuggestionDto], { description: 'Suggestions they support, newest first.' })
  supported: SuggestionDto[];

  @Field(() => [SuggestionDto], { description: 'Suggestions they help realise («Bli med»), newest first.' })
  coCreating: SuggestionDto[];
}
