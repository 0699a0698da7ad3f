import { DeadlineDays } from '../deadline-days.enum';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.enum';
import { MunicipalityEntity } from '../municipality.entity';
import { UnitEntity } from '../unit.entity';

@ObjectType('Municipality')
export class MunicipalityDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;
}

@ObjectType('Unit')
export class UnitDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The unit above this one; null at the top.' })
  parentId: string | null;

  municipalityId: string;
}

@ObjectType('Membership')
export class MembershipDto {
  @Field(() => Role)
  role: Role;

  @Field(() => UnitDto, { nullable: true, description: 'Null for municipality-wide roles (admins).' })
  unit: UnitDto | null;
}

@ObjectType('Person')
export class PersonDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ nullable: true, description: 'Only shown to the person themself and to admins.' })
  email?: string;

  @Field({ description: 'Preferred language: nb or en.' })
  locale: string;

  @Field(() => MunicipalityDto)
  municipality: MunicipalityDto;

  @Field(() => [MembershipDto])
  memberships: MembershipDto[];
}

/** A short reference to a person: what may be shown about someone else. */
@ObjectType('PersonRef')
export class PersonRefDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('MunicipalitySettings')
export class MunicipalitySettingsDto {
  @Field(() => Int, { description: 'Days from submission until the first response is due.' })
  firstResponseDays: number;

  @Field(() => Int, { description: 'Days from a response until the next update is due, while not terminal.' })
  updateIntervalDays: number;

  @Field(() => Int, { description: 'Days after a missed deadline until it is escalated.' })
  escalationGraceDays: number;

  @Field(() => Int, { description: 'Days before a deadline that whoever owes the answer is reminded; 0 = off.' })
  reminderDaysBefore: number;

  @Field(() => DeadlineDays, { description: 'How the days above are counted: calendar days or working days.' })
  deadlineDays: DeadlineDays;
}

export const toMunicipalityDto = (m: MunicipalityEntity): MunicipalityDto => ({ id: m.id, name: m.name, slug: m.slug });
export const toUnitDto = (u: UnitEntity): UnitDto => ({
  id: u.id,
  name: u.name,
  parentId: u.parentId,
  municipalityId: u.municipalityId,
});
export const toSettingsDto = (m: MunicipalityEntity): MunicipalitySettingsDto => ({
  firstResponseDays: m.firstResponseDays,
  updateIntervalDays: m.updateIntervalDays,
  escalationGraceDays: m.escalationGraceDays,
  reminderDaysBefore: m.reminderDaysBefore,
  deadlineDays: m.deadlineDays,
});

@ObjectType('DemoAccount', { description: 'A fictional demo account (only while demo data is on).' })
export class DemoAccountDto {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field()
  municipalityName: string;
}
