import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  escalationDueAt,
  firstResponseDueAt,
  reminderDueAt,
  TERMINAL_STATUSES,
  type DeadlineDayKind,
} from '@idehub/libs';
import { Clock } from '../common/clock';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { OrganisationService, UnitTree } from '../organisation/organisation.service';
import { PersonEntity } from '../organisation/person.entity';
import { AuditRecord } from '../audit/audit.service';
import { notifyMany, Notice } from '../notifications/notify-many';
import { escalationPathIn, nearestLeadersIn } from '../organisation/nearest-leaders';

/** What one sweep did: the claims this process won (another process never wins the same one). */
export interface SweepResult {
  /** Deadlines this sweep marked as missed (the unit's leaders were told). */
  deadlinesMissed: number;
  /** Missed deadlines this sweep escalated (the escalation path and the submitter were told). */
  escalated: number;
  /** Parked suggestions («Ikke nå») this sweep brought back for review on their review date. */
  returnedFromParking: number;
  /** Deadlines whose owers this sweep reminded (DEADLINE_APPROACHING). */
  reminded: number;
  /** Notifications created, of all kinds. */
  notifications: number;
}

/**
 * Suggestions claimed per transaction. Each batch is a handful of set-based statements (claim,
 * recipients, notifications, e-mail jobs, audit), so a batch of 1 000 still commits in well under
 * a second and keeps transactions short, which matters most on the embedded database.
 */
export const SWEEP_BATCH_SIZE = 1000;

/** A suggestion this sweep has claimed, as the claiming UPDATE returned it. */
interface ClaimedSuggestion {
  id: string;
  municipality_id: string;
  unit_id: string;
  submitter_id: string;
  owner_id: string | null;
  title: string;
  status: string;
  response_due_at: Date;
}

interface EscalationCandidate {
  id: string;
  response_due_at: Date;
  /** The deadline exactly as stored (microseconds included), to claim it by equality in SQL. */
  due_text: string;
  escalation_grace_days: number;
  deadline_days: DeadlineDayKind;
}

interface ReminderCandidate {
  id: string;
  response_due_at: Date;
  /** The deadline exactly as stored, to claim it by equality in SQL. */
  due_text: string;
  reminder_days_before: number;
  deadline_days: DeadlineDayKind;
}

const CLAIMED_COLUMNS = `s.id, s.municipality_id, s.unit_id, s.submitter_id, s.owner_id, s.title, s.status, s.response_due_at`;

/**
 * Missed, unescalated deadlines whose grace may have passed ($1 now, $2 terminal statuses). A DST
 * change moves a calendar day by an hour, so this is generous by 3 hours; the caller decides exactly.
 * The first two bounds on response_due_at (the second with the smallest grace of any municipality)
 * let the planner stop early in the partial index of missed, unescalated deadlines.
 */
const ESCALATION_CANDIDATES = `select s.id, s.response_due_at, s.response_due_at::text as due_text, m.escalation_grace_days,
              m.deadline_days::text as deadline_days
         from suggestion s join municipality m on m.id = s.municipality_id
        where s.response_due_at <= $1::timestamptz + interval '3 hours'
          and s.response_due_at <= $1::timestamptz + interval '3 hours'
              - make_interval(days => (select coalesce(min(escalation_grace_days), 0) from municipality))
          and s.response_due_at <= $1::timestamptz - make_interval(days => m.escalation_grace_days) + interval '3 hours'
          and s.deadline_missed_at is not null and s.escalated_at is null
          and s.status::text <> all($2::text[])`;

/**
 * How many calendar days `days` deadline days can span at most, in SQL: a working-day count skips
 * weekends and holidays, and the longest run of them (Easter: Thursday to Monday) makes N working
 * days at most 2N + 7 calendar days. Only a bound for the pre-filter; the caller decides exactly.
 */
const spanDaysSql = (days: string, kind: string) =>
  `(case when ${kind} = 'WORKING' then 2 * ${days} + 7 else ${days} end)`;

/**
 * Deadlines not yet passed, not yet reminded of, whose reminder time may have come ($1 now, $2
 * terminal statuses): due within the reminder window (a generous bound, see spanDaysSql, plus
 * 3 hours for a DST change). The first bound, with the widest window of any municipality, lets the
 * planner stop early in the partial index of unreminded deadlines (IDX_suggestion_due_unreminded).
 */
const REMINDER_CANDIDATES = `select s.id, s.response_due_at, s.response_due_at::text as due_text, m.reminder_days_before,
              m.deadline_days::text as deadline_days
         from suggestion s join municipality m on m.id = s.municipality_id
        where s.response_due_at is not null and s.reminded_at is null and s.deadline_missed_at is null
          and s.response_due_at > $1::timestamptz
          and s.response_due_at <= $1::timestamptz + interval '3 hours'
              + make_interval(days => (select coalesce(max(${spanDaysSql('reminder_days_before', 'deadline_days')}), 0)
                                         from municipality where reminder_days_before > 0))
          and m.reminder_days_before > 0
          and s.response_due_at <= $1::timestamptz + interval '3 hours'
              + make_interval(days => ${spanDaysSql('m.reminder_days_before', 'm.deadline_days')})
          and s.status::text <> all($2::text[])`;

/** The event of one deadline: a new deadline (after a response) is a new event, notified again. */
export const deadlineEventKey = (
  kind:
    | 'deadline-missed'
    | 'escalated'
    | 'escalation-notice'
    | 'review-due'
    | 'review-due-submitter'
    | 'deadline-approaching',
  suggestionId: string,
  dueAt: Date,
) => `${kind}:${suggestionId}:${dueAt.toISOString()}`;

/**
 * The deadline sweep of the feedback guarantee. Every step claims its suggestions with a
 * conditional UPDATE … RETURNING, so however many processes sweep at once, the database lets
 * exactly one of them win each deadline; the notifications (with their e-mail jobs) and the
 * audit entry are written in the same transaction as the claim, so they exist iff the claim does.
 */
@Injectable()
export class DeadlineSweepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {}

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const result: SweepResult = {
      deadlinesMissed: 0,
      escalated: 0,
      returnedFromParking: 0,
      reminded: 0,
      notifications: 0,
    };
    // Most sweeps find nothing to do: one cheap read decides, without opening a transaction.
    let work = await this.pendingWork(now);
    if (work.parked) {
      // Parked suggestions come back first: a new deadline that has already passed (the sweep was
      // stopped for long) is then found missed in this same sweep.
      const returned = await this.returnParkedBatches(now);
      result.returnedFromParking += returned.claimed;
      result.notifications += returned.notifications;
      if (returned.claimed) work = await this.pendingWork(now);
    }
    // Missed deadlines first, so a grace of 0 days escalates in the same sweep.
    let more = work.missed;
    while (more) {
      const batch = await this.db.transaction((manager) => this.markMissedDeadlines(manager, now));
      result.deadlinesMissed += batch.claimed;
      result.notifications += batch.notifications;
      // Fewer than a full batch: nothing is left, or another process holds the rest.
      more = batch.claimed === SWEEP_BATCH_SIZE;
    }
    if (work.reminders) await this.sendReminders(now, result);
    let after: { dueAt: Date; id: string } | null = null;
    more = work.escalations || result.deadlinesMissed > 0;
    while (more) {
      const candidates = await this.escalationCandidates(now, after);
      if (!candidates.length) break;
      const last = candidates[candidates.length - 1];
      after = { dueAt: last.response_due_at, id: last.id };
      more = candidates.length === SWEEP_BATCH_SIZE;
      // The grace is counted in Oslo calendar or working days, which SQL only approximated (working days
      // are never fewer calendar days, so the pre-filter stays a superset).
      const due = candidates.filter(
        (c) =>
          escalationDueAt(c.response_due_at, {
            firstResponseDays: 0,
            updateIntervalDays: 0,
            escalationGraceDays: c.escalation_grace_days,
            deadlineDays: c.deadline_days,
          }).getTime() <= now.getTime(),
      );
      if (due.length) {
        const batch = await this.db.transaction((manager) => this.escalate(manager, due, now));
        result.escalated += batch.claimed;
        result.notifications += batch.notifications;
      }
    }
    return result;
  }

  /**
   * «Ikke nå»: parked suggestions whose review date has come go back to UNDER_REVIEW, in batches.
   * UNDER_REVIEW rather than the status before parking: a review is a fresh look («under vurdering»),
   * PARKED leads where UNDER_REVIEW does, and nothing has to remember the old status. A new first-response
   * deadline runs from the review date (not from when the sweep ran, so a late sweep gives no extra
   * days), counted as the municipality counts days. Whoever owes the answer gets REVIEW_DUE; the submitter
   * gets REVIEW_DUE with audience SUBMITTER (their own text: «being looked at again, answer due by …»).
   * The claim, the notifications and the audit entry are one transaction, so each return happens exactly
   * once however many processes sweep.
   */
  private async returnParkedBatches(now: Date): Promise<{ claimed: number; notifications: number }> {
    const total = { claimed: 0, notifications: 0 };
    for (;;) {
      const batch = await this.db.transaction((manager) => this.returnParkedBatch(manager, now));
      total.claimed += batch.claimed;
      total.notifications += batch.notifications;
      // Fewer than a full batch: nothing is left, or another process holds the rest.
      if (batch.claimed < SWEEP_BATCH_SIZE) return total;
    }
  }

  private async returnParkedBatch(
    manager: EntityManager,
    now: Date,
  ): Promise<{ claimed: number; notifications: number }> {
    // SKIP LOCKED: rows another process is claiming (or a leader is answering) are left to it; the
    // outer WHERE re-checks the row as committed, so a review date is claimed at most once.
    const claimed = await updateReturning<
      ClaimedSuggestion & { review_on: Date; first_response_days: number; deadline_days: DeadlineDayKind }
    >(
      manager,
      `with due as (
         select s.id, s.review_on, m.first_response_days, m.deadline_days
           from suggestion s join municipality m on m.id = s.municipality_id
          where s.review_on <= $1 and s.status = 'PARKED'
          order by s.review_on, s.id
          limit $2
          for update of s skip locked
       )
       update suggestion s
          set status = 'UNDER_REVIEW', review_on = null, deadline_missed_at = null, escalated_at = null,
              reminded_at = null, version = s.version + 1
         from due
        where s.id = due.id and s.status = 'PARKED' and s.review_on <= $1
       returning ${CLAIMED_COLUMNS}, due.review_on, due.first_response_days, due.deadline_days::text as deadline_days`,
      [now, SWEEP_BATCH_SIZE],
    );
    if (!claimed.length) return { claimed: 0, notifications: 0 };
    const deadlines = claimed.map((s) =>
      firstResponseDueAt(new Date(s.review_on), {
        firstResponseDays: s.first_response_days,
        updateIntervalDays: 0,
        escalationGraceDays: 0,
        deadlineDays: s.deadline_days,
      }),
    );
    await manager.query(
      `update suggestion s set response_due_at = d.due
         from unnest($1::uuid[], $2::timestamptz[]) as d(id, due)
        where s.id = d.id`,
      [claimed.map((s) => s.id), deadlines],
    );
    const people = new Recipients(manager, this.organisation);
    const notices: Notice[] = [];
    const audits: AuditRecord[] = [];
    for (const [i, s] of claimed.entries()) {
      const reviewOn = new Date(s.review_on);
      const dueAt = deadlines[i];
      const leaders = await people.responsibleFor(s.municipality_id, s.unit_id);
      const owing = [...new Set(s.owner_id ? [...leaders, s.owner_id] : leaders)];
      // No names in either payload, so a hidden submitter's name cannot leak through them.
      const common = {
        title: s.title,
        reviewOn: reviewOn.toISOString(),
        dueAt: dueAt.toISOString(),
        unitName: await people.unitName(s.municipality_id, s.unit_id),
      };
      notices.push({
        recipients: owing,
        event: {
          kind: NotificationKind.REVIEW_DUE,
          suggestionId: s.id,
          eventKey: deadlineEventKey('review-due', s.id, reviewOn),
          payload: { ...common, audience: 'RESPONSIBLE' },
        },
      });
      // A submitter who also owes the answer (a leader's own suggestion) has the leaders' notice already.
      if (!owing.includes(s.submitter_id)) {
        notices.push({
          recipients: [s.submitter_id],
          event: {
            kind: NotificationKind.REVIEW_DUE,
            suggestionId: s.id,
            eventKey: deadlineEventKey('review-due-submitter', s.id, reviewOn),
            payload: { ...common, audience: 'SUBMITTER' },
          },
        });
      }
      audits.push({
        municipalityId: s.municipality_id,
        actorId: null,
        action: 'suggestion.review_due',
        entityType: 'suggestion',
        entityId: s.id,
        before: { status: 'PARKED', reviewOn: reviewOn.toISOString(), responseDueAt: null },
        after: {
          status: 'UNDER_REVIEW',
          reviewOn: null,
          responseDueAt: dueAt.toISOString(),
          notified: owing,
        },
        at: now,
      });
    }
    return commitBatch(manager, claimed.length, notices, audits, now);
  }

  /**
   * Reminders before the deadline (DEADLINE_APPROACHING): candidates in keyset order, the exact
   * reminder time (libs reminderDueAt, in the municipality's calendar or working days) decided here,
   * then claimed in batches. A reminder time at or before the deadline's start (reminderDaysBefore
   * at least the deadline's length) is due at once. A deadline that has passed is never reminded of:
   * it gets DEADLINE_MISSED instead.
   */
  private async sendReminders(now: Date, result: SweepResult): Promise<void> {
    let after: { dueAt: Date; id: string } | null = null;
    for (let more = true; more;) {
      const rows: ReminderCandidate[] = await this.db.manager.query(
        `${REMINDER_CANDIDATES}
            and ($3::timestamptz is null or (s.response_due_at, s.id) > ($3::timestamptz, $4::uuid))
          order by s.response_due_at, s.id
          limit $5`,
        [now, TERMINAL_STATUSES, after?.dueAt ?? null, after?.id ?? null, SWEEP_BATCH_SIZE],
      );
      if (!rows.length) break;
      const candidates = rows.map((r) => ({ ...r, response_due_at: new Date(r.response_due_at) }));
      const last = candidates[candidates.length - 1];
      after = { dueAt: last.response_due_at, id: last.id };
      more = candidates.length === SWEEP_BATCH_SIZE;
      const due = candidates.filter((c) => {
        const at = reminderDueAt(c.response_due_at, c.reminder_days_before, {
          firstResponseDays: 0,
          updateIntervalDays: 0,
          escalationGraceDays: 0,
          deadlineDays: c.deadline_days,
        });
        return at !== null && at.getTime() <= now.getTime() && c.response_due_at.getTime() > now.getTime();
      });
      if (due.length) {
        const batch = await this.db.transaction((manager) => this.remind(manager, due, now));
        result.reminded += batch.claimed;
        result.notifications += batch.notifications;
      }
    }
  }

  /** Claims the given deadlines for a reminder, unless answered or reminded meanwhile, and tells whoever owes the answer. */
  private async remind(
    manager: EntityManager,
    candidates: ReminderCandidate[],
    now: Date,
  ): Promise<{ claimed: number; notifications: number }> {
    // The deadline must still be the one found: a response in between set a new one (and reset reminded_at).
    const claimed = await updateReturning<ClaimedSuggestion>(
      manager,
      `with due as (
         select s.id from suggestion s
           join unnest($2::uuid[], $3::text[]) as c(id, due_at) on c.id = s.id
          where s.response_due_at = c.due_at::timestamptz and s.reminded_at is null and s.deadline_missed_at is null
            and s.response_due_at > $1 and s.status::text <> all($4::text[])
          order by s.id
          for update of s skip locked
       )
       update suggestion s set reminded_at = $1
         from due
        where s.id = due.id and s.reminded_at is null and s.deadline_missed_at is null and s.response_due_at > $1
          and s.status::text <> all($4::text[])
       returning ${CLAIMED_COLUMNS}`,
      [now, candidates.map((c) => c.id), candidates.map((c) => c.due_text), TERMINAL_STATUSES],
    );
    const people = new Recipients(manager, this.organisation);
    const notices: Notice[] = [];
    for (const s of claimed) {
      const dueAt = new Date(s.response_due_at);
      // Whoever owes the answer: the assignee, else the unit's nearest leaders (at the top: the admins).
      const recipients = s.owner_id ? [s.owner_id] : await people.responsibleFor(s.municipality_id, s.unit_id);
      notices.push({
        recipients,
        event: {
          kind: NotificationKind.DEADLINE_APPROACHING,
          suggestionId: s.id,
          eventKey: deadlineEventKey('deadline-approaching', s.id, dueAt),
          payload: {
            title: s.title,
            dueAt: dueAt.toISOString(),
            unitName: await people.unitName(s.municipality_id, s.unit_id),
          },
        },
      });
    }
    return commitBatch(manager, claimed.length, notices, [], now);
  }

  /** Whether anything may be due; the claims below decide exactly. */
  private async pendingWork(
    now: Date,
  ): Promise<{ parked: boolean; missed: boolean; escalations: boolean; reminders: boolean }> {
    const [row]: { parked: boolean; missed: boolean; escalations: boolean; reminders: boolean }[] =
      await this.db.manager.query(
        `select exists (select 1 from suggestion where review_on <= $1 and status = 'PARKED') as parked,
              exists (
                select 1 from suggestion
                 where response_due_at <= $1 and deadline_missed_at is null and status::text <> all($2::text[])
              ) as missed,
              exists (${ESCALATION_CANDIDATES} limit 1) as escalations,
              exists (${REMINDER_CANDIDATES} limit 1) as reminders`,
        [now, TERMINAL_STATUSES],
      );
    return row;
  }

  /** Claims up to one batch of passed deadlines and tells the unit's leaders. */
  private async markMissedDeadlines(
    manager: EntityManager,
    now: Date,
  ): Promise<{ claimed: number; notifications: number }> {
    // SKIP LOCKED: rows another process is claiming (or a leader is answering) right now are left to it;
    // the outer WHERE re-checks the row as committed, so a deadline is claimed at most once.
    const claimed = await updateReturning<ClaimedSuggestion>(
      manager,
      `with due as (
         select id from suggestion
          where response_due_at <= $1 and deadline_missed_at is null and status::text <> all($2::text[])
          order by response_due_at, id
          limit $3
          for update skip locked
       )
       update suggestion s set deadline_missed_at = $1
         from due
        where s.id = due.id and s.deadline_missed_at is null and s.response_due_at <= $1
          and s.status::text <> all($2::text[])
       returning ${CLAIMED_COLUMNS}`,
      [now, TERMINAL_STATUSES, SWEEP_BATCH_SIZE],
    );
    const people = new Recipients(manager, this.organisation);
    const notices: Notice[] = [];
    const audits: AuditRecord[] = [];
    for (const s of claimed) {
      const dueAt = new Date(s.response_due_at);
      const leaders = await people.responsibleFor(s.municipality_id, s.unit_id);
      const recipients = s.owner_id ? [...leaders, s.owner_id] : leaders;
      notices.push({
        recipients,
        event: {
          kind: NotificationKind.DEADLINE_MISSED,
          suggestionId: s.id,
          eventKey: deadlineEventKey('deadline-missed', s.id, dueAt),
          payload: {
            title: s.title,
            dueAt: dueAt.toISOString(),
            unitName: await people.unitName(s.municipality_id, s.unit_id),
          },
        },
      });
      audits.push({
        municipalityId: s.municipality_id,
        actorId: null,
        action: 'suggestion.deadline_missed',
        entityType: 'suggestion',
        entityId: s.id,
        before: { status: s.status, responseDueAt: dueAt.toISOString(), deadlineMissedAt: null },
        after: {
          status: s.status,
          responseDueAt: dueAt.toISOString(),
          deadlineMissedAt: now.toISOString(),
          notified: [...new Set(recipients)],
        },
        at: now,
      });
    }
    return commitBatch(manager, claimed.length, notices, audits, now);
  }

  /** Missed deadlines that may be due for escalation, in keyset order. */
  private async escalationCandidates(
    now: Date,
    after: { dueAt: Date; id: string } | null,
  ): Promise<EscalationCandidate[]> {
    const rows: EscalationCandidate[] = await this.db.manager.query(
      `${ESCALATION_CANDIDATES}
          and ($3::timestamptz is null or (s.response_due_at, s.id) > ($3::timestamptz, $4::uuid))
        order by s.response_due_at, s.id
        limit $5`,
      [now, TERMINAL_STATUSES, after?.dueAt ?? null, after?.id ?? null, SWEEP_BATCH_SIZE],
    );
    return rows.map((r) => ({ ...r, response_due_at: new Date(r.response_due_at) }));
  }

  /** Claims the given missed deadlines for escalation, unless answered meanwhile, and tells everyone. */
  private async escalate(
    manager: EntityManager,
    candidates: EscalationCandidate[],
    now: Date,
  ): Promise<{ claimed: number; notifications: number }> {
    // The deadline must still be the one found missed: a response in between set a new one.
    const claimed = await updateReturning<ClaimedSuggestion>(
      manager,
      `with due as (
         select s.id from suggestion s
           join unnest($2::uuid[], $3::text[]) as c(id, due_at) on c.id = s.id
          where s.response_due_at = c.due_at::timestamptz and s.deadline_missed_at is not null and s.escalated_at is null
            and s.status::text <> all($4::text[])
          order by s.id
          for update of s skip locked
       )
       update suggestion s set escalated_at = $1
         from due
        where s.id = due.id and s.escalated_at is null and s.deadline_missed_at is not null
          and s.status::text <> all($4::text[])
       returning ${CLAIMED_COLUMNS}`,
      // The deadline as SQL wrote it (text), not a JavaScript date: a deadline stored with
      // microseconds would never equal its millisecond rounding and would never be escalated.
      [now, candidates.map((c) => c.id), candidates.map((c) => c.due_text), TERMINAL_STATUSES],
    );
    const people = new Recipients(manager, this.organisation);
    const paths = new Map<string, string[]>();
    for (const s of claimed) paths.set(s.id, await people.escalationPath(s.municipality_id, s.unit_id, s.owner_id));
    const names = await people.names([...new Set([...paths.values()].flat())]);
    const notices: Notice[] = [];
    const audits: AuditRecord[] = [];
    for (const s of claimed) {
      const dueAt = new Date(s.response_due_at);
      const path = paths.get(s.id)!;
      const escalatedTo = path.map((id) => ({ id, name: names.get(id) ?? '' }));
      const unitName = await people.unitName(s.municipality_id, s.unit_id);
      const common = { title: s.title, dueAt: dueAt.toISOString(), unitName };
      notices.push(
        {
          recipients: path,
          event: {
            kind: NotificationKind.ESCALATED,
            suggestionId: s.id,
            eventKey: deadlineEventKey('escalated', s.id, dueAt),
            payload: common,
          },
        },
        {
          recipients: [s.submitter_id],
          event: {
            kind: NotificationKind.ESCALATION_NOTICE,
            suggestionId: s.id,
            eventKey: deadlineEventKey('escalation-notice', s.id, dueAt),
            payload: { ...common, escalatedTo, escalatedToNames: escalatedTo.map((p) => p.name).join(', ') },
          },
        },
      );
      audits.push({
        municipalityId: s.municipality_id,
        actorId: null,
        action: 'suggestion.escalated',
        entityType: 'suggestion',
        entityId: s.id,
        before: { status: s.status, responseDueAt: dueAt.toISOString(), escalatedAt: null },
        after: {
          status: s.status,
          responseDueAt: dueAt.toISOString(),
          escalatedAt: now.toISOString(),
          escalatedTo: path,
        },
        at: now,
      });
    }
    return commitBatch(manager, claimed.length, notices, audits, now);
  }
}

/** The notifications and audit entries of one claimed batch, in its transaction; what the batch did. */
async function commitBatch(
  manager: EntityManager,
  claimed: number,
  notices: Notice[],
  audits: AuditRecord[],
  now: Date,
): Promise<{ claimed: number; notifications: number }> {
  const created = await notifyMany(manager, notices, now);
  await recordAll(manager, audits);
  let notifications = 0;
  for (const list of created.values()) notifications += list.length;
  return { claimed, notifications };
}

/** Audit entries of a whole batch in one statement (what AuditService.record writes, many at once). */
async function recordAll(manager: EntityManager, entries: AuditRecord[]): Promise<void> {
  if (!entries.length) return;
  const json = (v: Record<string, unknown> | null | undefined) => (v ? JSON.stringify(v) : null);
  await manager.query(
    `insert into audit_entry (municipality_id, actor_id, action, entity_type, entity_id, before, after, at)
     select m, a, act, et, eid, b::jsonb, af::jsonb, t
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[])
         as e(m, a, act, et, eid, b, af, t)`,
    [
      entries.map((e) => e.municipalityId),
      entries.map((e) => e.actorId),
      entries.map((e) => e.action),
      entries.map((e) => e.entityType),
      entries.map((e) => e.entityId),
      entries.map((e) => json(e.before)),
      entries.map((e) => json(e.after)),
      entries.map((e) => e.at),
    ],
  );
}

/** The rows an UPDATE … RETURNING gave back, on the transaction's own connection. */
async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (!manager.queryRunner) throw new Error('updateReturning needs a transaction manager');
  const result = await manager.queryRunner.query(sql, params, true);
  return result.records as T[];
}

/** Who is told, looked up once per unit within one batch's transaction. */
class Recipients {
  private readonly trees = new Map<string, Promise<UnitTree>>();
  private readonly leadership = new Map<string, Promise<{ byUnit: Map<string, string[]>; admins: string[] }>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly organisation: OrganisationService,
  ) {}

  private tree(municipalityId: string): Promise<UnitTree> {
    let tree = this.trees.get(municipalityId);
    if (!tree) this.trees.set(municipalityId, (tree = this.organisation.unitTree(municipalityId, this.manager)));
    return tree;
  }

  async unitName(municipalityId: string, unitId: string): Promise<string> {
    return (await this.tree(municipalityId)).get(unitId)?.name ?? '';
  }

  /** Every LEADER membership of the municipality's units, and its admins: two queries per batch. */
  private leaders(municipalityId: string): Promise<{ byUnit: Map<string, string[]>; admins: string[] }> {
    let result = this.leadership.get(municipalityId);
    if (!result) {
      result = (async () => {
        const rows: { unit_id: string; person_id: string }[] = await this.manager.query(
          `select distinct m.unit_id, m.person_id from membership m join unit u on u.id = m.unit_id
             join person p on p.id = m.person_id
            where u.municipality_id = $1 and m.role = 'LEADER' and p.deactivated_at is null`,
          [municipalityId],
        );
        const byUnit = new Map<string, string[]>();
        for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r.person_id]);
        return { byUnit, admins: await this.organisation.adminsOf(municipalityId, this.manager) };
      })();
      this.leadership.set(municipalityId, result);
    }
    return result;
  }

  /** The unit's leaders; a unit without leaders: the nearest leaders above; at the top the admins. Someone is always told. */
  async responsibleFor(municipalityId: string, unitId: string): Promise<string[]> {
    const [tree, { byUnit, admins }] = await Promise.all([this.tree(municipalityId), this.leaders(municipalityId)]);
    return nearestLeadersIn(tree.selfAndAncestors(unitId), byUnit, admins);
  }

  /** The nearest level above whoever owes the answer (the assignee, else the unit's nearest leaders). */
  async escalationPath(municipalityId: string, unitId: string, ownerId: string | null): Promise<string[]> {
    const [tree, { byUnit, admins }] = await Promise.all([this.tree(municipalityId), this.leaders(municipalityId)]);
    return escalationPathIn(tree.selfAndAncestors(unitId), byUnit, admins, ownerId);
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    const people = ids.length ? await this.manager.find(PersonEntity, { where: { id: In(ids) } }) : [];
    return new Map(people.map((p) => [p.id, p.name]));
  }
}
