/** The inbox's filters: all off shows everything the server sent (overdue first, then by due date). */
export interface InboxFilters {
  unitId: string;
  overdue: boolean;
  dueThisWeek: boolean;
  assignedToMe: boolean;
  confidential: boolean;
}

export const NO_FILTERS: InboxFilters = {
  unitId: '',
  overdue: false,
  dueThisWeek: false,
  assignedToMe: false,
  confidential: false,
};

export interface InboxItem {
  unit: { id: string };
  overdue: boolean;
  responseDueAt?: string | null;
  confidential?: boolean;
  owner?: { id: string } | null;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The suggestions that pass every chosen filter, in the server's order. «Due within 7 days»
 * means not yet overdue and due in the next seven days (the same window as the server's count);
 * «assigned to me» means I am the named owner.
 */
export function applyInboxFilters<T extends InboxItem>(
  items: T[],
  filters: InboxFilters,
  { personId, now }: { personId: string | undefined; now: Date },
): T[] {
  return items.filter((s) => {
    if (filters.unitId && s.unit.id !== filters.unitId) return false;
    if (filters.overdue && !s.overdue) return false;
    if (filters.dueThisWeek) {
      const due = s.responseDueAt ? Date.parse(s.responseDueAt) : NaN;
      if (s.overdue || Number.isNaN(due) || due - now.getTime() > WEEK_MS) return false;
    }
    if (filters.assignedToMe && (!personId || s.owner?.id !== personId)) return false;
    if (filters.confidential && !s.confidential) return false;
    return true;
  });
}
