import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { hashToken } from '../auth/auth.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/runtime-tokens';
import { classifyMailError, MailService } from '../mail/mail.service';
import { renderPasswordLinkMail } from './password-link-mail';

export type PasswordLinkOutcome = 'SENT' | 'REJECTED' | 'ALREADY_SENT' | 'LINK_DEAD';

interface LinkRow {
  id: string;
  purpose: 'INVITE' | 'RESET';
  expires_at: Date;
  sent_at: Date | null;
  dead: boolean;
  name: string;
  email: string | null;
  locale: string;
}

/**
 * The `send_password_link_email` job. The token is made here, just before sending, and only its
 * SHA-256 is written: the raw token exists only in the e-mail, never in the database or the job's
 * payload. `sent_at` is checked before and written after the send, so a retried job does not send
 * a second e-mail (as for notifications, a crash between the SMTP answer and that write can
 * still send one more — then the earlier link no longer works, since its hash was replaced).
 */
@Injectable()
export class SendPasswordLinkEmailTask {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async run(linkId: string, signal?: AbortSignal): Promise<PasswordLinkOutcome> {
    const [link]: LinkRow[] = await this.db.query(
      `select l.id, l.purpose, l.expires_at, l.sent_at, p.name, p.email, p.locale,
              (l.used_at is not null or l.invalidated_at is not null or l.expires_at <= $2
               or p.deactivated_at is not null or p.anonymised_at is not null or p.email is null) as dead
         from password_link l join person p on p.id = l.person_id
        where l.id = $1`,
      [linkId, this.clock.now()],
    );
    if (!link) return 'LINK_DEAD';
    if (link.sent_at) return 'ALREADY_SENT';
    if (link.dead || !link.email) return 'LINK_DEAD';

    const token = randomBytes(32).toString('base64url');
    await this.db.query('update password_link set token_hash = $2 where id = $1 and sent_at is null', [
      link.id,
      hashToken(token),
    ]);
    const url = `${this.config.publicUrl.replace(/\/+$/, '')}/velg-passord?token=${token}`;
    const rendered = renderPasswordLinkMail({
      purpose: link.purpose,
      recipientName: link.name,
      locale: link.locale,
      link: url,
      expiresAt: new Date(link.expires_at),
    });
    signal?.throwIfAborted();
    try {
      await this.mail.send(
        { to: { name: link.name, address: link.email }, messageId: `<password-link-${link.id}@idehub>`, ...rendered },
        signal,
      );
    } catch (error) {
      if (classifyMailError(error) === 'TEMPORARY') throw error;
      await this.db.query('update password_link set invalidated_at = $2 where id = $1', [link.id, this.clock.now()]);
      this.logger.warn({ linkId: link.id }, 'password link e-mail refused by the mail server; not retried');
      return 'REJECTED';
    }
    await this.db.query('update password_link set sent_at = $2 where id = $1', [link.id, this.clock.now()]);
    return 'SENT';
  }
}
