import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SuggestionDto } from './suggestion.dto';

@ObjectType('Inbox', { description: 'A leader’s open suggestions: their units and all units below.' })
export class InboxDto {
  @Field(() => Int)
  open: number;

  @Field(() => Int, { description: 'Past their deadline without an answer.' })
  overdue: number;

  @Field(() => Int, { description: 'Due within the next 7 days (not yet overdue).' })
  dueSoon: number;

  @Field(() => Int, { description: 'Never answered yet.' })
  unanswered: number;

  @Field(() => [SuggestionDto], { description: 'Overdue first, then by due date.' })
  suggestions: SuggestionDto[];

  @Field(() => [SuggestionDto], {
    description: '«Tildelt meg»: open suggestions assigned to me (I owe the answer), in any unit; by due date.',
  })
  assignedToMe: SuggestionDto[];
}
