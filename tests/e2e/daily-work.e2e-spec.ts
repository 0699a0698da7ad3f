import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

/**
 * The API parts of «the leader's day» (issue 11): taking a published story back to draft,
 * reaching a story's contact person across municipalities, and an audit log that names people
 * and units and has no «from none to none» rows.
 */
const STORY_FIELDS = 'id status publishedAt canEdit canUnpublish contactEmail contactPerson { name }';
const CREATE = `mutation($input: CreateSuccessStoryInput!) { createSuccessStory(input: $input) { ${STORY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishSuccessStory(id: $id) { ${STORY_FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishSuccessStory(id: $id) { ${STORY_FIELDS} } }`;
const STORY = `query($id: ID!) { successStory(id: $id) { ${STORY_FIELDS} } }`;
const AUDIT = `query($entityId: ID) { auditLog(first: 100, entityId: $entityId) { edges { node {
  action actor { name } changes { field before after } references { id name kind } } } } }`;
const ASSIGN = 'mutation($i: AssignSuggestionInput!) { assignSuggestion(input: $i) { id } }';
const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id } }';

function ok<T = any>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const story = {
  title: 'Fallalarm som virker om natten',
  summary: 'Nye fallalarmer ga raskere hjelp om natten og færre unødige tilsyn hos brukerne våre.',
  gains: [{ category: 'PATIENT_SAFETY_QUALITY', description: 'Raskere hjelp etter fall' }],
};

describe('the leader’s day and staff on a phone (API)', () => {
  let app: TestApp;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['agent', 'kommunalsjef', 'admin', 'leder', 'ansatt'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.askerStaff = await app.login('ansatt@asker.idehub.test');
    t.askerAdmin = await app.login('admin@asker.idehub.test');
  });
  afterAll(() => app?.stop());

  const published = async () => {
    const { id } = ok(await app.gql(CREATE, { input: story }, t.agent)).createSuccessStory;
    app.clock.advance(60_000);
    ok(await app.gql(PUBLISH, { id }, t.agent));
    return id as string;
  };

  it('the author takes a published story back to draft: hidden from other municipalities again, audited', async () => {
    const id = await published();
    expect(ok(await app.gql(STORY, { id }, t.askerStaff)).successStory.status).toBe('PUBLISHED');
    expect(ok(await app.gql(STORY, { id }, t.agent)).successStory.canUnpublish).toBe(true);

    app.clock.advance(60_000);
    const back = ok(await app.gql(UNPUBLISH, { id }, t.agent)).unpublishSuccessStory;
    expect(back).toMatchObject({ status: 'DRAFT', publishedAt: null, canEdit: true, canUnpublish: false });
    expect(ok(await app.gql(STORY, { id }, t.askerStaff)).successStory).toBeNull();

    const entries = ok(await app.gql(AUDIT, { entityId: id }, t.admin)).auditLog.edges.map(
      (e: { node: { action: string } }) => e.node,
    );
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'story.unpublish',
      'story.publish',
      'story.create',
    ]);
    expect(entries[0].actor.name).toBe('Sofie Lund');
    expect(entries[0].changes).toContainEqual({ field: 'status', before: '"PUBLISHED"', after: '"DRAFT"' });

    // Again: nothing changes and nothing more is logged.
    ok(await app.gql(UNPUBLISH, { id }, t.agent));
    expect(ok(await app.gql(AUDIT, { entityId: id }, t.admin)).auditLog.edges).toHaveLength(3);
  });

  it('only the author or an admin of its municipality may take it back; others are refused and nothing changes', async () => {
    const id = await published();
    // A leader of the same municipality who did not write it may publish drafts, but not withdraw this one.
    expect(ok(await app.gql(STORY, { id }, t.kommunalsjef)).successStory.canUnpublish).toBe(false);
    expect(codeOf(await app.gql(UNPUBLISH, { id }, t.kommunalsjef))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UNPUBLISH, { id }, t.askerAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UNPUBLISH, { id }, t.ansatt))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UNPUBLISH, { id: '00000000-0000-4000-8000-000000000000' }, t.agent))).toBe('NOT_FOUND');
    expect(ok(await app.gql(STORY, { id }, t.askerStaff)).successStory.status).toBe('PUBLISHED');

    const back = ok(await app.gql(UNPUBLISH, { id }, t.admin)).unpublishSuccessStory;
    expect(back.status).toBe('DRAFT');
    // A draft of another municipality is not even found.
    expect(codeOf(await app.gql(UNPUBLISH, { id }, t.askerAdmin))).toBe('NOT_FOUND');
  });

  it('shows the contact person’s e-mail for a published story only, also to other municipalities', async () => {
    const { id } = ok(await app.gql(CREATE, { input: story }, t.agent)).createSuccessStory;
    expect(ok(await app.gql(STORY, { id }, t.agent)).successStory.contactEmail).toBeNull();
    ok(await app.gql(PUBLISH, { id }, t.agent));
    const seen = ok(await app.gql(STORY, { id }, t.askerStaff)).successStory;
    expect(seen).toMatchObject({ contactEmail: 'agent@drammen.idehub.test', contactPerson: { name: 'Sofie Lund' } });
  });

  it('names people and suggestions in the audit log and has no row from «none» to «none»', async () => {
    const units = ok(await app.gql('{ units { id name } }', {}, t.ansatt)).units as { id: string; name: string }[];
    const homeUnit = units.find((u) => u.name === 'Hjemmetjenesten')!.id;
    const people = ok(await app.gql('{ people { id name } }', {}, t.admin)).people as { id: string; name: string }[];
    const agentId = people.find((p) => p.name === 'Sofie Lund')!.id;
    const { id } = ok(
      await app.gql(
        SUBMIT,
        {
          i: {
            title: 'Nøkkelskap med kode',
            description: 'Et nøkkelskap med kode sparer oss mye leting.',
            unitId: homeUnit,
          },
        },
        t.ansatt,
      ),
    ).submitSuggestion;
    ok(await app.gql(ASSIGN, { i: { suggestionId: id, personId: agentId } }, t.leder));

    const entries = ok(await app.gql(AUDIT, { entityId: id }, t.admin)).auditLog.edges.map(
      (e: { node: unknown }) => e.node,
    ) as { action: string; changes: { before: string | null; after: string | null }[]; references: unknown[] }[];
    const assign = entries.find((e) => e.action === 'suggestion.assign')!;
    expect(assign.references).toContainEqual({ id: agentId, name: 'Sofie Lund', kind: 'PERSON' });
    for (const entry of entries) {
      for (const change of entry.changes) expect([change.before, change.after]).not.toEqual([null, null]);
      for (const change of entry.changes) expect(change.before).not.toBe('null');
    }
  });

  it('offers tighter similar suggestions: the near-duplicate, not a suggestion sharing one common word', async () => {
    const SIMILAR =
      'query($text: String!) { similarSuggestions(text: $text, first: 20) { score suggestion { title } } }';
    const titles = async (text: string) =>
      ok(await app.gql(SIMILAR, { text }, t.ansatt)).similarSuggestions.map(
        (m: { suggestion: { title: string } }) => m.suggestion.title,
      ) as string[];
    expect((await titles('Fallalarmen bør gå rett til mobilen'))[0]).toBe(
      'Fallalarm som varsler direkte til mobilen til ansvarlig pleier',
    );
    expect(await titles('Mer tid til opplæring')).not.toContain(
      'Fallalarm som varsler direkte til mobilen til ansvarlig pleier',
    );
    expect(await titles('Bedre rutiner for vakt')).toEqual([]);
  });
});
