import { Field, Int, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../organisation/role.enum';
import { UnitDto } from '../../organisation/dtos/organisation.dto';

@ObjectType('SsoGroupMapping')
export class SsoGroupMappingDto {
  @Field()
  group: string;

  @Field(() => UnitDto, { description: 'For ADMIN the role is municipality-wide; the unit only files the mapping.' })
  unit: UnitDto;

  @Field(() => Role)
  role: Role;
}

@ObjectType('SsoGroupsOverage', {
  description:
    'Sign-ins whose token left the group list out (Entra ID past ~200 groups): their roles from groups were kept as they were.',
})
export class SsoGroupsOverageDto {
  @Field(() => Int, { description: 'How many in the last 30 days.' })
  signIns: number;

  @Field(() => Date, { nullable: true, description: 'The latest, if any in the last 30 days.' })
  lastAt: Date | null;
}

/** The municipality's identity provider. The client secret never leaves the server: only whether one is set. */
@ObjectType('SsoSettings')
export class SsoSettingsDto {
  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field()
  hasClientSecret: boolean;

  @Field(() => [String])
  emailDomains: string[];

  @Field(() => [SsoGroupMappingDto])
  groupMappings: SsoGroupMappingDto[];

  @Field()
  localLoginEnabled: boolean;

  @Field({ description: 'The redirect URI to register at the provider.' })
  redirectUri: string;

  @Field(() => SsoGroupsOverageDto)
  groupsOverage: SsoGroupsOverageDto;
}

@ObjectType('PersonWaitingForPlacement', { description: 'A signed-in person without any unit or role yet.' })
export class PersonWaitingDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;
}
