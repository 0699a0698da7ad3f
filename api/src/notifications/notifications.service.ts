import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationKind } from './notification-kind.enum';
import { personCanSeeSuggestionSql } from '../access/access.service';

export interface NotificationEvent {
  kind: NotificationKind;
  suggestionId: string | null;
  /** Identifies the event; with the person it makes the notification unique. */
  eventKey: string;
  payload: Record<string, unknown>;
}

export const SEND_EMAIL_TASK = 'send_notification_email';

/**
 * The transactional outbox: notifications and their e-mail jobs are written with the
 * manager of the caller's transaction, so they commit together with the change that caused
 * them, or not at all.
 */
@Injectable()
export class NotificationsService {
  /**
   * Notifies each person once per event. Returns the ids of the notifications actually created.
   * People who may not see the event's suggestion (a confidential one, or another municipality's)
   * are left out, so neither the inbox nor an e-mail carries its content to them.
   */
  async notify(
    manager: EntityManager,
    personIds: Iterable<string>,
    event: NotificationEvent,
    at: Date,
  ): Promise<string[]> {
    const recipients = [...new Set(personIds)];
    if (!recipients.length) return [];
    const rows: { id: string }[] = await manager.query(
      `insert into notification (person_id, kind, suggestion_id, event_key, payload, created_at)
       select p, $2, $3, $4, $5, $6 from unnest($1::uuid[]) as p
        where $3::uuid is null
           or exists (select 1 from suggestion s where s.id = $3::uuid and ${personCanSeeSuggestionSql('p', 's')})
       on conflict (person_id, event_key) do nothing
       returning id`,
      [recipients, event.kind, event.suggestionId, event.eventKey, JSON.stringify(event.payload), at],
    );
    if (rows.length) {
      // graphile-worker's own SQL API, on the same transaction: the job exists iff the notification does.
      await manager.query(
        `select graphile_worker.add_job($1, json_build_object('notificationId', n)::json, job_key := 'email:' || n)
           from unnest($2::uuid[]) as n`,
        [SEND_EMAIL_TASK, rows.map((r) => r.id)],
      );
    }
    return rows.map((r) => r.id);
  }
}
