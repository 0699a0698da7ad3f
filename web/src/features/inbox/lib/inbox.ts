/**
 * The leader's inbox, worked out in the browser until the API offers an `inbox` query
 * (web/API-WISHES.md): open suggestions of the units I lead and their child units,
 * overdue first, then by due date.
 */
export interface InboxUnit {
  id: string;
  parentId: string | null;
}

export interface InboxMembership {
  role: string;
  unit: { id: string } | null;
}

export interface InboxItem {
  id: string;
  overdue: boolean;
  escalatedAt?: string | null;
  responseDueAt?: string | null;
  unit: { id: string };
}

/** Unit ids a person answers for: led units and everything below them; admins: all units. */
export function unitsInMyCare(memberships: InboxMembership[], units: InboxUnit[]): Set<string> {
  if (memberships.some((m) => m.role === 'ADMIN')) return new Set(units.map((u) => u.id));
  const led = memberships.filter((m) => m.role === 'LEADER' && m.unit).map((m) => m.unit!.id);
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const result = new Set<string>();
  const queue = [...led];
  while (queue.length) {
    const id = queue.shift()!;
    if (result.has(id)) continue;
    result.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Overdue first, then the earliest due date; no due date last. */
export function sortForInbox<T extends InboxItem>(items: T[]): T[] {
  const due = (s: InboxItem) => (s.responseDueAt ? Date.parse(s.responseDueAt) : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b));
}

export function inboxCounts(items: InboxItem[], now: Date = new Date()) {
  const week = now.getTime() + 7 * 24 * 60 * 60 * 1000;
  return {
    open: items.length,
    overdue: items.filter((s) => s.overdue).length,
    escalated: items.filter((s) => s.escalatedAt).length,
    dueThisWeek: items.filter((s) => !s.overdue && s.responseDueAt && Date.parse(s.responseDueAt) <= week).length,
  };
}
