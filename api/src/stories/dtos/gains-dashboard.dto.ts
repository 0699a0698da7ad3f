import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MunicipalityDto } from '../../organisation/dtos/organisation.dto';
import { GainCategory } from '../gain-category.enum';

@ObjectType('GainTotal', {
  description:
    'Gains of one category with one unit of measure: the sum of their numbers and how many there are. ' +
    'unit and sum are null for the gains described without a number (then only count).',
})
export class GainTotalDto {
  @Field(() => GainCategory)
  category: GainCategory;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  sum: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('MunicipalityGainTotal')
export class MunicipalityGainTotalDto extends GainTotalDto {
  @Field(() => MunicipalityDto)
  municipality: MunicipalityDto;
}

@ObjectType('MonthlyGainTotal')
export class MonthlyGainTotalDto extends GainTotalDto {
  @Field({ description: 'Month of publication in Norwegian time, YYYY-MM.' })
  month: string;
}

@ObjectType('GainsDashboard', { description: 'Documented gains of published stories.' })
export class GainsDashboardDto {
  @Field(() => Int, { description: 'Published stories in the selection.' })
  storyCount: number;

  @Field(() => Int, { description: 'Gains of those stories.' })
  gainCount: number;

  @Field(() => Int, { description: 'Suggestions anywhere in the hub that adopt those stories.' })
  adoptionCount: number;

  @Field(() => [GainTotalDto])
  byCategory: GainTotalDto[];

  @Field(() => [MunicipalityGainTotalDto])
  byMunicipality: MunicipalityGainTotalDto[];

  @Field(() => [MonthlyGainTotalDto])
  byMonth: MonthlyGainTotalDto[];
}
