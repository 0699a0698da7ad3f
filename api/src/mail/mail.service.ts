import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../common/runtime-tokens';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** With angle brackets, e.g. "<notification-id@idehub>". */
  messageId: string;
  /** Extra headers, e.g. X-Idehub-Notification and X-Idehub-Attempt. */
  headers?: Record<string, string>;
}

/** Why a send failed, as far as retrying is concerned. */
export type MailFailure = 'TEMPORARY' | 'RECIPIENT_REFUSED';

/**
 * Sends e-mail over SMTP_URL with nodemailer; without SMTP_URL, writes each message as an
 * .eml file into config.mailDir and logs it, so a fresh install shows its e-mails without a
 * mail server.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly smtp: Transporter | undefined;
  /** Builds the raw message for the folder mode (nodemailer's own MIME composer). */
  private readonly composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    // One connection per message (no pool): a mail server that restarts never leaves a stale
    // pooled connection behind. Timeouts are far below nodemailer's defaults (2 and 10 minutes)
    // so that a hung server fails the job, which is then retried with backoff.
    this.smtp = config.smtpUrl
      ? createTransport({
          url: config.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : undefined;
  }

  get mode(): 'smtp' | 'folder' {
    return this.smtp ? 'smtp' : 'folder';
  }

  /**
   * Sends one message. `signal` aborts a send in progress (on shutdown); the job is then
   * retried later. Throws nodemailer's errors; see `classifyMailError`.
   */
  async send(mail: OutgoingMail, signal?: AbortSignal): Promise<void> {
    const message = {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.headers,
    };
    if (this.smtp) {
      await this.smtp.sendMail({ ...message, signal });
      return;
    }
    const { message: raw } = await this.composer.sendMail(message);
    await fs.mkdir(this.config.mailDir, { recursive: true });
    const file = path.join(this.config.mailDir, `${mail.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`);
    // Written under a temporary name, then renamed: a reader never sees half a message.
    await fs.writeFile(`${file}.tmp`, raw);
    await fs.rename(`${file}.tmp`, file);
    this.logger.info(
      { to: mail.to.address, subject: mail.subject, file },
      'e-mail written to folder (SMTP_URL is not set)',
    );
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}

/**
 * A recipient the receiving server refuses with a 5xx reply to RCPT TO will be refused
 * again: record it and stop. Everything else — connection refused (ESOCKET), timeouts,
 * 4xx replies (EMESSAGE, or EENVELOPE with a 4xx), a 5xx to MAIL FROM (usually our own
 * configuration) — may pass later, so the job is retried with backoff.
 */
export function classifyMailError(error: unknown): MailFailure {
  const e = error as { code?: string; command?: string; responseCode?: number };
  if (e?.code === 'EENVELOPE' && e.command === 'RCPT TO' && (e.responseCode ?? 0) >= 500) return 'RECIPIENT_REFUSED';
  return 'TEMPORARY';
}
