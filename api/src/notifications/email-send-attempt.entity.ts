import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/**
 * An e-mail about to be handed to the mail server, recorded (and committed) BEFORE the SMTP
 * conversation starts. When a job runs again for a notification that has an attempt but no
 * `email_delivery` row, the earlier attempt may have reached the server (a crash between the
 * server's «250 OK» and the delivery row): the message then goes again with the SAME
 * Message-ID and an `X-Idehub-Attempt` header, so mail systems and people can recognise it.
 * See docs/email-delivery.md.
 */
@Entity('email_send_attempt')
export class EmailSendAttemptEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @OneToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  /** How many times the message has been handed to the mail server (1 = first try). */
  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'last_attempt_at', type: 'timestamptz' })
  lastAttemptAt: Date;
}
