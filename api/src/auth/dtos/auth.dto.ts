import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PersonDto } from '../../organisation/dtos/organisation.dto';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1024)
  password: string;
}

@ObjectType('AuthPayload')
export class AuthPayloadDto {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; the web app uses the cookie instead.' })
  token: string;

  @Field(() => PersonDto)
  person: PersonDto;

  @Field()
  expiresAt: Date;
}
