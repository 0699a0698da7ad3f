import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { SuggestionRefDto } from '../../suggestions/dtos/suggestion.dto';
import { SuggestionStatus } from '../../suggestions/suggestion-status.enum';
import { NotificationKind } from '../notification-kind.enum';

@ObjectType('LeaderWeeklySummary', { description: 'What the weekly leader e-mail counted (LEADER_WEEKLY).' })
export class LeaderWeeklySummaryDto {
  @Field(() => Int, { description: 'Open suggestions past their deadline.' })
  overdue: number;

  @Field(() => Int, { description: 'Open suggestions due by Sunday 23:59 (Oslo).' })
  dueThisWeek: number;

  @Field(() => Int, { description: 'Suggestions answered last week.' })
  answeredLastWeek: number;
}

/**
 * One in-app notification of the signed-in person. The content fields come from what was true
 * when the event happened, and are null (with `suggestion`) when the reader can no longer see the
 * suggestion, e.g. because it became confidential.
 */
@ObjectType('Notification')
export class NotificationDto {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt: Date | null;

  @Field(() => SuggestionRefDto, {
    nullable: true,
    description: 'The suggestion it is about; null when there is none or you can no longer see it.',
  })
  suggestion: SuggestionRefDto | null;

  @Field(() => String, { nullable: true, description: 'The suggestion’s title when the event happened.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The response text (RESPONSE_RECEIVED).' })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'Who responded or assigned; null for the system (deadlines).' })
  actorName: string | null;

  @Field(() => SuggestionStatus, { nullable: true, description: 'The status before a status change.' })
  fromStatus: SuggestionStatus | null;

  @Field(() => SuggestionStatus, { nullable: true, description: 'The status after a response, or the final status.' })
  toStatus: SuggestionStatus | null;

  @Field(() => String, { nullable: true, description: 'The suggestion’s unit (SUGGESTION_SUBMITTED, deadlines).' })
  unitName: string | null;

  @Field(() => [String], { description: 'Who a missed deadline was escalated to (ESCALATION_NOTICE).' })
  escalatedTo: string[];

  @Field(() => ID, { nullable: true, description: 'The success story it is about (STORY_ADOPTED, STORY_PUBLISHED).' })
  storyId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: '«Ikke nå»: the review date (RESPONSE_RECEIVED of a PARKED answer, REVIEW_DUE).',
  })
  reviewOn: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'REVIEW_DUE: when the new written answer is due.',
  })
  reviewAnswerDueAt: Date | null;

  @Field({
    description:
      'REVIEW_DUE: true for the submitter’s notice (their suggestion is being looked at again), false for those who owe the answer.',
  })
  forSubmitter: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'The deadline it is about (DEADLINE_APPROACHING, DEADLINE_MISSED, escalations).',
  })
  dueAt: Date | null;

  @Field(() => LeaderWeeklySummaryDto, { nullable: true, description: 'The week’s counts (LEADER_WEEKLY).' })
  weekly: LeaderWeeklySummaryDto | null;
  @Field(() => ID, { nullable: true, description: 'The unit whose month it tells (UNIT_DIGEST).' })
  unitId: string | null;
  @Field(() => String, { nullable: true, description: 'The month it tells, YYYY-MM (UNIT_DIGEST).' })
  month: string | null;
}

export const NotificationConnection = ConnectionType(NotificationDto, 'Notification');
