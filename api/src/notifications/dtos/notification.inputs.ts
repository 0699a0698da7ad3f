import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Your notifications to mark read; ids that are not yours are ignored.',
  })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'must list at most 500 ids' })
  @IsUUID('all', { each: true, message: 'must be ids of notifications' })
  ids?: string[];

  @Field({ nullable: true, description: 'Mark every unread notification of yours read.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
