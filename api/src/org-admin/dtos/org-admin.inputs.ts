import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Role } from '../../organisation/role.enum';

const NAME = { message: 'must be 1–200 characters' };

@InputType()
export class CreateUnitInput {
  @Field()
  @IsString()
  @MinLength(1, NAME)
  @MaxLength(200, NAME)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The unit above it; omitted or null for a top unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  parentId?: string | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a unit' })
  id: string;

  @Field({ nullable: true, description: 'A new name; omitted keeps the name.' })
  @IsOptional()
  @IsString()
  @MinLength(1, NAME)
  @MaxLength(200, NAME)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Moves the unit under this one. Omitted keeps the place; null makes it a top unit.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  parentId?: string | null;
}

@InputType()
export class MembershipInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The unit; null (or ignored) for ADMIN, which holds for the municipality.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string | null;

  @Field(() => Role)
  @IsEnum(Role, { message: 'must be STAFF, LEADER, DIGITAL_AGENT or ADMIN' })
  role: Role;
}

@InputType()
export class AddPersonInput {
  @Field()
  @IsString()
  @MinLength(1, NAME)
  @MaxLength(200, NAME)
  name: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email: string;

  @Field(() => [MembershipInput])
  @ArrayMaxSize(100, { message: 'must have at most 100 memberships' })
  @ValidateNested({ each: true })
  @Type(() => MembershipInput)
  memberships: MembershipInput[];
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a person' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, NAME)
  @MaxLength(200, NAME)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email?: string;
}

@ArgsType()
export class SetMembershipsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a person' })
  personId: string;

  @Field(() => [MembershipInput])
  @ArrayMaxSize(100, { message: 'must have at most 100 memberships' })
  @ValidateNested({ each: true })
  @Type(() => MembershipInput)
  memberships: MembershipInput[];
}

@ArgsType()
export class CloseUnitArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a unit' })
  id: string;

  @Field(() => ID, { description: 'The open unit that takes over the open suggestions.' })
  @IsUUID('all', { message: 'must be the id of a unit' })
  moveOpenSuggestionsToId: string;
}

@InputType()
export class PeopleDirectoryFilter {
  @Field({ nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'People with a membership in exactly this unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'must be STAFF, LEADER, DIGITAL_AGENT or ADMIN' })
  role?: Role;

  @Field({ nullable: true, description: 'Also deactivated and anonymised people (default false).' })
  @IsOptional()
  @IsBoolean()
  includeDeactivated?: boolean;
}

@ArgsType()
export class PeopleDirectoryArgs {
  @Field(() => PeopleDirectoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleDirectoryFilter)
  filter?: PeopleDirectoryFilter;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1–100' })
  @Max(100, { message: 'must be 1–100' })
  first?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  after?: string;
}
