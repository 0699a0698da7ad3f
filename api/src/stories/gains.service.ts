import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../common/errors';
import { GainCategory } from './gain-category.enum';
import { GainsDashboardDto, GainTotalDto } from './dtos/gains-dashboard.dto';

export interface GainsSelection {
  municipalityId?: string;
  from?: Date;
  to?: Date;
}

/** One row of the export: a story with one of its gains (gain fields null for a story without gains). */
export interface StoryGainRow {
  storyId: string;
  title: string;
  municipalityName: string;
  publishedAt: Date;
  technology: string[];
  summary: string;
  problem: string | null;
  solution: string | null;
  lessons: string | null;
  trainingTips: string | null;
  contactPersonName: string;
  adoptionCount: number;
  category: GainCategory | null;
  description: string | null;
  value: number | null;
  unit: string | null;
}

/** A row of the totals queries, as PostgreSQL returns it. */
interface TotalRow {
  category: GainCategory;
  unit: string | null;
  sum: number | null;
  count: number;
  municipality_id?: string;
  municipality_name?: string;
  municipality_slug?: string;
  month?: string;
}

/** A row of the export query, as PostgreSQL returns it. */
interface ExportRow {
  id: string;
  title: string;
  municipality_name: string;
  published_at: Date | string;
  technology: string[];
  summary: string;
  problem: string | null;
  solution: string | null;
  lessons: string | null;
  training_tips: string | null;
  contact_person_name: string;
  adoption_count: number;
  category: GainCategory | null;
  description: string | null;
  value: number | null;
  unit: string | null;
}

/** Month of publication in Norwegian time. */
const MONTH = `to_char(st.published_at at time zone 'Europe/Oslo', 'YYYY-MM')`;

/**
 * Gains of published stories: sums per unit of measure (units compared ignoring case), counts
 * where there is no number. Published stories are public across the hub, so anyone signed in may see these.
 */
@Injectable()
export class GainsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private where(selection: GainsSelection): { sql: string; params: unknown[] } {
    if (selection.from && selection.to && selection.from.getTime() >= selection.to.getTime()) {
      throw badInput([{ field: 'to', message: 'must be after from' }]);
    }
    const params: unknown[] = [];
    const conditions = [`st.status = 'PUBLISHED'`];
    if (selection.municipalityId) conditions.push(`st.municipality_id = $${params.push(selection.municipalityId)}`);
    if (selection.from) conditions.push(`st.published_at >= $${params.push(selection.from)}`);
    if (selection.to) conditions.push(`st.published_at < $${params.push(selection.to)}`);
    return { sql: conditions.join(' and '), params };
  }

  async dashboard(selection: GainsSelection): Promise<GainsDashboardDto> {
    const where = this.where(selection);
    /**
     * Totals per category and unit (null unit: the gains without a number), further grouped by `by`.
     * Units that differ only in case are one unit, shown as first written.
     */
    const totals = (by?: { select: string; join?: string; group: string }): Promise<TotalRow[]> =>
      this.db.query(
        `select g.category, (array_agg(g.unit order by st.published_at, st.id, g.position))[1] as unit,
                sum(g.value)::float8 as sum, count(*)::int as count${by ? `, ${by.select}` : ''}
           from gain g join success_story st on st.id = g.story_id ${by?.join ?? ''}
          where ${where.sql}
          group by ${by ? `${by.group}, ` : ''}g.category, lower(g.unit)
          order by ${by ? `${by.group}, ` : ''}g.category, lower(g.unit) nulls last`,
        where.params,
      );
    const toTotal = (r: TotalRow): GainTotalDto => ({
      category: r.category,
      unit: r.unit,
      sum: r.unit === null ? null : Number(r.sum),
      count: r.count,
    });
    const [counts] = await this.db.query(
      `select (select count(*) from success_story st where ${where.sql})::int as stories,
              (select count(*) from gain g join success_story st on st.id = g.story_id where ${where.sql})::int as gains,
              (select count(*) from suggestion s join success_story st on st.id = s.adopted_story_id where ${where.sql})::int as adoptions`,
      where.params,
    );
    const byCategory = await totals();
    const byMunicipality = await totals({
      select: 'm.id as municipality_id, m.name as municipality_name, m.slug as municipality_slug',
      join: 'join municipality m on m.id = st.municipality_id',
      group: 'm.name, m.id, m.slug',
    });
    const byMonth = await totals({ select: `${MONTH} as month`, group: MONTH });
    return {
      storyCount: counts.stories,
      gainCount: counts.gains,
      adoptionCount: counts.adoptions,
      byCategory: byCategory.map(toTotal),
      byMunicipality: byMunicipality.map((r) => ({
        ...toTotal(r),
        municipality: { id: r.municipality_id!, name: r.municipality_name!, slug: r.municipality_slug! },
      })),
      byMonth: byMonth.map((r) => ({ ...toTotal(r), month: r.month! })),
    };
  }

  /** Published stories with their gains, one row per gain, newest story first. */
  async exportRows(selection: GainsSelection, manager: EntityManager = this.db.manager): Promise<StoryGainRow[]> {
    const where = this.where(selection);
    const rows: ExportRow[] = await manager.query(
      `select st.id, st.title, m.name as municipality_name, st.published_at, st.technology, st.summary, st.problem,
              st.solution, st.lessons, st.training_tips, p.name as contact_person_name,
              coalesce(a.count, 0)::int as adoption_count,
              g.category, g.description, g.value::float8 as value, g.unit
         from success_story st
         join municipality m on m.id = st.municipality_id
         join person p on p.id = st.contact_person_id
         left join (select adopted_story_id, count(*) from suggestion where adopted_story_id is not null group by 1) a
                on a.adopted_story_id = st.id
         left join gain g on g.story_id = st.id
        where ${where.sql}
        order by st.published_at desc, st.id desc, g.position`,
      where.params,
    );
    return rows.map((r) => ({
      storyId: r.id,
      title: r.title,
      municipalityName: r.municipality_name,
      publishedAt: new Date(r.published_at),
      technology: r.technology,
      summary: r.summary,
      problem: r.problem,
      solution: r.solution,
      lessons: r.lessons,
      trainingTips: r.training_tips,
      contactPersonName: r.contact_person_name,
      adoptionCount: r.adoption_count,
      category: r.category,
      description: r.description,
      value: r.value === null ? null : Number(r.value),
      unit: r.unit,
    }));
  }
}
