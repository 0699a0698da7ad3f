import type { ReactElement } from 'react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { classifyNationalIdentityNumber } from '@idehub/libs/patient-identifier';
import { type Location, MemoryRouter, type RouteObject, useLocation, useRoutes } from 'react-router';
import { createCache } from '@/app/apollo-client';

interface Options {
  mocks?: MockLink.MockedResponse[];
  path?: string;
  route?: string;
  extraRoutes?: RouteObject[];
}

/** The routes of a test, and where the memory router is now (for `location()`). */
function TestRoutes({ routes, onLocation }: { routes: RouteObject[]; onLocation: (location: Location) => void }) {
  onLocation(useLocation());
  return useRoutes(routes);
}

/**
 * Renders a component inside Apollo mocks and a memory router (declarative and without transitions,
 * as the app's BrowserRouter); `location()` is where the router is at the moment.
 */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], path = '/', route = '/', extraRoutes = [] }: Options = {},
) {
  let current: Location | undefined;
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[route]} useTransitions={false}>
        <TestRoutes routes={[{ path, element: ui }, ...extraRoutes]} onLocation={(l) => (current = l)} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { ...result, location: () => current! };
}

/** A valid, fictional fødselsnummer (born 15 May 1985), found by the shared guard itself. */
export function validNationalIdentityNumber(prefix = '150585'): string {
  for (let n = 0; n < 100000; n++) {
    const candidate = prefix + String(n).padStart(5, '0');
    if (classifyNationalIdentityNumber(candidate) === 'FNR') return candidate;
  }
  throw new Error('no valid number found');
}
