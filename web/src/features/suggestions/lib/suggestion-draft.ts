/**
 * A new suggestion's text kept in this browser tab while the person looks at a similar
 * suggestion (same tab, so the back button and the menu work as everywhere else), per person so
 * that someone else signing in on a shared ward PC does not see it. Cleared when it is sent.
 */
export interface SuggestionDraft {
  title: string;
  description: string;
  unitId: string;
}

const key = (personId: string) => `idehub.suggestionDraft.${personId}`;

export function saveSuggestionDraft(personId: string, draft: SuggestionDraft): void {
  try {
    if (!draft.title.trim() && !draft.description.trim()) return;
    window.sessionStorage.setItem(key(personId), JSON.stringify(draft));
  } catch {
    // No storage (private mode): the draft lasts as long as the page.
  }
}

export function loadSuggestionDraft(personId: string): SuggestionDraft | null {
  try {
    const raw = window.sessionStorage.getItem(key(personId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<SuggestionDraft>;
    return {
      title: typeof value.title === 'string' ? value.title : '',
      description: typeof value.description === 'string' ? value.description : '',
      unitId: typeof value.unitId === 'string' ? value.unitId : '',
    };
  } catch {
    return null;
  }
}

export function clearSuggestionDraft(personId: string): void {
  try {
    window.sessionStorage.removeItem(key(personId));
  } catch {
    // nothing kept
  }
}
