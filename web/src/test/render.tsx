import type { ReactElement } from 'react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { classifyNationalIdentityNumber } from '@idehub/libs';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createCache } from '@/app/apollo-client';

interface Options {
  mocks?: MockLink.MockedResponse[];
  path?: string;
  route?: string;
  extraRoutes?: RouteObject[];
}

/** Renders a component inside Apollo mocks and a memory router, as the app would. */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], path = '/', route = '/', extraRoutes = [] }: Options = {},
) {
  const router = createMemoryRouter([{ path, element: ui }, ...extraRoutes], { initialEntries: [route] });
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...result, router };
}

/** A valid, fictional fødselsnummer (born 15 May 1985), found by the shared guard itself. */
export function validNationalIdentityNumber(prefix = '150585'): string {
  for (let n = 0; n < 100000; n++) {
    const candidate = prefix + String(n).padStart(5, '0');
    if (classifyNationalIdentityNumber(candidate) === 'FNR') return candidate;
  }
  throw new Error('no valid number found');
}
