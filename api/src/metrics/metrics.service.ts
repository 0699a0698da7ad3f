import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { osloMonthsBetween, TERMINAL_STATUSES } from '@idehub/libs';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { Viewer } from '../common/viewer';
import { toUnitDto } from '../organisation/dtos/organisation.dto';
import { FeedbackMetricsDto, FeedbackMetricsMonthDto } from './dtos/feedback-metrics.dto';

/** The audit actions the deadline sweep (api/src/deadlines) records, with actor null, once per deadline. */
export const SWEEP_ESCALATED_ACTION = 'suggestion.escalated';
export const SWEEP_DEADLINE_MISSED_ACTION = 'suggestion.deadline_missed';
/** Recorded by the sweep when a parked suggestion («Ikke nå») comes back on its review date. */
export const SWEEP_REVIEW_DUE_ACTION = 'suggestion.review_due';

/** Months and shares are those of the people using it. */
const TIME_ZONE = 'Europe/Oslo';
const MAX_PERIOD_DAYS = 3660;
const DAY_MS = 24 * 3600 * 1000;

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The suggestions of the scope submitted in [$3, $4), each with how its first response went:
 * ON_TIME / LATE, or null when it does not count (not yet due, or withdrawn before any answer).
 * The first answer's was_late was decided against the deadline it answered, which for the first
 * answer is the first due date; an unanswered open suggestion still carries its first due date.
 * suggestion.first_response_late is that first answer's was_late, written with it (see
 * SuggestionEntity), so no response is read; IDX_suggestion_metrics answers this from the index alone.
 * Months are grouped by their first instant (a timestamp sorts much faster than text) and named after.
 */
const scopedSuggestionsSql = (options: { publicOnly?: boolean } = {}) => `
  scoped as (
    select s.id, s.unit_id, s.status::text as status, s.submitted_at, s.first_response_at, s.response_due_at,
           date_trunc('month', s.submitted_at at time zone '${TIME_ZONE}') as month_start,
           case
             when s.first_response_late is not null then case when s.first_response_late then 'LATE' else 'ON_TIME' end
             when s.first_response_at is null and s.response_due_at <= $5 then 'LATE'
           end as first_response
      from suggestion s
     where s.municipality_id = $1 and ($2::uuid[] is null or s.unit_id = any($2::uuid[]))
       and s.submitted_at >= $3 and s.submitted_at < $4${options.publicOnly ? ' and s.confidential = false' : ''}
  )`;

/**
 * The sweep's deadline events of the scope in [$3, $4), per month and action, from the small
 * partial index IDX_audit_entry_sweep_events alone. The sweep records them with the suggestion's
 * municipality, so municipality-wide they need no join; for a unit, the suggestion's unit today decides.
 */
const SWEEP_EVENTS = (withUnits: boolean) => `
  select to_char(a.at at time zone '${TIME_ZONE}', 'YYYY-MM') as month, a.action, count(*)::int as count
    from audit_entry a
   where a.municipality_id = $1 and a.entity_type = 'suggestion' and a.actor_id is null
     and a.action in ('${SWEEP_ESCALATED_ACTION}', '${SWEEP_DEADLINE_MISSED_ACTION}') and a.at >= $2 and a.at < $3
     ${withUnits ? 'and a.entity_id in (select s.id from suggestion s where s.municipality_id = $1 and s.unit_id = any($4::uuid[]))' : ''}
   group by 1, 2`;

/** First responses due and answered on time, as the statistics page counts them, per unit. */
export interface UnitOnTime {
  due: number;
  onTime: number;
}

/**
 * The statistics page's «first responses on time» (suggestions submitted in [from, to), each
 * counted once its first answer was due), per unit of `unitIds`, without the units below them.
 * `publicOnly` leaves confidential suggestions out, for summaries shown to everyone.
 */
export async function firstResponsesOnTimeByUnit(
  manager: EntityManager,
  municipalityId: string,
  unitIds: string[],
  from: Date,
  to: Date,
  now: Date,
  options: { publicOnly?: boolean } = {},
): Promise<Map<string, UnitOnTime>> {
  const rows: { unit_id: string; due: number; on_time: number }[] = await manager.query(
    `with ${scopedSuggestionsSql(options)}
     select unit_id, count(first_response)::int as due,
            (count(*) filter (where first_response = 'ON_TIME'))::int as on_time
       from scoped group by unit_id`,
    [municipalityId, unitIds, from, to, now],
  );
  return new Map(rows.map((r) => [r.unit_id, { due: r.due, onTime: r.on_time }]));
}

/** One month's counts; every one of them adds up over months to the period's. */
interface MonthRow {
  month: string;
  submitted: number;
  due: number;
  on_time: number;
  open_now: number;
  overdue_now: number;
  rated: number;
  useful: number;
}
const COUNTS = ['submitted', 'due', 'on_time', 'open_now', 'overdue_now', 'rated', 'useful'] as const;

@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * Unit metrics (the unit and its children) for that unit's leaders, leaders above it and admins;
   * municipality-wide metrics for everyone in the municipality: aggregates only, no content.
   */
  async feedbackMetrics(viewer: Viewer, unitId: string | undefined, from: Date, to: Date): Promise<FeedbackMetricsDto> {
    if (!(from.getTime() < to.getTime())) throw badInput([{ field: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
      throw badInput([{ field: 'to', message: 'the period may be at most 10 years' }]);
    }
    const scope = await this.access.scopeFor(viewer);
    let unitIds: string[] | null = null;
    const unit = unitId ? scope.tree.get(unitId) : undefined;
    if (unitId) {
      if (!unit) throw notFound('No such unit.');
      if (!scope.responderUnitIds.has(unit.id)) {
        throw forbidden('Only the unit’s leaders (and above) and admins see its metrics.');
      }
      unitIds = [...scope.tree.selfAndDescendants([unit.id])];
    }
    const now = this.clock.now();
    const params = [viewer.municipalityId, unitIds, from, to, now, TERMINAL_STATUSES];
    const manager = this.db.manager;

    // Four independent reads: on PostgreSQL they run side by side (two cores halve the wait at scale);
    // PGlite's single connection simply takes them in turn.
    const [byMonth, [{ median_days }], events, parking]: [
      MonthRow[],
      { median_days: number | null }[],
      { month: string; action: string; count: number }[],
      { parkedNow: number; returnedFromParking: number },
    ] = await Promise.all([
      // One pass over the scoped suggestions, counted per month (a hash aggregate: the period's totals are
      // the months' sums, so no sort by month and no second grouping).
      manager.query(
        `with ${scopedSuggestionsSql()}
       select to_char(month_start, 'YYYY-MM') as month,
              count(*)::int as submitted,
              count(first_response)::int as due,
              (count(*) filter (where first_response = 'ON_TIME'))::int as on_time,
              (count(*) filter (where status <> all($6::text[])))::int as open_now,
              (count(*) filter (where status <> all($6::text[]) and response_due_at <= $5))::int as overdue_now,
              count(ar.suggestion_id)::int as rated,
              (count(*) filter (where ar.useful))::int as useful
         from scoped left join answer_rating ar on ar.suggestion_id = scoped.id
        group by month_start`,
        params,
      ),
      // The median days to a first answer, over the period only (it does not add up over months).
      manager.query(
        `with ${scopedSuggestionsSql()}
       select percentile_cont(0.5) within group (order by extract(epoch from first_response_at - submitted_at) / 86400.0)
                as median_days
         from scoped where first_response_at is not null`,
        params.slice(0, 5),
      ),
      manager.query(
        SWEEP_EVENTS(unitIds !== null),
        unitIds ? [viewer.municipalityId, from, to, unitIds] : [viewer.municipalityId, from, to],
      ),
      this.parkingCounts(viewer.municipalityId, unitIds, from, to),
    ]);
    const totals = Object.fromEntries(
      COUNTS.map((count) => [count, byMonth.reduce((sum, row) => sum + row[count], 0)]),
    ) as Record<(typeof COUNTS)[number], number>;
    const months = osloMonthsBetween(from, to);

    const eventCount = (action: string, month?: string) =>
      events
        .filter((e) => e.action === action && (month === undefined || e.month === month))
        .reduce((n, e) => n + e.count, 0);
    const series = months.map((month): FeedbackMetricsMonthDto => {
      const row = byMonth.find((r) => r.month === month);
      const [submitted, due, onTime] = row ? [row.submitted, row.due, row.on_time] : [0, 0, 0];
      return {
        month,
        submitted,
        firstResponsesDue: due,
        answeredOnTime: onTime,
        answeredLateOrMissing: due - onTime,
        firstResponsesOnTime: share(onTime, due),
        escalations: eventCount(SWEEP_ESCALATED_ACTION, month),
      };
    });
    const median = median_days === null ? null : Math.round(Number(median_days) * 100) / 100;
    return {
      from,
      to,
      unit: unit ? toUnitDto(unit) : null,
      submitted: totals.submitted,
      firstResponsesDue: totals.due,
      firstResponsesAnsweredOnTime: totals.on_time,
      firstResponsesOnTime: share(totals.on_time, totals.due),
      medianDaysToFirstResponse: median,
      openNow: totals.open_now,
      overdueNow: totals.overdue_now,
      ...parking,
      escalations: eventCount(SWEEP_ESCALATED_ACTION),
      deadlinesMissed: eventCount(SWEEP_DEADLINE_MISSED_ACTION),
      ratedAnswers: totals.rated,
      ratedUsefulCount: totals.useful,
      ratedUseful: share(totals.useful, totals.rated),
      series,
    };
  }
  /**
   * «Ikke nå»: how many of the period's suggestions are parked now, and how many parked suggestions came
   * back for review during the period (the sweep's audit entries, whenever submitted). One statement of
   * its own, beside the main aggregate. A parked answer is an answer: the first-response figures above
   * count it like any other.
   */
  private async parkingCounts(
    municipalityId: string,
    unitIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<{ parkedNow: number; returnedFromParking: number }> {
    const [row]: { parked_now: number; returned: number }[] = await this.db.manager.query(
      `select
         (select count(*) from suggestion s
           where s.municipality_id = $1 and ($2::uuid[] is null or s.unit_id = any($2::uuid[]))
             and s.submitted_at >= $3 and s.submitted_at < $4 and s.status = 'PARKED')::int as parked_now,
         (select count(*) from audit_entry a join suggestion s on s.id = a.entity_id
           where a.municipality_id = $1 and a.entity_type = 'suggestion' and a.actor_id is null
             and a.action = $5 and a.at >= $3 and a.at < $4
             and s.municipality_id = $1 and ($2::uuid[] is null or s.unit_id = any($2::uuid[])))::int as returned`,
      [municipalityId, unitIds, from, to, SWEEP_REVIEW_DUE_ACTION],
    );
    return { parkedNow: row.parked_now, returnedFromParking: row.returned };
  }
}
