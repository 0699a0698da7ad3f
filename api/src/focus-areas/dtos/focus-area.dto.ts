import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FocusAreaEntity } from '../focus-area.entity';

/** An innsatsområde as clients see it. Viewer-dependent and related fields are resolved per reader. */
@ObjectType('FocusArea', { description: 'Innsatsområde: a time-boxed question suggestions can answer.' })
export class FocusAreaDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The question or challenge.' })
  question: string;

  @Field()
  opensAt: Date;

  @Field({ description: 'When it is planned to close.' })
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when it was closed before closesAt.' })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  // Internal, resolved by the resolver.
  municipalityId: string;
  unitId: string | null;
  createdById: string;
}

export const toFocusAreaDto = (a: FocusAreaEntity): FocusAreaDto => ({
  id: a.id,
  title: a.title,
  question: a.question,
  opensAt: a.opensAt,
  closesAt: a.closesAt,
  closedAt: a.closedAt,
  createdAt: a.createdAt,
  municipalityId: a.municipalityId,
  unitId: a.unitId,
  createdById: a.createdById,
});
