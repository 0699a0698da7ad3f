import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '@/components/feedback';
import { useMe } from '@/features/auth/api/me';
import { problemCode } from '@/lib/errors';

/** Pages behind sign-in: without a session the person is sent to /logg-inn and back afterwards. */
export function RequireAuth() {
  const location = useLocation();
  const { data, loading, error, refetch } = useMe();
  if (loading && !data) return <Loading />;
  if ((error && problemCode(error) === 'UNAUTHENTICATED') || (!error && !data?.me)) {
    return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  }
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <Outlet />;
}
