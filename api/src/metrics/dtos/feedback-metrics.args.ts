import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class FeedbackMetricsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'A unit (counted with its child units): its leaders, leaders above it and admins. Omitted: the whole municipality, for everyone.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field({ description: 'Start of the period (inclusive).' })
  @IsDate()
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  @IsDate()
  to: Date;
}
