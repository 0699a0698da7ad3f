import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class SendPasswordLinkArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  personId: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;
}

@ArgsType()
export class SetPasswordWithTokenArgs {
  @Field({ description: 'The token from the link in the e-mail.' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  token: string;

  @Field({ description: `At least 12 characters, not the e-mail address.` })
  @IsString()
  @MaxLength(1024)
  password: string;
}
