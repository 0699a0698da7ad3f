import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Role } from '../../organisation/role.enum';

@InputType()
export class GroupMappingInput {
  @Field({ description: 'The group as the provider sends it in the `groups` claim (Entra: the object id).' })
  @IsString()
  @MaxLength(256, { message: 'must be at most 256 characters' })
  group: string;

  @Field(() => ID, { description: 'The unit people of the group belong to (ignored for ADMIN: municipality-wide).' })
  @IsString()
  unitId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'must be STAFF, LEADER, DIGITAL_AGENT or ADMIN' })
  role: Role;
}

@InputType()
export class SsoSettingsInput {
  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration is read when saving.' })
  @IsString()
  @MaxLength(2048)
  issuer: string;

  @Field()
  @IsString()
  @MaxLength(256)
  clientId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Write-only. Omitted: keep the stored one. Empty string: remove it (public client with PKCE).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Allowed e-mail domains; empty = any. Omitted: keep.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  emailDomains?: string[] | null;

  @Field(() => [GroupMappingInput], { nullable: true, description: 'Replaces every mapping. Omitted: keep.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupMappingInput)
  groupMappings?: GroupMappingInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether local passwords still work. Omitted: keep.' })
  @IsOptional()
  @IsBoolean()
  localLoginEnabled?: boolean | null;
}
