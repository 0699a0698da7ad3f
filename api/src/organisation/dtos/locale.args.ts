import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn } from 'class-validator';

export const LOCALES = ['nb', 'en'] as const;

@ArgsType()
export class LocaleArgs {
  @Field({ description: 'nb (Norwegian bokmål) or en (English).' })
  @IsIn(LOCALES, { message: 'must be nb or en' })
  locale: string;
}
