import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { CurrentViewer, Viewer } from '../common/viewer';
import { NotificationConnection, NotificationDto } from './dtos/notification.dto';
import { MarkNotificationsReadArgs } from './dtos/notification.inputs';
import { NotificationInboxService } from './notification-inbox.service';

/** The signed-in person's own notifications; nobody reads or marks anyone else's. */
@Resolver(() => NotificationDto)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<Connection<NotificationDto>> {
    return this.inbox.list(viewer, first, after, unreadOnly);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread.' })
  unreadCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.inbox.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description:
      'Marks my notifications read (the ids given, or all: true). Ids that are not mine are ignored. ' +
      'Returns how many were unread and are now read.',
  })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.inbox.markRead(viewer, args.ids, args.all);
  }
}
