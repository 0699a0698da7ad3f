import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { useMe } from '@/features/auth/api/me';
import { problemCode } from '@/lib/errors';
import { useCurrentAddress } from '@/lib/navigation-state';

/**
 * Pages behind sign-in: without a session the person is sent to /logg-inn and back afterwards.
 * While the session is being checked the page is already mounted, hidden, so its own queries go
 * out together with the check instead of one round trip after it (on a slow connection, seconds).
 * The server answers them only for a valid session, so nothing is shown or revealed early.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const here = useCurrentAddress();
  const { data, loading, error, refetch } = useMe();
  const checking = loading && !data;
  if (!checking && ((error && problemCode(error) === 'UNAUTHENTICATED') || (!error && !data?.me))) {
    return <Redirect to="/logg-inn" replace state={{ from: here }} />;
  }
  if (!checking && error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return (
    <>
      {checking && <Loading />}
      <div hidden={checking} style={checking ? undefined : { display: 'contents' }}>
        {children}
      </div>
    </>
  );
}
