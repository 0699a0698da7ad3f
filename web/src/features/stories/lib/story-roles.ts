import type { Role } from '@/gql/graphql';

/** Leaders and digital agents write success stories (the API's STORY_WRITER_ROLES). */
export function isStoryWriter(roles: ReadonlySet<Role>): boolean {
  return roles.has('LEADER') || roles.has('DIGITAL_AGENT');
}
