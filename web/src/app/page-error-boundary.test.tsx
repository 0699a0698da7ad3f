import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n/i18n';
import { PageErrorBoundary } from './page-error-boundary';

function Broken(): never {
  throw new TypeError('Failed to fetch dynamically imported module');
}

describe('PageErrorBoundary', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
    // React reports the caught error on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a page that failed to load as a plain sentence with a retry, and clears it on the next page', () => {
    const { rerender } = render(
      <PageErrorBoundary resetKey="/forslag">
        <Broken />
      </PageErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Vi får ikke kontakt med Idéhub.');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();

    rerender(
      <PageErrorBoundary resetKey="/varsler">
        <p>Varsler</p>
      </PageErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Varsler')).toBeInTheDocument();
  });
});
