import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination';
import { UnitDto } from '../../organisation/dtos/organisation.dto';
import { SuggestionDto } from './suggestion.dto';

@ObjectType('Inbox', {
  description:
    'A leader’s open suggestions: their units and all units below. The four counts are for the whole inbox, ' +
    'whatever the filter (the overview a leader acts on); totalCount is how many pass the filter.',
})
export class InboxDto {
  @Field(() => Int, { description: 'Open suggestions in the whole inbox (not filtered).' })
  open: number;

  @Field(() => Int, { description: 'Past their deadline without an answer (whole inbox, not filtered).' })
  overdue: number;

  @Field(() => Int, { description: 'Due within the next 7 days, not yet overdue (whole inbox, not filtered).' })
  dueSoon: number;

  @Field(() => Int, { description: 'Never answered yet (whole inbox, not filtered).' })
  unanswered: number;

  @Field(() => Int, { description: 'How many open suggestions pass the filter (all pages).' })
  totalCount: number;

  @Field(() => [SuggestionDto], {
    description: 'One page of those that pass the filter: overdue first, then by due date (then submitted, id).',
  })
  suggestions: SuggestionDto[];

  @Field(() => PageInfo, { description: 'Pass endCursor as `after` for the next page («Vis flere»).' })
  pageInfo: PageInfo;

  @Field(() => [UnitDto], {
    description: 'The units this inbox covers (the choices for filter.unitId), parents before their children.',
  })
  units: UnitDto[];

  @Field(() => [SuggestionDto], {
    description:
      '«Tildelt meg»: open suggestions assigned to me (I owe the answer), in any unit; by due date. Not filtered.',
  })
  assignedToMe: SuggestionDto[];
}
