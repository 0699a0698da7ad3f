import { EntityManager } from 'typeorm';
import { personCanSeeSuggestionSql } from '../access/access.service';
import { NotificationEvent, SEND_EMAIL_TASK } from './notifications.service';

/** One event and who should be told of it. */
export interface Notice {
  recipients: Iterable<string>;
  event: NotificationEvent;
}

/**
 * NotificationsService.notify for many events at once, with the same rules — each person once per
 * event, only people who may see the event's suggestion, an e-mail job iff a notification was
 * created — in two statements whatever the number of events (on the caller's transaction).
 * Returns, per event key, the people actually notified.
 */
export async function notifyMany(manager: EntityManager, notices: Notice[], at: Date): Promise<Map<string, string[]>> {
  const people: string[] = [];
  const kinds: string[] = [];
  const suggestions: (string | null)[] = [];
  const keys: string[] = [];
  const payloads: string[] = [];
  for (const { recipients, event } of notices) {
    const payload = JSON.stringify(event.payload);
    for (const person of new Set(recipients)) {
      people.push(person);
      kinds.push(event.kind);
      suggestions.push(event.suggestionId);
      keys.push(event.eventKey);
      payloads.push(payload);
    }
  }
  const created = new Map<string, string[]>();
  if (!people.length) return created;
  const rows: { id: string; person_id: string; event_key: string }[] = await manager.query(
    `insert into notification (person_id, kind, suggestion_id, event_key, payload, created_at)
     select r.p, r.kind::notification_kind, r.sid, r.key, r.payload::jsonb, $6
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[]) as r(p, kind, sid, key, payload)
      where r.sid is null
         or exists (select 1 from suggestion s where s.id = r.sid and ${personCanSeeSuggestionSql('r.p', 's')})
     on conflict (person_id, event_key) do nothing
     returning id, person_id, event_key`,
    [people, kinds, suggestions, keys, payloads, at],
  );
  await enqueueNotificationEmails(
    manager,
    rows.map((r) => r.id),
  );
  for (const r of rows) {
    const list = created.get(r.event_key);
    if (list) list.push(r.person_id);
    else created.set(r.event_key, [r.person_id]);
  }
  return created;
}

/** One e-mail job per notification (job key `email:<id>`), on the caller's transaction. */
export async function enqueueNotificationEmails(manager: EntityManager, notificationIds: string[]): Promise<void> {
  if (!notificationIds.length) return;
  // graphile-worker's bulk add_jobs: one call for the whole batch (add_job per row costs ~5 ms each).
  await manager.query(
    `select count(*) from graphile_worker.add_jobs(array(
       select row($1, json_build_object('notificationId', n), null, null, null, 'email:' || n, null, null)::graphile_worker.job_spec
         from unnest($2::uuid[]) as n))`,
    [SEND_EMAIL_TASK, notificationIds],
  );
}
