import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { UnitDto } from '../../organisation/dtos/organisation.dto';

const ON_TIME_RULE =
  'A suggestion’s first response is on time when the first written answer (a response or a merge) came at or before ' +
  'its first due date. An unanswered suggestion whose first due date has passed counts as not on time; one not yet due ' +
  'is left out, and so is one withdrawn by its submitter before any answer (no answer is owed any more).';

@ObjectType('FeedbackMetricsMonth', {
  description: 'One calendar month (Europe/Oslo) of the period, by submission month.',
})
export class FeedbackMetricsMonthDto {
  @Field({ description: 'The month, YYYY-MM (Europe/Oslo).' })
  month: string;

  @Field(() => Int, { description: 'Suggestions submitted in the month (within the period).' })
  submitted: number;

  @Field(() => Int, { description: `Of those, first responses that are due or given. ${ON_TIME_RULE}` })
  firstResponsesDue: number;

  @Field(() => Int, { description: 'Of those, first responses given on time.' })
  answeredOnTime: number;

  @Field(() => Int, { description: 'Of those, first responses given late, or not given by a passed due date.' })
  answeredLateOrMissing: number;

  @Field(() => Float, { nullable: true, description: 'answeredOnTime / firstResponsesDue; null when nothing is due.' })
  firstResponsesOnTime: number | null;

  @Field(() => Int, { description: 'Escalations that happened in the month (within the period), whenever submitted.' })
  escalations: number;
}

@ObjectType('FeedbackMetrics', {
  description:
    'The feedback guarantee in numbers, for a unit with its child units or for the whole municipality. ' +
    'Counted over the suggestions submitted in [from, to), confidential ones included; no suggestion content is shown.',
})
export class FeedbackMetricsDto {
  @Field()
  from: Date;

  @Field()
  to: Date;

  @Field(() => UnitDto, {
    nullable: true,
    description: 'The unit (with its child units); null for the whole municipality.',
  })
  unit: UnitDto | null;

  @Field(() => Int, { description: 'Suggestions submitted in [from, to).' })
  submitted: number;

  @Field(() => Int, { description: `The denominator of firstResponsesOnTime. ${ON_TIME_RULE}` })
  firstResponsesDue: number;

  @Field(() => Int, { description: 'First responses given on time (the numerator of firstResponsesOnTime).' })
  firstResponsesAnsweredOnTime: number;

  @Field(() => Float, {
    nullable: true,
    description: `Share (0–1) of first responses on time: firstResponsesAnsweredOnTime / firstResponsesDue; null when nothing is due. ${ON_TIME_RULE}`,
  })
  firstResponsesOnTime: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median time from submission to the first written answer, in days (24 h), two decimals; over answered suggestions; null when none.',
  })
  medianDaysToFirstResponse: number | null;

  @Field(() => Int, {
    description: 'Of the suggestions submitted in the period, how many are not in a final status now.',
  })
  openNow: number;

  @Field(() => Int, {
    description: 'Of the suggestions submitted in the period, how many have a passed, unanswered deadline now.',
  })
  overdueNow: number;

  @Field(() => Int, {
    description:
      'Of the suggestions submitted in the period, how many are parked («Ikke nå», status PARKED with a review date) now; part of openNow.',
  })
  parkedNow: number;

  @Field(() => Int, {
    description:
      'Parked suggestions that came back for review on their review date during [from, to), whenever submitted.',
  })
  returnedFromParking: number;

  @Field(() => Int, {
    description:
      'Missed deadlines escalated (by the deadline sweep) during [from, to), whenever the suggestion was submitted.',
  })
  escalations: number;

  @Field(() => Int, {
    description: 'Deadlines missed (noticed by the deadline sweep) during [from, to), whenever submitted.',
  })
  deadlinesMissed: number;

  @Field(() => Int, {
    description: 'Suggestions submitted in the period whose submitter answered «Fikk du et svar du kan bruke?».',
  })
  ratedAnswers: number;

  @Field(() => Int, { description: 'Of those, how many said yes.' })
  ratedUsefulCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of rated answers rated useful; null when none was rated.',
  })
  ratedUseful: number | null;

  @Field(() => [FeedbackMetricsMonthDto], {
    description: 'Month by month over the period, for a chart; every month listed.',
  })
  series: FeedbackMetricsMonthDto[];
}
