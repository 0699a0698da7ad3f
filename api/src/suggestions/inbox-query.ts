import { badInput } from '../common/errors';
import { UnitTree } from '../organisation/organisation.service';
import { UnitEntity } from '../organisation/unit.entity';
import { SuggestionEntity } from './suggestion.entity';
import { InboxFilter } from './dtos/inbox.inputs';

export const DAY_MS = 86_400_000;

/**
 * The inbox's order as SQL keys (alias `s`): overdue first, then by due date (none last), then
 * submitted, then id. Timestamps are cut to milliseconds so a cursor made from JavaScript dates
 * matches the order exactly, in UTC so that the keys are immutable and IDX_suggestion_inbox_order
 * holds them (the same expressions, character for character in meaning).
 */
export const INBOX_ORDER = [
  `coalesce(date_trunc('milliseconds', s.response_due_at at time zone 'UTC'), 'infinity'::timestamp)`,
  `date_trunc('milliseconds', s.submitted_at at time zone 'UTC')`,
  's.id',
];

/** A cursor's values compared with INBOX_ORDER's keys (named parameters cursorDue, cursorAt, cursorId). */
export const INBOX_CURSOR_KEYS = `(:cursorDue::timestamptz at time zone 'UTC', :cursorAt::timestamptz at time zone 'UTC', :cursorId::uuid)`;

/** Where the last suggestion of a page stands in INBOX_ORDER. */
export interface InboxCursor {
  due: string | null;
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export function encodeInboxCursor(s: Pick<SuggestionEntity, 'responseDueAt' | 'submittedAt' | 'id'>): string {
  const cursor: InboxCursor = {
    due: s.responseDueAt?.toISOString() ?? null,
    at: s.submittedAt.toISOString(),
    id: s.id,
  };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeInboxCursor(after: string | undefined | null): InboxCursor | undefined {
  if (!after) return undefined;
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if ((v.due === null || isDate(v.due)) && isDate(v.at) && typeof v.id === 'string' && UUID.test(v.id)) {
      return { due: v.due, at: v.at, id: v.id };
    }
  } catch {
    /* fall through */
  }
  throw badInput([{ field: 'after', message: 'is not a cursor returned by the inbox' }]);
}

/**
 * The filter as one SQL condition (alias `s`) with named parameters; `true` when nothing is chosen.
 * `filterUnits` is the chosen unit and every unit below it.
 */
export function inboxFilterSql(
  filter: InboxFilter | undefined,
  ctx: { now: Date; me: string; filterUnits: string[] },
): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.unitId) {
    parts.push('s.unit_id = any(:inboxFilterUnits)');
    params.inboxFilterUnits = ctx.filterUnits;
  }
  if (filter?.overdue) {
    parts.push('s.response_due_at <= :inboxNow');
    params.inboxNow = ctx.now;
  }
  if (filter?.dueWithinDays) {
    parts.push('s.response_due_at > :inboxNow and s.response_due_at <= :inboxDueBy');
    params.inboxNow = ctx.now;
    params.inboxDueBy = new Date(ctx.now.getTime() + filter.dueWithinDays * DAY_MS);
  }
  if (filter?.assignedToMe) {
    parts.push('s.owner_id = :inboxMe');
    params.inboxMe = ctx.me;
  }
  if (filter?.confidential) parts.push('s.confidential = true');
  return { sql: parts.length ? `(${parts.map((p) => `(${p})`).join(' and ')})` : 'true', params };
}

/** These units in tree order: each parent before its children, siblings by name (as the tree holds them). */
export function inTreeOrder(tree: UnitTree, ids: Set<string>): UnitEntity[] {
  const chosen = tree.units.filter((u) => ids.has(u.id));
  const byParent = new Map<string | null, UnitEntity[]>();
  for (const u of chosen) {
    // A chosen unit whose parent is not chosen is a root here.
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  const ordered: UnitEntity[] = [];
  const visit = (parent: string | null) => {
    for (const u of byParent.get(parent) ?? []) {
      if (ordered.includes(u)) continue;
      ordered.push(u);
      visit(u.id);
    }
  };
  visit(null);
  return ordered;
}
