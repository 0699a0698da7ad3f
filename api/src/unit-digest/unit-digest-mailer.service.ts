import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { lastCompleteMonth } from '@idehub/libs';
import { Clock } from '../common/clock';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { enqueueNotificationEmails } from '../notifications/notify-many';
import { claimPeriod, recordPeriodSummary } from '../scheduling/claim-period';
import { bestItems, computeUnitDigests, hasNews, UnitDigest } from './unit-digest';

export const UNIT_DIGEST_JOB = 'unit-digest';
/** Sent from 07:00 Oslo time on the 1st: the start of the working day, not the middle of the night. */
export const UNIT_DIGEST_HOUR = 7;
const HOUR_MS = 3_600_000;

/** The period claimed for one municipality's digests of one month. */
export const unitDigestPeriod = (month: string, municipalityId: string) => `${month}/${municipalityId}`;
export const unitDigestEventKey = (unitId: string, month: string) => `unit-digest:${unitId}:${month}`;

/**
 * The month whose digests are due at `now`: the last month that ended at least UNIT_DIGEST_HOUR
 * hours ago (Oslo). A server that was down on the 1st catches up at its first tick after; it never
 * sends an older month. (No DST change falls on a 1st before 07:00, so subtracting hours is exact.)
 */
export const dueDigestMonth = (now: Date) => lastCompleteMonth(new Date(now.getTime() - UNIT_DIGEST_HOUR * HOUR_MS));

export interface UnitDigestRunResult {
  month: string;
  /** Municipalities this process claimed and sent for. */
  municipalities: number;
  /** Units with something to tell (the others get no e-mail). */
  units: number;
  notifications: number;
}

/**
 * UNIT_DIGEST on the 1st of each month: every unit whose month has something to tell sends its
 * digest to its own active members (all roles). Leaders of the units above get none: each
 * subunit's digest would reach them again every month; they read the pages instead.
 *
 * Exactly once per unit and month across processes: one municipality at a time, the period is
 * claimed (claimPeriod, INSERT … ON CONFLICT DO NOTHING) in the same transaction as its
 * notifications and e-mail jobs; the event key `unit-digest:<unit>:<month>` backs it up per person.
 * Set-based: one municipality is a fixed handful of statements whatever its number of units.
 */
@Injectable()
export class UnitDigestMailer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async sendDue(now: Date = this.clock.now()): Promise<UnitDigestRunResult> {
    const month = dueDigestMonth(now);
    const result: UnitDigestRunResult = { month, municipalities: 0, units: 0, notifications: 0 };
    // Most ticks find every municipality done: one cheap read, no transaction.
    const pending: { id: string }[] = await this.db.query(
      `select m.id from municipality m
        where not exists (select 1 from periodic_run r where r.job = $1 and r.period = $2 || '/' || m.id::text)
        order by m.id`,
      [UNIT_DIGEST_JOB, month],
    );
    for (const { id } of pending) {
      const sent = await this.db.transaction((manager) => this.sendMunicipality(manager, id, month, now));
      if (!sent) continue;
      result.municipalities++;
      result.units += sent.units;
      result.notifications += sent.notifications;
    }
    return result;
  }

  private async sendMunicipality(
    manager: EntityManager,
    municipalityId: string,
    month: string,
    now: Date,
  ): Promise<{ units: number; notifications: number } | null> {
    const period = unitDigestPeriod(month, municipalityId);
    if (!(await claimPeriod(manager, UNIT_DIGEST_JOB, period, now))) return null;
    const units: { id: string; name: string }[] = await manager.query(
      `select id, name from unit where municipality_id = $1 and closed_at is null`,
      [municipalityId],
    );
    const names = new Map(units.map((u) => [u.id, u.name]));
    const digests = await computeUnitDigests(
      manager,
      municipalityId,
      units.map((u) => u.id),
      month,
      now,
    );
    const withNews = [...digests.values()].filter(hasNews);
    // Set-based, and each unit's payload goes to the database once (not once per member): the unit's
    // active members are found in SQL, told once per event (unique person + event key), and each
    // notification gets its e-mail job — what notifyMany does, for events without a suggestion.
    const created: { id: string }[] = withNews.length
      ? await manager.query(
          `with digest as (select * from unnest($1::uuid[], $2::text[]) as d(unit_id, payload)),
                recipient as (
                  select distinct m.unit_id, m.person_id
                    from membership m
                    join digest d on d.unit_id = m.unit_id
                    join person p on p.id = m.person_id
                   where p.municipality_id = $3 and p.deactivated_at is null and p.anonymised_at is null)
           insert into notification (person_id, kind, suggestion_id, event_key, payload, created_at)
           select r.person_id, $4::notification_kind, null, 'unit-digest:' || r.unit_id || ':' || $5, d.payload::jsonb, $6
             from recipient r join digest d on d.unit_id = r.unit_id
           on conflict (person_id, event_key) do nothing
           returning id`,
          [
            withNews.map((d) => d.unitId),
            withNews.map((d) => JSON.stringify(digestPayload(d, names.get(d.unitId) ?? ''))),
            municipalityId,
            NotificationKind.UNIT_DIGEST,
            month,
            now,
          ],
        )
      : [];
    await enqueueNotificationEmails(
      manager,
      created.map((r) => r.id),
    );
    const notifications = created.length;
    await recordPeriodSummary(manager, UNIT_DIGEST_JOB, period, { units: withNews.length, notifications });
    return { units: withNews.length, notifications };
  }
}

/** What the e-mail shows, captured when it is sent: the month's numbers, its three best items, and thanks. */
export function digestPayload(d: UnitDigest, unitName: string): Record<string, unknown> {
  const best = bestItems(d.items, 3);
  return {
    unitId: d.unitId,
    unitName,
    month: d.month,
    answeredCount: d.answeredCount,
    implementedCount: d.implementedCount,
    firstResponsesDue: d.firstResponsesDue,
    firstResponsesOnTime: d.firstResponsesOnTime,
    items: best.map((i) => ({
      title: i.title,
      status: i.status,
      implemented: i.implemented,
      answer: i.answerSummary,
      gains: i.stories.flatMap((s) => s.gains).slice(0, 3),
    })),
    moreItems: d.items.length - best.length,
    thanks: d.thanks.map((p) => p.name),
  };
}
