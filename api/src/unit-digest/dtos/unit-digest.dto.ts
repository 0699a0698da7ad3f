import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonRefDto, UnitDto, toUnitDto } from '../../organisation/dtos/organisation.dto';
import { UnitEntity } from '../../organisation/unit.entity';
import { GainDto } from '../../stories/dtos/success-story.dto';
import { SuggestionStatus } from '../../suggestions/suggestion-status.enum';
import { bestItems, DigestItem, UnitDigest } from '../unit-digest';

@ObjectType('UnitDigestStory', { description: 'A published success story that grew from the suggestion.' })
export class UnitDigestStoryDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [GainDto], { description: 'Its documented gains, in the order the author wrote them.' })
  gains: GainDto[];
}

@ObjectType('UnitDigestItem', { description: '«Dere sa … – vi gjorde …»: one suggestion answered in the month.' })
export class UnitDigestItemDto {
  @Field(() => ID)
  suggestionId: string;

  @Field()
  title: string;

  @Field(() => SuggestionStatus, { description: 'The status its latest answer of the month left it in.' })
  status: SuggestionStatus;

  @Field({ description: 'An answer in the month set it to IMPLEMENTED.' })
  implemented: boolean;

  @Field({ description: 'The month brought its first written answer.' })
  firstAnswer: boolean;

  @Field()
  answeredAt: Date;

  @Field({ description: 'The latest answer of the month in short (about 200 characters, cut at a word).' })
  answerSummary: string;

  @Field(() => Int)
  supportCount: number;

  @Field(() => [UnitDigestStoryDto])
  stories: UnitDigestStoryDto[];
}

@ObjectType('UnitDigest', {
  description:
    '«Dere sa – vi gjorde»: what came of a unit’s suggestions in one Oslo calendar month. The unit itself (not the ' +
    'units below it); confidential suggestions never appear, in lists or counts.',
})
export class UnitDigestDto {
  @Field(() => UnitDto)
  unit: UnitDto;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field({ description: 'Its first instant (midnight on the 1st, Oslo time).' })
  from: Date;

  @Field({ description: 'The first instant after it.' })
  to: Date;

  @Field({ description: 'Whether the month is over (false: the current month so far).' })
  complete: boolean;

  @Field(() => [UnitDigestItemDto], {
    description:
      'Suggestions answered in the month: their first written answer, or an answer that changed their status. ' +
      'Implemented first, then the latest answers.',
  })
  items: UnitDigestItemDto[];

  @Field(() => [UnitDigestItemDto], {
    description:
      'The month’s three best stories of change (the poster’s): implemented first, then documented gains, then support.',
  })
  highlights: UnitDigestItemDto[];

  @Field(() => Int)
  answeredCount: number;

  @Field(() => Int)
  implementedCount: number;

  @Field(() => Int, { description: 'Suggestions submitted in the month whose first answer was due (statistics page).' })
  firstResponsesDue: number;

  @Field(() => Int)
  firstResponsesAnsweredOnTime: number;

  @Field(() => Float, { nullable: true, description: 'Answered on time / due, 0–1; null when nothing was due.' })
  firstResponsesOnTime: number | null;

  @Field(() => [PersonRefDto], {
    description:
      'Thanks: the submitters (unless they hid their name) and the co-creators («Bli med») of the month’s suggestions.',
  })
  thanks: PersonRefDto[];
}

const toItemDto = (i: DigestItem): UnitDigestItemDto => ({
  suggestionId: i.suggestionId,
  title: i.title,
  status: i.status,
  implemented: i.implemented,
  firstAnswer: i.firstAnswer,
  answeredAt: i.answeredAt,
  answerSummary: i.answerSummary,
  supportCount: i.supportCount,
  stories: i.stories.map((s) => ({
    id: s.id,
    title: s.title,
    gains: s.gains.map((g) => ({ category: g.category, description: g.description, value: g.value, unit: g.unit })),
  })),
});

export const toUnitDigestDto = (unit: UnitEntity, d: UnitDigest, now: Date): UnitDigestDto => ({
  unit: toUnitDto(unit),
  month: d.month,
  from: d.from,
  to: d.to,
  complete: d.to.getTime() <= now.getTime(),
  items: d.items.map(toItemDto),
  highlights: bestItems(d.items).map(toItemDto),
  answeredCount: d.answeredCount,
  implementedCount: d.implementedCount,
  firstResponsesDue: d.firstResponsesDue,
  firstResponsesAnsweredOnTime: d.firstResponsesAnsweredOnTime,
  firstResponsesOnTime: d.firstResponsesOnTime,
  thanks: d.thanks.map((p) => ({ id: p.id, name: p.name })),
});
