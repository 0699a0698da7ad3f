/**
 * The inbox's filters. They are kept in the page's address (so a reload or a shared link keeps them)
 * and sent to the server, which filters the whole inbox, not just the suggestions shown.
 *
 *   /innboks?enhet=<unit id>&vis=over-fristen&vis=frist-7-dager&vis=tildelt-meg&vis=fortrolige
 */
export interface InboxFilters {
  unitId: string;
  overdue: boolean;
  dueThisWeek: boolean;
  assignedToMe: boolean;
  confidential: boolean;
}

export type InboxToggle = Exclude<keyof InboxFilters, 'unitId'>;

export const NO_FILTERS: InboxFilters = {
  unitId: '',
  overdue: false,
  dueThisWeek: false,
  assignedToMe: false,
  confidential: false,
};

/** «Frist innen 7 dager»: the same window as the server's dueSoon count. */
export const DUE_THIS_WEEK_DAYS = 7;

/** The words in the address for each toggle. */
export const TOGGLE_PARAMS: Record<InboxToggle, string> = {
  overdue: 'over-fristen',
  dueThisWeek: 'frist-7-dager',
  assignedToMe: 'tildelt-meg',
  confidential: 'fortrolige',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const shown = new Set(params.getAll('vis'));
  const unitId = params.get('enhet') ?? '';
  return {
    unitId: UUID.test(unitId) ? unitId : '',
    overdue: shown.has(TOGGLE_PARAMS.overdue),
    dueThisWeek: shown.has(TOGGLE_PARAMS.dueThisWeek),
    assignedToMe: shown.has(TOGGLE_PARAMS.assignedToMe),
    confidential: shown.has(TOGGLE_PARAMS.confidential),
  };
}

/** The address for these filters, keeping any other parameters the page has. */
export function filtersToParams(filters: InboxFilters, current = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete('enhet');
  next.delete('vis');
  if (filters.unitId) next.set('enhet', filters.unitId);
  for (const [key, word] of Object.entries(TOGGLE_PARAMS) as [InboxToggle, string][]) {
    if (filters[key]) next.append('vis', word);
  }
  return next;
}

/** The GraphQL `InboxFilter`: only what is chosen (so «no filter» is the same request every time). */
export function toInboxFilterInput(filters: InboxFilters): {
  unitId?: string;
  overdue?: boolean;
  dueWithinDays?: number;
  assignedToMe?: boolean;
  confidential?: boolean;
} {
  return {
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.dueThisWeek ? { dueWithinDays: DUE_THIS_WEEK_DAYS } : {}),
    ...(filters.assignedToMe ? { assignedToMe: true } : {}),
    ...(filters.confidential ? { confidential: true } : {}),
  };
}

export const isFiltering = (filters: InboxFilters) =>
  Boolean(filters.unitId) || (Object.keys(TOGGLE_PARAMS) as InboxToggle[]).some((key) => filters[key]);

export interface UnitChoice {
  id: string;
  name: string;
  parentId?: string | null;
}

/** The unit choices as the server gives them (parents first), saying which ones include units below. */
export function unitChoices(units: UnitChoice[]): { id: string; name: string; withBelow: boolean }[] {
  const parents = new Set(units.map((u) => u.parentId).filter(Boolean));
  return units.map((u) => ({ id: u.id, name: u.name, withBelow: parents.has(u.id) }));
}
