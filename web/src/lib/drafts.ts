import { useEffect, useRef } from 'react';

/**
 * What a person has written in a form and not yet sent, kept in this browser so that it survives a
 * session that expires mid-form (issue 11 item 6), a reload, or a look at a similar suggestion.
 *
 * - Per person: the key holds the person's id, and a form only ever reads its own person's key, so
 *   someone else signing in on a shared ward PC never sees it. Drafts are deliberately NOT removed at
 *   sign-out: the point is that they survive the end of a session.
 * - Until sent: the form clears its draft when the server has stored what was sent.
 * - Not for ever: a draft older than {@link DRAFT_MAX_AGE_MS} is dropped (of every person) whenever
 *   any draft is read, so an abandoned text does not sit on a shared computer for months.
 * - No storage (private mode, full quota): forms work as before, without drafts.
 */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const PREFIX = 'idehub.draft.';

/** The four forms that keep drafts, and what a draft belongs to (a suggestion's id, a story's id, `new`). */
export type DraftKind = 'suggestion' | 'response' | 'comment' | 'story';

export function draftKey(personId: string, kind: DraftKind, scope: string): string {
  return `${PREFIX}${personId}.${kind}.${scope}`;
}

interface Stored {
  savedAt: number;
  value: unknown;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readStored(store: Storage, key: string): Stored | null {
  try {
    const raw = store.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Stored>;
    if (typeof parsed?.savedAt !== 'number' || !('value' in parsed)) return null;
    return { savedAt: parsed.savedAt, value: parsed.value };
  } catch {
    return null;
  }
}

/** Removes every draft (of anyone) older than the maximum age, and unreadable ones. */
export function pruneDrafts(now = Date.now()): void {
  const store = storage();
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const stored = readStored(store, key);
      if (!stored || now - stored.savedAt > DRAFT_MAX_AGE_MS || stored.savedAt > now + 60_000) store.removeItem(key);
    }
  } catch {
    // nothing to prune
  }
}

/**
 * This person's draft, or null. `parse` turns what was stored into the form's shape (or null when it
 * does not fit, e.g. after the form changed), so a stale or tampered value never breaks a form.
 */
export function loadDraft<T>(
  personId: string | null | undefined,
  kind: DraftKind,
  scope: string,
  parse: (value: unknown) => T | null,
): T | null {
  const store = storage();
  if (!personId || !store) return null;
  pruneDrafts();
  const stored = readStored(store, draftKey(personId, kind, scope));
  if (!stored) return null;
  try {
    return parse(stored.value);
  } catch {
    return null;
  }
}

export function saveDraft(personId: string | null | undefined, kind: DraftKind, scope: string, value: unknown): void {
  const store = storage();
  if (!personId || !store) return;
  try {
    store.setItem(draftKey(personId, kind, scope), JSON.stringify({ savedAt: Date.now(), value } satisfies Stored));
  } catch {
    // Quota or private mode: the draft lasts as long as the page.
  }
}

export function clearDraft(personId: string | null | undefined, kind: DraftKind, scope: string): void {
  const store = storage();
  if (!personId || !store) return;
  try {
    store.removeItem(draftKey(personId, kind, scope));
  } catch {
    // nothing kept
  }
}

/**
 * Keeps `value` as the person's draft while the form is used: stored on every change, removed when
 * the form is empty again. Returns `clear`, to call once the server has stored what was sent (it also
 * stops saving until the value changes again, so the sent text is not written back).
 */
export function useDraft(
  personId: string | null | undefined,
  kind: DraftKind,
  scope: string,
  value: unknown,
  isEmpty: boolean,
): { clear: () => void } {
  const serialised = JSON.stringify(value);
  const cleared = useRef<string | null>(null);
  useEffect(() => {
    if (!personId) return;
    if (cleared.current === serialised) return;
    cleared.current = null;
    if (isEmpty) clearDraft(personId, kind, scope);
    else saveDraft(personId, kind, scope, JSON.parse(serialised));
  }, [personId, kind, scope, serialised, isEmpty]);
  return {
    clear: () => {
      cleared.current = serialised;
      clearDraft(personId, kind, scope);
    },
  };
}

/** Small parsers for `loadDraft`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
