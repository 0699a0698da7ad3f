import { EntityManager } from 'typeorm';
import { osloMonthBounds } from '@idehub/libs';
import { firstResponsesOnTimeByUnit } from '../metrics/metrics.service';
import { GainCategory } from '../stories/gain-category.enum';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';
import { answerSummary } from './answer-summary';

/**
 * «Dere sa – vi gjorde»: what came of a unit's suggestions in one Oslo calendar month.
 *
 * Definitions (the same on the page, in the e-mail and on the poster):
 * - A suggestion is ANSWERED in the month when, in the month, it got its first written answer
 *   ever, or a written answer that changed its status (a leader's response, including
 *   «Ikke nå»). Progress updates without a status change after the first answer do not count,
 *   and neither do withdrawals or merges (they are not answers to the submitter's idea).
 * - It is IMPLEMENTED in the month when an answer in the month set it to IMPLEMENTED.
 * - Its answer in short is the first ~200 characters (cut at a word) of its latest answer of the month.
 * - Gains are those of PUBLISHED success stories linked to it (stories are public hub-wide).
 * - The on-time share is the statistics page's «first responses on time» for suggestions of the
 *   unit submitted in the month (answered by their first deadline / first answers due so far),
 *   without confidential suggestions.
 * - Thanks go to the submitters (unless they hid their name on that suggestion) and the
 *   co-creators («Bli med») of the month's suggestions; anonymised people are left out.
 * - Scope: the unit itself, not the units below it: the summary hangs on that ward's wall, and a
 *   department's leaders would otherwise get every ward's items again.
 * - Confidential suggestions never appear: not listed, not counted, not thanked for.
 */
export interface DigestGain {
  category: GainCategory;
  description: string;
  value: number | null;
  unit: string | null;
}

export interface DigestStory {
  id: string;
  title: string;
  gains: DigestGain[];
}

export interface DigestItem {
  suggestionId: string;
  title: string;
  /** The status its latest answer of the month left it in. */
  status: SuggestionStatus;
  implemented: boolean;
  /** The month brought its first written answer. */
  firstAnswer: boolean;
  answeredAt: Date;
  answerSummary: string;
  supportCount: number;
  stories: DigestStory[];
}

export interface DigestPerson {
  id: string;
  name: string;
}

export interface UnitDigest {
  unitId: string;
  month: string;
  from: Date;
  to: Date;
  /** Implemented first, then the latest answers first. */
  items: DigestItem[];
  answeredCount: number;
  implementedCount: number;
  firstResponsesDue: number;
  firstResponsesAnsweredOnTime: number;
  /** answered on time / due; null when nothing was due. */
  firstResponsesOnTime: number | null;
  thanks: DigestPerson[];
}

/** Whether the month has anything to tell (no e-mail otherwise). */
export const hasNews = (d: UnitDigest) => d.items.length > 0;

/**
 * The month's best stories of change, for the poster: implemented ones first, then those with
 * documented gains (more gains first), then the most supported, then the latest answer.
 */
export function bestItems(items: DigestItem[], count = 3): DigestItem[] {
  const gains = (i: DigestItem) => i.stories.reduce((n, s) => n + s.gains.length, 0);
  return [...items]
    .sort(
      (a, b) =>
        Number(b.implemented) - Number(a.implemented) ||
        gains(b) - gains(a) ||
        b.supportCount - a.supportCount ||
        b.answeredAt.getTime() - a.answeredAt.getTime() ||
        a.suggestionId.localeCompare(b.suggestionId),
    )
    .slice(0, count);
}

interface ItemRow {
  id: string;
  unit_id: string;
  title: string;
  status: SuggestionStatus;
  message: string;
  answered_at: Date;
  implemented: boolean;
  first_answer: boolean;
  support_count: number;
}

/**
 * The digests of many units of one municipality for one month, in a fixed handful of set-based
 * queries whatever the number of units (the monthly e-mail computes a whole municipality at once).
 */
export async function computeUnitDigests(
  manager: EntityManager,
  municipalityId: string,
  unitIds: string[],
  month: string,
  now: Date,
): Promise<Map<string, UnitDigest>> {
  const { from, to } = osloMonthBounds(month);
  const digests = new Map<string, UnitDigest>();
  for (const unitId of unitIds) {
    digests.set(unitId, {
      unitId,
      month,
      from,
      to,
      items: [],
      answeredCount: 0,
      implementedCount: 0,
      firstResponsesDue: 0,
      firstResponsesAnsweredOnTime: 0,
      firstResponsesOnTime: null,
      thanks: [],
    });
  }
  if (!unitIds.length) return digests;

  const items: ItemRow[] = await manager.query(
    `with month_answers as (
       select r.id, r.suggestion_id, r.message, r.from_status::text as from_status, r.to_status::text as to_status, r.created_at
         from response r join suggestion s on s.id = r.suggestion_id
        where s.municipality_id = $1 and s.unit_id = any($2::uuid[]) and s.confidential = false
          and r.kind = 'RESPONSE' and r.created_at >= $3 and r.created_at < $4
     ),
     first_answers as (
       select r.suggestion_id, min(r.created_at) as first_at
         from response r
        where r.suggestion_id in (select suggestion_id from month_answers) and r.kind = 'RESPONSE'
        group by r.suggestion_id
     ),
     qualifying as (
       select ma.suggestion_id,
              bool_or(ma.to_status <> ma.from_status) as changed,
              bool_or(ma.to_status = 'IMPLEMENTED' and ma.from_status <> 'IMPLEMENTED') as implemented,
              bool_or(ma.created_at = fa.first_at) as first_answer
         from month_answers ma join first_answers fa on fa.suggestion_id = ma.suggestion_id
        group by ma.suggestion_id
     ),
     latest as (
       select distinct on (suggestion_id) suggestion_id, message, to_status, created_at
         from month_answers order by suggestion_id, created_at desc, id desc
     )
     select s.id, s.unit_id, s.title, l.to_status as status, l.message, l.created_at as answered_at,
            q.implemented, q.first_answer,
            (select count(*)::int from support sp where sp.suggestion_id = s.id) as support_count
       from qualifying q
       join latest l on l.suggestion_id = q.suggestion_id
       join suggestion s on s.id = q.suggestion_id
      where q.changed or q.first_answer
      order by s.unit_id, q.implemented desc, l.created_at desc, s.id`,
    [municipalityId, unitIds, from, to],
  );
  const ids = items.map((i) => i.id);

  // One after another: on the embedded database every query shares one connection anyway.
  const storyRows = ids.length
    ? ((await manager.query(
        `select ss.suggestion_id, st.id as story_id, st.title, g.category::text as category, g.description,
                  g.value::float8 as value, g.unit
             from story_suggestion ss
             join success_story st on st.id = ss.story_id and st.status = 'PUBLISHED'
             left join gain g on g.story_id = st.id
            where ss.suggestion_id = any($1::uuid[])
            order by ss.suggestion_id, st.published_at, st.id, g.position`,
        [ids],
      )) as {
        suggestion_id: string;
        story_id: string;
        title: string;
        category: GainCategory | null;
        description: string | null;
        value: number | null;
        unit: string | null;
      }[])
    : [];
  const thanksRows = ids.length
    ? ((await manager.query(
        `select distinct s.unit_id, p.id, p.name
             from suggestion s
             join lateral (
               select s.submitter_id as person_id where not s.hide_name
               union
               select c.person_id from co_creator c
                where c.suggestion_id = s.id and not (s.hide_name and c.person_id = s.submitter_id)
             ) helper on true
             join person p on p.id = helper.person_id
            where s.id = any($1::uuid[]) and p.anonymised_at is null
            order by s.unit_id, p.name, p.id`,
        [ids],
      )) as { unit_id: string; id: string; name: string }[])
    : [];
  const onTime = await firstResponsesOnTimeByUnit(manager, municipalityId, unitIds, from, to, now, {
    publicOnly: true,
  });

  const storiesBySuggestion = new Map<string, DigestStory[]>();
  for (const r of storyRows) {
    const list = storiesBySuggestion.get(r.suggestion_id) ?? [];
    let story = list.find((s) => s.id === r.story_id);
    if (!story) list.push((story = { id: r.story_id, title: r.title, gains: [] }));
    if (r.category && r.description !== null) {
      story.gains.push({
        category: r.category,
        description: r.description,
        value: r.value === null ? null : Number(r.value),
        unit: r.unit,
      });
    }
    storiesBySuggestion.set(r.suggestion_id, list);
  }
  for (const r of items) {
    const digest = digests.get(r.unit_id)!;
    digest.items.push({
      suggestionId: r.id,
      title: r.title,
      status: r.status,
      implemented: r.implemented,
      firstAnswer: r.first_answer,
      answeredAt: new Date(r.answered_at),
      answerSummary: answerSummary(r.message),
      supportCount: r.support_count,
      stories: storiesBySuggestion.get(r.id) ?? [],
    });
  }
  for (const r of thanksRows) digests.get(r.unit_id)!.thanks.push({ id: r.id, name: r.name });
  for (const digest of digests.values()) {
    digest.answeredCount = digest.items.length;
    digest.implementedCount = digest.items.filter((i) => i.implemented).length;
    const counts = onTime.get(digest.unitId);
    digest.firstResponsesDue = counts?.due ?? 0;
    digest.firstResponsesAnsweredOnTime = counts?.onTime ?? 0;
    digest.firstResponsesOnTime = counts && counts.due > 0 ? counts.onTime / counts.due : null;
  }
  return digests;
}
