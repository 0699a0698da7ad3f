import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/runtime-tokens';
import { EmailDeliveryStatus } from '../notifications/email-delivery.entity';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { classifyMailError, MailService } from '../mail/mail.service';
import { renderNotificationMail } from '../mail/templates';

export type EmailOutcome = 'SENT' | 'REJECTED' | 'ALREADY_DELIVERED' | 'NOTIFICATION_GONE';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  suggestion_id: string | null;
  payload: Record<string, unknown>;
  name: string;
  email: string;
  locale: string;
  delivered: boolean;
}

/**
 * The `send_notification_email` job: one e-mail per notification, never two.
 *
 * graphile-worker runs a job at least once (a job re-added while running, or one whose
 * worker died after sending, runs again), so the task itself is idempotent: the
 * `email_delivery` row keyed by the notification is checked before sending and written
 * after. No transaction is held open across the SMTP conversation.
 *
 * SMTP has no idempotency key, so a crash between the mail server's «250 OK» and the delivery
 * row can still send a message twice. Each send is recorded first (`email_send_attempt`,
 * committed): a later attempt goes with the SAME Message-ID and `X-Idehub-Attempt: <n>`, so
 * the duplicate is recognisable as a resend (docs/email-delivery.md).
 */
@Injectable()
export class SendNotificationEmailTask {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Throws on a temporary failure, so that graphile-worker retries the job with backoff. */
  async run(notificationId: string, signal?: AbortSignal): Promise<EmailOutcome> {
    const [n]: NotificationRow[] = await this.db.query(
      `select n.id, n.kind, n.suggestion_id, n.payload, p.name, p.email, p.locale,
              exists (select 1 from email_delivery d where d.notification_id = n.id) as delivered
         from notification n join person p on p.id = n.person_id
        where n.id = $1`,
      [notificationId],
    );
    if (!n) return 'NOTIFICATION_GONE'; // its suggestion or person was deleted: nothing to tell
    if (n.delivered) return 'ALREADY_DELIVERED';

    const rendered = renderNotificationMail({
      kind: n.kind,
      payload: n.payload,
      suggestionId: n.suggestion_id,
      recipientName: n.name,
      locale: n.locale,
      publicUrl: this.config.publicUrl,
    });
    // Deterministic, so that even a duplicate that slipped through would be recognisable.
    const messageId = `<${n.id}@idehub>`;
    signal?.throwIfAborted();
    const attempt = await this.recordAttempt(n.id);
    const headers: Record<string, string> = { 'X-Idehub-Notification': n.id };
    // An earlier attempt may have reached the mail server: the same message again, marked.
    if (attempt > 1) headers['X-Idehub-Attempt'] = String(attempt);
    try {
      await this.mail.send({ to: { name: n.name, address: n.email }, messageId, headers, ...rendered }, signal);
    } catch (error) {
      if (classifyMailError(error) === 'TEMPORARY') throw error;
      const detail = (error as { response?: string }).response ?? (error as Error).message;
      await this.record(n, EmailDeliveryStatus.REJECTED, messageId, detail);
      this.logger.warn({ notificationId: n.id, detail }, 'e-mail recipient refused by the mail server; not retried');
      return 'REJECTED';
    }
    await this.record(n, EmailDeliveryStatus.SENT, messageId, null);
    return 'SENT';
  }

  /**
   * Records, in its own committed statement before the SMTP conversation, that the message is
   * being handed to the mail server; returns which attempt this is (1 = the first).
   */
  private async recordAttempt(notificationId: string): Promise<number> {
    const [row]: { attempts: number }[] = await this.db.query(
      `insert into email_send_attempt (notification_id, attempts, last_attempt_at) values ($1, 1, $2)
       on conflict (notification_id) do update set attempts = email_send_attempt.attempts + 1, last_attempt_at = $2
       returning attempts`,
      [notificationId, this.clock.now()],
    );
    return Number(row.attempts);
  }

  private async record(n: NotificationRow, status: EmailDeliveryStatus, messageId: string, detail: string | null) {
    await this.db.query(
      `insert into email_delivery (notification_id, status, recipient, message_id, detail, delivered_at)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (notification_id) do nothing`,
      [n.id, status, n.email, messageId, detail, this.clock.now()],
    );
  }
}
