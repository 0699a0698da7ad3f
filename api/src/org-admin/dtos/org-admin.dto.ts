import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { MembershipSource } from '../../organisation/membership-source.enum';
import { Role } from '../../organisation/role.enum';

@ObjectType('AdminUnit', { description: 'A unit as admins manage it, closed ones included.' })
export class AdminUnitDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the unit was closed; closed units stay for history.' })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Active people with a membership in this unit.' })
  memberCount: number;

  @Field(() => Int, { description: 'Suggestions of this unit not yet closed.' })
  openSuggestionCount: number;
}

@ObjectType('DirectoryUnit')
export class DirectoryUnitDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType('DirectoryMembership')
export class DirectoryMembershipDto {
  @Field(() => Role)
  role: Role;

  @Field(() => DirectoryUnitDto, { nullable: true, description: 'Null for ADMIN (the whole municipality).' })
  unit: DirectoryUnitDto | null;

  @Field(() => MembershipSource, { description: 'MANUAL (made at /admin), SSO (group claims) or IMPORT.' })
  source: MembershipSource;
}

@ObjectType('DirectoryPerson', { description: 'A person as admins of their municipality see them.' })
export class DirectoryPersonDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Null once anonymised.' })
  email: string | null;

  @Field(() => String, { nullable: true })
  employeeId: string | null;

  @Field()
  active: boolean;

  @Field({
    description:
      'Whether the person has a local password (else they sign in through the provider, or need an invitation).',
  })
  hasPassword: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  anonymisedAt: Date | null;

  @Field(() => [DirectoryMembershipDto])
  memberships: DirectoryMembershipDto[];
}

export const PeopleDirectoryConnection = ConnectionType(DirectoryPersonDto, 'PeopleDirectory');
