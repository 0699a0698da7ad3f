import { describe, expect, it } from 'vitest';
import {
  MIN_RESPONSE_MESSAGE_LENGTH,
  SUGGESTION_STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  allowedTargets,
  canPostProgressUpdate,
  canTransition,
  isResponseMessageLongEnough,
  isSuggestionStatus,
  isTerminal,
  transitionFor,
  type SuggestionStatusName,
  type WorkflowAction,
  type WorkflowActor,
} from './workflow';

// The product's transition table, written out independently of the code:
// 'FROM>TO:ACTION:ACTOR'. Every combination not listed must be refused.
const EXPECTED = new Set([
  'SUBMITTED>UNDER_REVIEW:RESPOND:RESPONDER',
  'SUBMITTED>ACCEPTED:RESPOND:RESPONDER',
  'SUBMITTED>DECLINED:RESPOND:RESPONDER',
  'SUBMITTED>MERGED:MERGE:RESPONDER',
  'SUBMITTED>WITHDRAWN:WITHDRAW:SUBMITTER',
  'UNDER_REVIEW>ACCEPTED:RESPOND:RESPONDER',
  'UNDER_REVIEW>DECLINED:RESPOND:RESPONDER',
  'UNDER_REVIEW>MERGED:MERGE:RESPONDER',
  'UNDER_REVIEW>WITHDRAWN:WITHDRAW:SUBMITTER',
  'ACCEPTED>IN_PROGRESS:RESPOND:RESPONDER',
  'ACCEPTED>DECLINED:RESPOND:RESPONDER',
  'IN_PROGRESS>IMPLEMENTED:RESPOND:RESPONDER',
  'IN_PROGRESS>DECLINED:RESPOND:RESPONDER',
  'DECLINED>UNDER_REVIEW:RESPOND:RESPONDER',
  'SUBMITTED>PARKED:RESPOND:RESPONDER',
  'UNDER_REVIEW>PARKED:RESPOND:RESPONDER',
  'ACCEPTED>PARKED:RESPOND:RESPONDER',
  'IN_PROGRESS>PARKED:RESPOND:RESPONDER',
  'PARKED>UNDER_REVIEW:RESPOND:RESPONDER',
  'PARKED>ACCEPTED:RESPOND:RESPONDER',
  'PARKED>DECLINED:RESPOND:RESPONDER',
  'PARKED>MERGED:MERGE:RESPONDER',
  'PARKED>WITHDRAWN:WITHDRAW:SUBMITTER',
]);

const STATUSES: SuggestionStatusName[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'IN_PROGRESS',
  'PARKED',
  'IMPLEMENTED',
  'DECLINED',
  'MERGED',
  'WITHDRAWN',
];
const ACTORS: WorkflowActor[] = ['RESPONDER', 'SUBMITTER'];
const ACTIONS: WorkflowAction[] = ['RESPOND', 'MERGE', 'WITHDRAW'];

const ALL_COMBINATIONS = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) =>
    ACTORS.flatMap((actor) =>
      ACTIONS.map((action) => ({
        from,
        to,
        actor,
        action,
        allowed: EXPECTED.has(`${from}>${to}:${action}:${actor}`),
      })),
    ),
  ),
);

describe('the transition table', () => {
  it('lists the statuses in workflow order', () => {
    expect([...SUGGESTION_STATUSES]).toEqual(STATUSES);
  });

  it('holds exactly the expected transitions, once each', () => {
    const rows = TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.action}:${t.actor}`);
    expect(rows).toHaveLength(EXPECTED.size);
    expect(new Set(rows)).toEqual(EXPECTED);
  });

  it.each(ALL_COMBINATIONS)(
    'canTransition $from → $to by $actor via $action is $allowed',
    ({ from, to, actor, action, allowed }) => {
      expect(canTransition(from, to, actor, action)).toBe(allowed);
    },
  );

  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => ({ from, to }))))(
    'transitionFor $from → $to matches the table',
    ({ from, to }) => {
      const row = [...EXPECTED].find((r) => r.startsWith(`${from}>${to}:`));
      const expected = row ? { action: row.split(':')[1], actor: row.split(':')[2] } : null;
      expect(transitionFor(from, to)).toEqual(expected);
    },
  );

  it.each(
    STATUSES.flatMap((from) =>
      ACTORS.flatMap((actor) => [undefined, ...ACTIONS].map((action) => ({ from, actor, action }))),
    ),
  )('allowedTargets $from for $actor via $action', ({ from, actor, action }) => {
    const expected = STATUSES.filter((to) =>
      (action ? [action] : ACTIONS).some((a) => EXPECTED.has(`${from}>${to}:${a}:${actor}`)),
    );
    expect([...allowedTargets(from, actor, action)].sort()).toEqual([...expected].sort());
  });

  it.each<[SuggestionStatusName, WorkflowActor, SuggestionStatusName[]]>([
    ['SUBMITTED', 'RESPONDER', ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED', 'PARKED']],
    ['PARKED', 'RESPONDER', ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED']],
    ['PARKED', 'SUBMITTER', ['WITHDRAWN']],
    ['SUBMITTED', 'SUBMITTER', ['WITHDRAWN']],
    ['UNDER_REVIEW', 'SUBMITTER', ['WITHDRAWN']],
    ['ACCEPTED', 'SUBMITTER', []],
    ['DECLINED', 'RESPONDER', ['UNDER_REVIEW']],
    ['IMPLEMENTED', 'RESPONDER', []],
    ['MERGED', 'RESPONDER', []],
    ['WITHDRAWN', 'SUBMITTER', []],
  ])('from %s a %s is offered %j', (from, actor, expected) => {
    expect(allowedTargets(from, actor)).toEqual(expected);
  });
});

describe('terminal statuses', () => {
  it.each<[SuggestionStatusName, boolean]>([
    ['SUBMITTED', false],
    ['UNDER_REVIEW', false],
    ['ACCEPTED', false],
    ['IN_PROGRESS', false],
    ['IMPLEMENTED', true],
    ['DECLINED', true],
    ['MERGED', true],
    ['WITHDRAWN', true],
  ])('%s terminal: %s', (status, terminal) => {
    expect(isTerminal(status)).toBe(terminal);
    expect(TERMINAL_STATUSES.includes(status)).toBe(terminal);
  });
});

describe('isSuggestionStatus', () => {
  it.each<[string, boolean]>([
    ['SUBMITTED', true],
    ['WITHDRAWN', true],
    ['submitted', false],
    ['CLOSED', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isSuggestionStatus(value)).toBe(expected);
  });
});

describe('canPostProgressUpdate', () => {
  it.each<[SuggestionStatusName, boolean]>([
    ['SUBMITTED', true],
    ['UNDER_REVIEW', true],
    ['ACCEPTED', true],
    ['IN_PROGRESS', true],
    ['IMPLEMENTED', true],
    ['DECLINED', true],
    ['MERGED', false],
    ['WITHDRAWN', false],
  ])('%s → %s', (status, expected) => {
    expect(canPostProgressUpdate(status)).toBe(expected);
  });
});

describe('isResponseMessageLongEnough', () => {
  it('requires 20 characters', () => {
    expect(MIN_RESPONSE_MESSAGE_LENGTH).toBe(20);
  });

  it.each<[string, string, boolean]>([
    ['empty', '', false],
    ['only whitespace', ' '.repeat(40), false],
    ['19 characters', 'a'.repeat(19), false],
    ['20 characters', 'a'.repeat(20), true],
    ['19 characters padded with spaces', `   ${'a'.repeat(19)}   `, false],
    ['19 characters padded with newlines and tabs', `\n\t${'a'.repeat(19)}\n`, false],
    ['20 characters padded with spaces', `  ${'a'.repeat(20)}  `, true],
    ['inner spaces count', 'Takk for forslaget!!', true],
    ['19 emoji (38 UTF-16 units)', '👍'.repeat(19), false],
    ['20 Norwegian letters', 'æøå'.repeat(6) + 'ÆØ', true],
  ])('%s → %s', (_label, message, expected) => {
    expect(isResponseMessageLongEnough(message)).toBe(expected);
  });
});
