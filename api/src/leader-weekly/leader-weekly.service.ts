import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { osloWeek, osloWeekMondayAt, previousOsloWeek, TERMINAL_STATUSES, type OsloWeek } from '@idehub/libs';
import { Clock } from '../common/clock';
import { personCanSeeSuggestionSql } from '../access/access.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { notifyMany, Notice } from '../notifications/notify-many';
import { claimPeriod, recordPeriodSummary } from '../scheduling/claim-period';

export const LEADER_WEEKLY_JOB = 'leader-weekly';
/** Monday at this hour, Oslo time. */
export const LEADER_WEEKLY_HOUR = 7;
/** Titles listed per section of the e-mail; the counts are always complete. */
export const LEADER_WEEKLY_LIST_LIMIT = 10;

/** One suggestion in a list of the weekly e-mail (what the payload keeps of it). */
export interface WeeklyItem {
  id: string;
  title: string;
  /** The deadline (overdue, due this week) or when it was last answered (answered last week). */
  at: string;
  unitName: string;
}

/** What one leader is told in a week: stored as the notification's payload at claim time. */
export interface LeaderWeeklyPayload {
  week: string;
  weekNumber: number;
  /** Monday 00:00 and the next Monday 00:00, Oslo. */
  weekStart: string;
  weekEnd: string;
  overdueCount: number;
  dueThisWeekCount: number;
  answeredLastWeekCount: number;
  overdue: WeeklyItem[];
  dueThisWeek: WeeklyItem[];
  answeredLastWeek: WeeklyItem[];
}

export interface LeaderWeeklyResult {
  week: string;
  /** Leaders who had something to be told (and were sent the e-mail). */
  leaders: number;
  notifications: number;
}

interface Row {
  person_id: string;
  id: string;
  title: string;
  unit_name: string;
  response_due_at: Date | null;
  overdue: boolean;
  due_this_week: boolean;
  answered_at: Date | null;
}

/**
 * The weekly e-mail to leaders (LEADER_WEEKLY), Monday 07:00 Oslo: what is overdue, what is due
 * this week (until Sunday 23:59 Oslo), and what was answered last week, in the units they lead and
 * the units below them (the inbox's scope). Run from the deadline sweep's 60 s scheduler: the first
 * tick at or after Monday 07:00 of the current week sends it (a server that was down at 07:00 catches
 * up later that week; a week that has passed is never sent afterwards).
 *
 * Exactly once per week across processes: the week is claimed in periodic_run in the same
 * transaction as the notifications (and their e-mail jobs), and the event key `leader-weekly:<week>`
 * is unique per person as the backstop.
 *
 * Who gets it: active people with a LEADER membership. Admins only through a LEADER membership of
 * their own: an admin keeps the settings and the organisation, and already receives escalations at
 * the top of the hierarchy; a weekly list of every unit's cases would be noise to them.
 */
@Injectable()
export class LeaderWeeklyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Sends this week's e-mails if they are due and not yet sent (by any process); null when nothing ran. */
  async runIfDue(): Promise<LeaderWeeklyResult | null> {
    const now = this.clock.now();
    const week = osloWeek(now);
    if (now.getTime() < osloWeekMondayAt(week, LEADER_WEEKLY_HOUR).getTime()) return null;
    // The cheap path of every other tick of the week: one primary-key lookup, no transaction.
    const done: unknown[] = await this.db.query(`select 1 from periodic_run where job = $1 and period = $2`, [
      LEADER_WEEKLY_JOB,
      week.id,
    ]);
    if (done.length) return null;
    return this.db.transaction(async (manager) => {
      if (!(await claimPeriod(manager, LEADER_WEEKLY_JOB, week.id, now))) return null;
      const result = await this.send(manager, week, now);
      await recordPeriodSummary(manager, LEADER_WEEKLY_JOB, week.id, { ...result });
      return result;
    });
  }

  private async send(manager: EntityManager, week: OsloWeek, now: Date): Promise<LeaderWeeklyResult> {
    const lastWeek = previousOsloWeek(week);
    // Candidates first (open and due before the week ends, or answered last week), then each
    // leader's scope, then the same visibility rule as everywhere else on the server.
    const rows: Row[] = await manager.query(
      `with recursive led(person_id, unit_id) as (
         select m.person_id, m.unit_id from membership m join person p on p.id = m.person_id
          where m.role = 'LEADER' and m.unit_id is not null and p.deactivated_at is null
         union
         select led.person_id, u.id from unit u join led on u.parent_id = led.unit_id
       ),
       answered as (
         select r.suggestion_id, max(r.created_at) as answered_at from response r
          where r.kind <> 'WITHDRAWAL' and r.created_at >= $3 and r.created_at < $4
          group by r.suggestion_id
       ),
       candidate as (
         select s.id, s.unit_id, s.title, s.response_due_at, a.answered_at,
                (st.is_open and s.response_due_at <= $1) as overdue,
                (st.is_open and s.response_due_at > $1 and s.response_due_at < $2) as due_this_week
           from suggestion s
           left join answered a on a.suggestion_id = s.id
           cross join lateral (select s.status::text <> all($5::text[]) as is_open) st
          where (st.is_open and s.response_due_at < $2) or a.answered_at is not null
       )
       select led.person_id, c.id, c.title, u.name as unit_name, c.response_due_at, c.overdue, c.due_this_week, c.answered_at
         from (select distinct person_id, unit_id from led) led
         join candidate c on c.unit_id = led.unit_id
         join suggestion s on s.id = c.id
         join unit u on u.id = c.unit_id
        where ${personCanSeeSuggestionSql('led.person_id', 's')}
        order by led.person_id, c.response_due_at nulls last, c.id`,
      [now, week.end, lastWeek.start, week.start, TERMINAL_STATUSES],
    );
    const byLeader = new Map<string, LeaderWeeklyPayload>();
    for (const r of rows) {
      let p = byLeader.get(r.person_id);
      if (!p) {
        p = {
          week: week.id,
          weekNumber: week.number,
          weekStart: week.start.toISOString(),
          weekEnd: week.end.toISOString(),
          overdueCount: 0,
          dueThisWeekCount: 0,
          answeredLastWeekCount: 0,
          overdue: [],
          dueThisWeek: [],
          answeredLastWeek: [],
        };
        byLeader.set(r.person_id, p);
      }
      const item = (at: Date | null): WeeklyItem => ({
        id: r.id,
        title: r.title,
        at: at ? new Date(at).toISOString() : '',
        unitName: r.unit_name,
      });
      if (r.overdue) {
        p.overdueCount++;
        if (p.overdue.length < LEADER_WEEKLY_LIST_LIMIT) p.overdue.push(item(r.response_due_at));
      }
      if (r.due_this_week) {
        p.dueThisWeekCount++;
        if (p.dueThisWeek.length < LEADER_WEEKLY_LIST_LIMIT) p.dueThisWeek.push(item(r.response_due_at));
      }
      if (r.answered_at) {
        p.answeredLastWeekCount++;
        if (p.answeredLastWeek.length < LEADER_WEEKLY_LIST_LIMIT) p.answeredLastWeek.push(item(r.answered_at));
      }
    }
    // Nothing to say: no e-mail (a leader appears above only with at least one suggestion).
    const notices: Notice[] = [...byLeader].map(([personId, payload]) => ({
      recipients: [personId],
      event: {
        kind: NotificationKind.LEADER_WEEKLY,
        suggestionId: null,
        eventKey: `leader-weekly:${week.id}`,
        payload: payload as unknown as Record<string, unknown>,
      },
    }));
    const created = await notifyMany(manager, notices, now);
    let notifications = 0;
    for (const list of created.values()) notifications += list.length;
    return { week: week.id, leaders: byLeader.size, notifications };
  }
}
