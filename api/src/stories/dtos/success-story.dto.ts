import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { MunicipalityDto, UnitDto } from '../../organisation/dtos/organisation.dto';
import { SuggestionStatus } from '../../suggestions/suggestion-status.enum';
import { SuggestionRefDto } from '../../suggestions/dtos/suggestion.dto';
import { GainCategory } from '../gain-category.enum';
import { StoryStatus } from '../story-status.enum';
import { SuccessStoryEntity } from '../success-story.entity';
import { GainEntity } from '../gain.entity';

@ObjectType('Gain', { description: 'A documented gain: a category, a description, optionally a number with its unit.' })
export class GainDto {
  @Field(() => GainCategory)
  category: GainCategory;

  @Field()
  description: string;

  @Field(() => Float, { nullable: true, description: 'The number, when the gain was measured (e.g. 6).' })
  value: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unit of the number, e.g. «timer per uke», «kr per år», «antall».',
  })
  unit: string | null;
}

export const toGainDto = (g: GainEntity): GainDto => ({
  category: g.category,
  description: g.description,
  value: g.value,
  unit: g.unit,
});

@ObjectType('Adoption', {
  description:
    'A suggestion somewhere in the hub that adopts the story («Vi vil prøve dette»). Where and how far it got is public; ' +
    'the suggestion itself only for those who may see it.',
})
export class AdoptionDto {
  @Field(() => MunicipalityDto)
  municipality: MunicipalityDto;

  @Field(() => UnitDto)
  unit: UnitDto;

  @Field(() => SuggestionStatus, { description: 'The current status of the adopting suggestion.' })
  status: SuggestionStatus;

  @Field()
  adoptedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The adopting suggestion’s title; null when it is confidential.',
  })
  title: string | null;

  @Field(() => SuggestionRefDto, { nullable: true, description: 'The adopting suggestion, when you may open it.' })
  suggestion: SuggestionRefDto | null;
}

@ObjectType('SuccessStoryRef')
export class SuccessStoryRefDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

/**
 * The public shape of a success story. Fields not listed in toSuccessStoryDto never leave the
 * server; related things (municipality, people, gains, adoptions) are resolved per reader.
 */
@ObjectType('SuccessStory')
export class SuccessStoryDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  solution: string | null;

  @Field(() => [String], { description: 'Technology involved, e.g. «Medisindispenser».' })
  technology: string[];

  @Field(() => String, { nullable: true })
  lessons: string | null;

  @Field(() => String, { nullable: true })
  trainingTips: string | null;

  @Field(() => StoryStatus)
  status: StoryStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Changes on every edit; send it back as expectedVersion to detect conflicts.' })
  version: number;

  // Internal, resolved into fields by the resolver.
  municipalityId: string;
  authorId: string;
  contactPersonId: string;
}

export function toSuccessStoryDto(s: SuccessStoryEntity): SuccessStoryDto {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    problem: s.problem,
    solution: s.solution,
    technology: s.technology,
    lessons: s.lessons,
    trainingTips: s.trainingTips,
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    publishedAt: s.publishedAt,
    version: s.version,
    municipalityId: s.municipalityId,
    authorId: s.authorId,
    contactPersonId: s.contactPersonId,
  };
}

export const SuccessStoryConnection = ConnectionType(SuccessStoryDto, 'SuccessStory');
