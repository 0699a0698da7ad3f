/**
 * The suggestion workflow: the one transition table used by both the API
 * (to refuse invalid changes) and the web (to offer only valid ones).
 */

export const SUGGESTION_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'IN_PROGRESS',
  'PARKED',
  'IMPLEMENTED',
  'DECLINED',
  'MERGED',
  'WITHDRAWN',
] as const;
export type SuggestionStatusName = (typeof SUGGESTION_STATUSES)[number];

export const TERMINAL_STATUSES: readonly SuggestionStatusName[] = ['IMPLEMENTED', 'DECLINED', 'MERGED', 'WITHDRAWN'];

export function isSuggestionStatus(value: string): value is SuggestionStatusName {
  return (SUGGESTION_STATUSES as readonly string[]).includes(value);
}

/** Terminal statuses get no further deadlines (DECLINED can still be reopened). */
export function isTerminal(status: SuggestionStatusName): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * RESPONDER: a leader of the suggestion's unit or an ancestor unit, or a
 * municipality admin. SUBMITTER: the person who submitted the suggestion.
 * Deciding who is which is the API's access check, not this module's.
 */
export type WorkflowActor = 'RESPONDER' | 'SUBMITTER';

export type WorkflowAction = 'RESPOND' | 'MERGE' | 'WITHDRAW';

export interface WorkflowTransition {
  from: SuggestionStatusName;
  to: SuggestionStatusName;
  action: WorkflowAction;
  actor: WorkflowActor;
}

// One row per line keeps the table readable as a table.
// prettier-ignore
export const TRANSITIONS: ReadonlyArray<Readonly<WorkflowTransition>> = [
  { from: 'SUBMITTED',    to: 'UNDER_REVIEW', action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'SUBMITTED',    to: 'ACCEPTED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'SUBMITTED',    to: 'DECLINED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'SUBMITTED',    to: 'MERGED',       action: 'MERGE',    actor: 'RESPONDER' },
  { from: 'SUBMITTED',    to: 'WITHDRAWN',    action: 'WITHDRAW', actor: 'SUBMITTER' },

  { from: 'UNDER_REVIEW', to: 'ACCEPTED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'UNDER_REVIEW', to: 'DECLINED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'UNDER_REVIEW', to: 'MERGED',       action: 'MERGE',    actor: 'RESPONDER' },
  { from: 'UNDER_REVIEW', to: 'WITHDRAWN',    action: 'WITHDRAW', actor: 'SUBMITTER' },

  { from: 'ACCEPTED',     to: 'IN_PROGRESS',  action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'ACCEPTED',     to: 'DECLINED',     action: 'RESPOND',  actor: 'RESPONDER' },

  { from: 'IN_PROGRESS',  to: 'IMPLEMENTED',  action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'IN_PROGRESS',  to: 'DECLINED',     action: 'RESPOND',  actor: 'RESPONDER' },

  // «Ikke nå»: parked with a date to look again, from any open status (never from a final one).
  { from: 'SUBMITTED',    to: 'PARKED',       action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'UNDER_REVIEW', to: 'PARKED',       action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'ACCEPTED',     to: 'PARKED',       action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'IN_PROGRESS',  to: 'PARKED',       action: 'RESPOND',  actor: 'RESPONDER' },
  // From PARKED it goes where UNDER_REVIEW goes, and a leader may take it up before the date.
  { from: 'PARKED',       to: 'UNDER_REVIEW', action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'PARKED',       to: 'ACCEPTED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'PARKED',       to: 'DECLINED',     action: 'RESPOND',  actor: 'RESPONDER' },
  { from: 'PARKED',       to: 'MERGED',       action: 'MERGE',    actor: 'RESPONDER' },
  { from: 'PARKED',       to: 'WITHDRAWN',    action: 'WITHDRAW', actor: 'SUBMITTER' },

  // Reopen: a declined suggestion can be taken up again.
  { from: 'DECLINED',     to: 'UNDER_REVIEW', action: 'RESPOND',  actor: 'RESPONDER' },
];

/** The action and actor that may move a suggestion from `from` to `to`, or null. */
export function transitionFor(
  from: SuggestionStatusName,
  to: SuggestionStatusName,
): { action: WorkflowAction; actor: WorkflowActor } | null {
  const t = TRANSITIONS.find((t) => t.from === from && t.to === to);
  return t ? { action: t.action, actor: t.actor } : null;
}

/** Statuses `actor` may move a suggestion to from `from` (optionally via one action). */
export function allowedTargets(
  from: SuggestionStatusName,
  actor: WorkflowActor,
  action?: WorkflowAction,
): SuggestionStatusName[] {
  return TRANSITIONS.filter(
    (t) => t.from === from && t.actor === actor && (action === undefined || t.action === action),
  ).map((t) => t.to);
}

export function canTransition(
  from: SuggestionStatusName,
  to: SuggestionStatusName,
  actor: WorkflowActor,
  action: WorkflowAction,
): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.actor === actor && t.action === action);
}

/**
 * A responder may answer without changing the status (a progress update),
 * even after IMPLEMENTED or DECLINED. MERGED and WITHDRAWN suggestions are
 * closed for good: answers go to the suggestion it was merged into, or nowhere.
 */
export function canPostProgressUpdate(status: SuggestionStatusName): boolean {
  return status !== 'MERGED' && status !== 'WITHDRAWN';
}

/** «Ikke nå»: the review date is 1–365 days ahead (PARKED requires one, other statuses take none). */
export const PARK_REVIEW_DAYS_MIN = 1;
export const PARK_REVIEW_DAYS_MAX = 365;

/** Every response is a real written answer to the submitter, not a one-word reply. */
export const MIN_RESPONSE_MESSAGE_LENGTH = 20;

export function isResponseMessageLongEnough(message: string): boolean {
  // Count code points, not UTF-16 units, so an emoji counts as one character,
  // as PostgreSQL's char_length does.
  return [...message.trim()].length >= MIN_RESPONSE_MESSAGE_LENGTH;
}
