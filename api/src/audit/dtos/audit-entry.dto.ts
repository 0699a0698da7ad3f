import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { PersonRefDto } from '../../organisation/dtos/organisation.dto';

@ObjectType('AuditChange', { description: 'One field that differs between before and after.' })
export class AuditChangeDto {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null when it did not exist.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when it no longer exists.' })
  after: string | null;
}

@ObjectType('AuditReference', { description: 'A person, unit or suggestion an entry mentions by id, with its name.' })
export class AuditReferenceDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The person’s or unit’s name, or the suggestion’s title.' })
  name: string;

  @Field({ description: 'PERSON, UNIT or SUGGESTION.' })
  kind: 'PERSON' | 'UNIT' | 'SUGGESTION';
}

@ObjectType('AuditEntry', { description: 'Who did what, when, with the state before and after.' })
export class AuditEntryDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. suggestion.response, suggestion.assign, suggestion.merge, municipality.settings.' })
  action: string;

  @Field({ description: 'suggestion, municipality, …' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field()
  at: Date;

  @Field(() => PersonRefDto, { nullable: true, description: 'Null when the system acted (the deadline sweep).' })
  actor: PersonRefDto | null;

  @Field({ description: 'The actor’s name, or «system».' })
  actorName: string;

  @Field(() => String, { nullable: true, description: 'The recorded state before, as a JSON object.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The recorded state after, as a JSON object.' })
  after: string | null;

  @Field(() => [AuditChangeDto], { description: 'The fields that differ between before and after.' })
  changes: AuditChangeDto[];

  @Field(() => [AuditReferenceDto], {
    description: 'Names of the people, units and suggestions of this municipality that before/after mention by id.',
  })
  references: AuditReferenceDto[];
}

export const AuditEntryConnection = ConnectionType(AuditEntryDto, 'AuditEntry');
