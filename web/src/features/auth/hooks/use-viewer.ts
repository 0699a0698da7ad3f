import { useMe } from '../api/me';

import type { Role } from '@/gql/graphql';

/** The signed-in person and what their roles let them see in the navigation. */
export function useViewer() {
  const { data } = useMe();
  const me = data?.me ?? null;
  const roles = new Set<Role>((me?.memberships ?? []).map((m) => m.role));
  return {
    me,
    roles,
    isLeader: roles.has('LEADER') || roles.has('ADMIN'),
    isAdmin: roles.has('ADMIN'),
  };
}
