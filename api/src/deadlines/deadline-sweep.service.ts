import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { escalationDueAt, TERMINAL_STATUSES } from '@idehub/libs';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { OrganisationService, UnitTree } from '../organisation/organisation.service';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionsService } from '../suggestions/suggestions.service';

/** What one sweep did: the claims this process won (another process never wins the same one). */
export interface SweepResult {
  /** Deadlines this sweep marked as missed (the unit's leaders were told). */
  deadlinesMissed: number;
  /** Missed deadlines this sweep escalated (the escalation path and the submitter were told). */
  escalated: number;
  /** Notifications created, of all kinds. */
  notifications: number;
}

/** Rows per transaction: keeps every transaction short, which matters most on the embedded database. */
export const SWEEP_BATCH_SIZE = 100;

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
  escalation_grace_days: number;
}

const CLAIMED_COLUMNS = `s.id, s.municipality_id, s.unit_id, s.submitter_id, s.owner_id, s.title, s.status, s.response_due_at`;

/**
 * Missed, unescalated deadlines whose grace may have passed ($1 now, $2 terminal statuses). A DST
 * change moves a calendar day by an hour, so this is generous by 3 hours; the caller decides exactly.
 * The first bound on response_due_at lets the planner use its index.
 */
const ESCALATION_CANDIDATES = `select s.id, s.response_due_at, m.escalation_grace_days
         from suggestion s join municipality m on m.id = s.municipality_id
        where s.response_due_at <= $1::timestamptz + interval '3 hours'
          and s.response_due_at <= $1::timestamptz - make_interval(days => m.escalation_grace_days) + interval '3 hours'
          and s.deadline_missed_at is not null and s.escalated_at is null
          and s.status::text <> all($2::text[])`;

/** The event of one deadline: a new deadline (after a response) is a new event, notified again. */
export const deadlineEventKey = (
  kind: 'deadline-missed' | 'escalated' | 'escalation-notice',
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
    private readonly suggestions: SuggestionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const result: SweepResult = { deadlinesMissed: 0, escalated: 0, notifications: 0 };
    // Most sweeps find nothing to do: one cheap read decides, without opening a transaction.
    const work = await this.pendingWork(now);
    // Missed deadlines first, so a grace of 0 days escalates in the same sweep.
    let more = work.missed;
    while (more) {
      const batch = await this.db.transaction((manager) => this.markMissedDeadlines(manager, now));
      result.deadlinesMissed += batch.claimed;
      result.notifications += batch.notifications;
      // Fewer than a full batch: nothing is left, or another process holds the rest.
      more = batch.claimed === SWEEP_BATCH_SIZE;
    }
    let after: { dueAt: Date; id: string } | null = null;
    more = work.escalations || result.deadlinesMissed > 0;
    while (more) {
      const candidates = await this.escalationCandidates(now, after);
      if (!candidates.length) break;
      const last = candidates[candidates.length - 1];
      after = { dueAt: last.response_due_at, id: last.id };
      more = candidates.length === SWEEP_BATCH_SIZE;
      // The grace is counted in Oslo calendar days, which SQL only approximated.
      const due = candidates.filter(
        (c) =>
          escalationDueAt(c.response_due_at, {
            firstResponseDays: 0,
            updateIntervalDays: 0,
            escalationGraceDays: c.escalation_grace_days,
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

  /** Whether anything may be due; the claims below decide exactly. */
  private async pendingWork(now: Date): Promise<{ missed: boolean; escalations: boolean }> {
    const [row]: { missed: boolean; escalations: boolean }[] = await this.db.manager.query(
      `select exists (
                select 1 from suggestion
                 where response_due_at <= $1 and deadline_missed_at is null and status::text <> all($2::text[])
              ) as missed,
              exists (${ESCALATION_CANDIDATES} limit 1) as escalations`,
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
    const people = new Recipients(manager, this.organisation, this.suggestions);
    let notifications = 0;
    for (const s of claimed) {
      const dueAt = new Date(s.response_due_at);
      const leaders = await people.responsibleFor(s.municipality_id, s.unit_id);
      const recipients = s.owner_id ? [...leaders, s.owner_id] : leaders;
      const created = await this.notifications.notify(
        manager,
        recipients,
        {
          kind: NotificationKind.DEADLINE_MISSED,
          suggestionId: s.id,
          eventKey: deadlineEventKey('deadline-missed', s.id, dueAt),
          payload: {
            title: s.title,
            dueAt: dueAt.toISOString(),
            unitName: await people.unitName(s.municipality_id, s.unit_id),
          },
        },
        now,
      );
      notifications += created.length;
      await this.audit.record(manager, {
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
    return { claimed: claimed.length, notifications };
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
           join unnest($2::uuid[], $3::timestamptz[]) as c(id, due_at) on c.id = s.id
          where s.response_due_at = c.due_at and s.deadline_missed_at is not null and s.escalated_at is null
            and s.status::text <> all($4::text[])
          order by s.id
          for update of s skip locked
       )
       update suggestion s set escalated_at = $1
         from due
        where s.id = due.id and s.escalated_at is null and s.deadline_missed_at is not null
          and s.status::text <> all($4::text[])
       returning ${CLAIMED_COLUMNS}`,
      [now, candidates.map((c) => c.id), candidates.map((c) => c.response_due_at), TERMINAL_STATUSES],
    );
    const people = new Recipients(manager, this.organisation, this.suggestions);
    let notifications = 0;
    for (const s of claimed) {
      const dueAt = new Date(s.response_due_at);
      const path = await people.escalationPath(s.municipality_id, s.unit_id, s.owner_id);
      const names = await people.names(path);
      const escalatedTo = path.map((id) => ({ id, name: names.get(id) ?? '' }));
      const unitName = await people.unitName(s.municipality_id, s.unit_id);
      const common = { title: s.title, dueAt: dueAt.toISOString(), unitName };
      const toPath = await this.notifications.notify(
        manager,
        path,
        {
          kind: NotificationKind.ESCALATED,
          suggestionId: s.id,
          eventKey: deadlineEventKey('escalated', s.id, dueAt),
          payload: common,
        },
        now,
      );
      const toSubmitter = await this.notifications.notify(
        manager,
        [s.submitter_id],
        {
          kind: NotificationKind.ESCALATION_NOTICE,
          suggestionId: s.id,
          eventKey: deadlineEventKey('escalation-notice', s.id, dueAt),
          payload: { ...common, escalatedTo, escalatedToNames: escalatedTo.map((p) => p.name).join(', ') },
        },
        now,
      );
      notifications += toPath.length + toSubmitter.length;
      await this.audit.record(manager, {
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
    return { claimed: claimed.length, notifications };
  }
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
  private readonly responsible = new Map<string, Promise<string[]>>();
  private readonly paths = new Map<string, Promise<string[]>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly organisation: OrganisationService,
    private readonly suggestions: SuggestionsService,
  ) {}

  private tree(municipalityId: string): Promise<UnitTree> {
    let tree = this.trees.get(municipalityId);
    if (!tree) this.trees.set(municipalityId, (tree = this.organisation.unitTree(municipalityId, this.manager)));
    return tree;
  }

  async unitName(municipalityId: string, unitId: string): Promise<string> {
    return (await this.tree(municipalityId)).get(unitId)?.name ?? '';
  }

  /** The unit's leaders; a unit without leaders: the nearest leaders above; at the top the admins. Someone is always told. */
  responsibleFor(municipalityId: string, unitId: string): Promise<string[]> {
    let result = this.responsible.get(unitId);
    if (!result) {
      result = (async () => {
        for (const id of (await this.tree(municipalityId)).selfAndAncestors(unitId)) {
          const leaders = await this.organisation.leadersOf([id], this.manager);
          if (leaders.length) return leaders;
        }
        return this.organisation.adminsOf(municipalityId, this.manager);
      })();
      this.responsible.set(unitId, result);
    }
    return result;
  }

  /** SuggestionsService.escalationPath: the nearest level above whoever owes the answer. */
  escalationPath(municipalityId: string, unitId: string, ownerId: string | null): Promise<string[]> {
    const key = `${unitId}:${ownerId ?? ''}`;
    let result = this.paths.get(key);
    if (!result) {
      result = this.tree(municipalityId).then((tree) =>
        this.suggestions.escalationPath(tree, unitId, municipalityId, this.manager, ownerId),
      );
      this.paths.set(key, result);
    }
    return result;
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    const people = ids.length ? await this.manager.find(PersonEntity, { where: { id: In(ids) } }) : [];
    return new Map(people.map((p) => [p.id, p.name]));
  }
}
