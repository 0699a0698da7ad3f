import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export enum EmailDeliveryStatus {
  SENT = 'SENT',
  /** The receiving server refused the recipient permanently (5xx); not retried. */
  REJECTED = 'REJECTED',
}

/** The record that a notification's e-mail went out, so a retried job never sends it twice. */
@Entity('email_delivery')
export class EmailDeliveryEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @OneToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  @Column({ type: 'enum', enum: EmailDeliveryStatus, enumName: 'email_delivery_status' })
  status: EmailDeliveryStatus;

  @Column({ name: 'recipient', type: 'text' })
  recipient: string;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
