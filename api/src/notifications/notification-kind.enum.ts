import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** A response on a suggestion you submitted or follow. */
  RESPONSE_RECEIVED = 'RESPONSE_RECEIVED',
  /** A deadline of your unit passed without an answer (the unit's leaders). */
  DEADLINE_MISSED = 'DEADLINE_MISSED',
  /** A missed deadline was escalated to you (parent unit's leaders, or admins at the top). */
  ESCALATED = 'ESCALATED',
  /** Your suggestion's missed deadline was escalated (the submitter). */
  ESCALATION_NOTICE = 'ESCALATION_NOTICE',
  /** A new suggestion in your unit (its leaders). */
  SUGGESTION_SUBMITTED = 'SUGGESTION_SUBMITTED',
  /** A suggestion was assigned to you. */
  ASSIGNED = 'ASSIGNED',
  /** Your suggestion was merged into another; you now follow that one. */
  MERGED = 'MERGED',
  /** Your suggestion reached a final status: «Fikk du et svar du kan bruke?». */
  RATE_ANSWER = 'RATE_ANSWER',
  /** A success story built on a suggestion you were part of was published. */
  STORY_PUBLISHED = 'STORY_PUBLISHED',
  /** A new comment on a suggestion you submitted or follow. */
  COMMENT_ADDED = 'COMMENT_ADDED',
  /** Your suggestion's unit was closed and the suggestion moved to another unit (the submitter). */
  SUGGESTION_MOVED = 'SUGGESTION_MOVED',
  /** Someone adopted («Vi vil prøve dette») a success story: its author and its municipality's digital agents. */
  STORY_ADOPTED = 'STORY_ADOPTED',
  /** A deadline is near (reminderDaysBefore days ahead): whoever owes the answer (the assignee, else the unit's leaders). */
  DEADLINE_APPROACHING = 'DEADLINE_APPROACHING',
  /** A parked («Ikke nå») suggestion reached its review date: the unit's leaders (and the submitter is told it is looked at again). */
  REVIEW_DUE = 'REVIEW_DUE',
  /** «Dere sa – vi gjorde»: the month's summary of a unit, to its members (the 1st of each month). */
  UNIT_DIGEST = 'UNIT_DIGEST',
  /** Monday 07:00 Oslo: what is overdue, due this week and answered last week in a leader's units. */
  LEADER_WEEKLY = 'LEADER_WEEKLY',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });
