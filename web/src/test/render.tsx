import type { ReactElement, ReactNode } from 'react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { classifyNationalIdentityNumber } from '@idehub/libs/patient-identifier';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createCache } from '@/app/apollo-client';
import { NavigationStateReader } from '@/lib/navigation-state';

/** A route of a test besides the one under test: `element` is shown at `path` (a wouter pattern). */
export interface TestRoute {
  path: string;
  element: ReactNode;
}

interface Options {
  mocks?: MockLink.MockedResponse[];
  path?: string;
  route?: string;
  extraRoutes?: TestRoute[];
}

/** Where the memory location is now, in the words of the browser's `location` and `history.state`. */
export interface TestLocation {
  pathname: string;
  /** With its `?`, or empty. */
  search: string;
  state: unknown;
}

/**
 * A wouter memory location for a test, starting at `route` (path and search), that behaves as the
 * browser's: a navigation without state clears it (wouter's memory location would keep the last one),
 * and `back()` goes to the previous entry, as the browser's back button.
 */
export function testLocation(route = '/') {
  const memory = memoryLocation({ path: route, record: true });
  const navigate = (to: string, options?: { replace?: boolean; state?: unknown }) =>
    memory.navigate(to, { replace: options?.replace, state: options?.state ?? null });
  const hook = () => [memory.hook()[0], navigate] as [string, typeof navigate];
  /** The state as a hook: read again whenever the address changes. */
  const useHistoryState = () => {
    memory.hook();
    memory.searchHook();
    return memory.state;
  };
  return {
    hook,
    searchHook: memory.searchHook,
    useHistoryState,
    navigate,
    back() {
      if (memory.history.length < 2) return;
      memory.history.pop();
      memory.navigate(memory.history[memory.history.length - 1], { replace: true, state: null });
    },
    /** Where it is now (outside React). */
    now(): TestLocation {
      const [pathname, search = ''] = memory.history[memory.history.length - 1].split('?');
      return { pathname, search: search ? `?${search}` : '', state: memory.state };
    },
  };
}

/** A wouter router on a test location (see `testLocation`), with the state reader the pages use. */
export function TestRouter({ location, children }: { location: ReturnType<typeof testLocation>; children: ReactNode }) {
  return (
    <Router hook={location.hook} searchHook={location.searchHook}>
      <NavigationStateReader value={location.useHistoryState}>{children}</NavigationStateReader>
    </Router>
  );
}

/**
 * Renders a component inside Apollo mocks and a wouter memory location at `route`; the component is
 * shown at `path`, the `extraRoutes` at theirs (the first that matches wins, as in router.tsx).
 * `location()` is where the memory location is at the moment; `back()` goes back one entry.
 */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], path = '/', route = '/', extraRoutes = [] }: Options = {},
) {
  const location = testLocation(route);
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <TestRouter location={location}>
        <Switch>
          {[{ path, element: ui }, ...extraRoutes].map((r) => (
            <Route key={r.path} path={r.path}>
              {r.element}
            </Route>
          ))}
        </Switch>
      </TestRouter>
    </MockedProvider>,
  );
  return { ...result, location: () => location.now(), back: location.back };
}

/** A valid, fictional fødselsnummer (born 15 May 1985), found by the shared guard itself. */
export function validNationalIdentityNumber(prefix = '150585'): string {
  for (let n = 0; n < 100000; n++) {
    const candidate = prefix + String(n).padStart(5, '0');
    if (classifyNationalIdentityNumber(candidate) === 'FNR') return candidate;
  }
  throw new Error('no valid number found');
}
