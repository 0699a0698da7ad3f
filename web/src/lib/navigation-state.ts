import { createContext, useContext } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';

/**
 * Reads the state a navigation carried (`navigate(to, { state })`, `<Link state>`, `<Redirect state>`):
 * in the browser wouter keeps it in `history.state`; the tests' memory location gives its own reader
 * (web/src/test/render.tsx). The reader is a hook and stays the same for the life of the app.
 */
export const NavigationStateReader = createContext<() => unknown>(useHistoryState);

/** The state the navigation to this page carried, or null (a typed address, a reload keeps it). */
export function useNavigationState<T extends object>(): Partial<T> | null {
  const state = useContext(NavigationStateReader)();
  return state && typeof state === 'object' ? (state as Partial<T>) : null;
}

/** The address shown now, path and search (`/forslag?status=NEW`): where sign-in brings the person back to. */
export function useCurrentAddress(): string {
  const [path] = useLocation();
  const search = useSearch();
  return search ? `${path}?${search}` : path;
}
