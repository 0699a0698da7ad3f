import { hasRole, Viewer } from '../common/viewer';
import { Role } from '../organisation/role.enum';
import { StoryStatus } from './story-status.enum';
import { SuccessStoryEntity } from './success-story.entity';

/**
 * Who may see and write success stories. Published stories are for everyone in every
 * municipality of the hub; a draft only for its author and the leaders, digital agents and
 * admins of its municipality. Only leaders and digital agents write (create, edit, publish),
 * and only their own municipality's stories.
 */
type StoryFacts = Pick<SuccessStoryEntity, 'municipalityId' | 'authorId' | 'status'>;

export const STORY_WRITER_ROLES = [Role.LEADER, Role.DIGITAL_AGENT];
const DRAFT_READER_ROLES = [Role.LEADER, Role.DIGITAL_AGENT, Role.ADMIN];

export function isStoryWriter(viewer: Viewer): boolean {
  return STORY_WRITER_ROLES.some((role) => hasRole(viewer, role));
}

export function canSeeDraftsOfMunicipality(viewer: Viewer): boolean {
  return DRAFT_READER_ROLES.some((role) => hasRole(viewer, role));
}

export function canSeeStory(viewer: Viewer, story: StoryFacts): boolean {
  if (story.status === StoryStatus.PUBLISHED) return true;
  if (story.municipalityId !== viewer.municipalityId) return false;
  return story.authorId === viewer.personId || canSeeDraftsOfMunicipality(viewer);
}

/** May edit or publish it (when it is a draft). */
export function canWriteStory(viewer: Viewer, story: StoryFacts): boolean {
  return isStoryWriter(viewer) && story.municipalityId === viewer.municipalityId;
}

/** May take it back to draft (when it is published): its author, or an admin of its municipality. */
export function canUnpublishStory(viewer: Viewer, story: StoryFacts): boolean {
  if (story.municipalityId !== viewer.municipalityId) return false;
  return story.authorId === viewer.personId || hasRole(viewer, Role.ADMIN);
}

/**
 * The contact person's work e-mail, shown with a story so people in other municipalities can
 * reach them: only for a published story (shared hub-wide so others can learn from it, and the
 * author named this person as its contact), and only while the person is active. A draft's
 * readers are colleagues who already find the person in their own municipality.
 */
export function contactEmailOf(
  story: Pick<SuccessStoryEntity, 'status'>,
  person: { email: string | null; deactivatedAt: Date | null; anonymisedAt: Date | null } | null,
): string | null {
  if (story.status !== StoryStatus.PUBLISHED || !person) return null;
  if (person.deactivatedAt || person.anonymisedAt) return null;
  return person.email;
}

/** SQL condition (alias `st`) equal to canSeeStory. `includeDrafts` false: published only. */
export function storyVisibilitySql(
  viewer: Viewer,
  includeDrafts: boolean,
): { sql: string; params: Record<string, unknown> } {
  if (!includeDrafts) return { sql: `st.status = 'PUBLISHED'`, params: {} };
  const drafts = canSeeDraftsOfMunicipality(viewer)
    ? `st.municipality_id = :viewerMunicipalityId`
    : `(st.municipality_id = :viewerMunicipalityId and st.author_id = :viewerPersonId)`;
  return {
    sql: `(st.status = 'PUBLISHED' or ${drafts})`,
    params: { viewerMunicipalityId: viewer.municipalityId, viewerPersonId: viewer.personId },
  };
}
