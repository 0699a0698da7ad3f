import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

/**
 * Confidential and hidden-name suggestions, for every role. The submitter (Kari Nordmann, staff in
 * Hjemmetjenesten, Drammen) sends one confidential suggestion and one with her name hidden.
 * A confidential suggestion is seen only by its submitter, the unit's leaders, leaders of the
 * units above, and admins; a hidden name is shown to the same people and «Ansatt i
 * Hjemmetjenesten» to everyone else.
 */
interface Role {
  label: string;
  email: string;
  seesConfidential: boolean;
  seesName: boolean;
  sameMunicipality: boolean;
  /** May read the unit's feedback metrics. */
  leadsUnit: boolean;
}
const ROLES: Role[] = [
  {
    label: 'staff colleague',
    email: 'ansatt2@drammen.idehub.test',
    seesConfidential: false,
    seesName: false,
    sameMunicipality: true,
    leadsUnit: false,
  },
  {
    label: 'submitter',
    email: 'ansatt@drammen.idehub.test',
    seesConfidential: true,
    seesName: true,
    sameMunicipality: true,
    leadsUnit: false,
  },
  {
    label: 'unit leader',
    email: 'leder@drammen.idehub.test',
    seesConfidential: true,
    seesName: true,
    sameMunicipality: true,
    leadsUnit: true,
  },
  {
    label: 'parent-unit leader',
    email: 'kommunalsjef@drammen.idehub.test',
    seesConfidential: true,
    seesName: true,
    sameMunicipality: true,
    leadsUnit: true,
  },
  {
    label: 'digital agent',
    email: 'agent@drammen.idehub.test',
    seesConfidential: false,
    seesName: false,
    sameMunicipality: true,
    leadsUnit: false,
  },
  {
    label: 'admin',
    email: 'admin@drammen.idehub.test',
    seesConfidential: true,
    seesName: true,
    sameMunicipality: true,
    leadsUnit: true,
  },
  {
    label: 'staff of another municipality',
    email: 'ansatt@asker.idehub.test',
    seesConfidential: false,
    seesName: false,
    sameMunicipality: false,
    leadsUnit: false,
  },
];
const SUBMITTER = 'Kari Nordmann';
const MASKED = 'Ansatt i Hjemmetjenesten';
const CONFIDENTIAL_TITLE = 'Kveldsrapportskjema skaper konflikt på vakt';
const HIDDEN_TITLE = 'Skiftnøkkelrutiner må bli tryggere';

const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id } }`;
const DETAIL = `query($id: ID!) {
  suggestion(id: $id) { id title submitterName registeredBy { name } comments { body authorName author { id } } }
}`;
const LIST = `query($filter: SuggestionFilter) {
  suggestions(filter: $filter, first: 100) { totalCount edges { node { id title submitterName } } }
}`;
const SIMILAR = `query($text: String!) { similarSuggestions(text: $text, first: 20) { suggestion { id title submitterName } } }`;
const PROFILE = `query($id: ID!) { person(id: $id) { submitted { id } supported { id } coCreating { id } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title message actorName suggestion { id } } } } }`;
const COMMENT = `mutation($id: ID!, $body: String!) { addComment(suggestionId: $id, body: $body) { id } }`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id } }`;

describe('visibility of confidential and hidden-name suggestions, for every role', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  const personId: Record<string, string> = {};
  let units: Record<string, string>;
  let confidential: string;
  let hidden: string;
  let registeredHidden: string;

  const ok = async (query: string, variables: Record<string, unknown>, email: string) => {
    const res = await app.gql(query, variables, token[email]);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const role of ROLES) {
      token[role.email] = await app.login(role.email);
      personId[role.email] = (await app.gql('{ me { id } }', {}, token[role.email])).data.me.id;
    }
    const submitter = 'ansatt@drammen.idehub.test';
    const leader = 'leder@drammen.idehub.test';
    const agent = 'agent@drammen.idehub.test';
    units = Object.fromEntries(
      (await ok('{ units { id name } }', {}, submitter)).units.map((u: { id: string; name: string }) => [u.name, u.id]),
    );
    const submit = async (email: string, input: Record<string, unknown>) =>
      (await ok(SUBMIT, { input: { unitId: units['Hjemmetjenesten'], ...input } }, email)).submitSuggestion
        .id as string;
    confidential = await submit(submitter, {
      title: CONFIDENTIAL_TITLE,
      description: 'Det er uenighet om hvordan kveldsrapportskjemaet skal fylles ut, og det går ut over samarbeidet.',
      confidential: true,
    });
    hidden = await submit(submitter, {
      title: HIDDEN_TITLE,
      description: 'Nøkler til brukernes hjem blir liggende på vaktrommet når vaktene bytter.',
      hideName: true,
    });
    registeredHidden = await submit(agent, {
      title: 'Egen kurv for returnerte nøkkelbokser',
      description: 'Kari ba meg registrere dette for henne uten navn.',
      hideName: true,
      onBehalfOfId: personId[submitter],
    });

    // Everyone who can, follows the hidden-name suggestion. Nobody else can follow the
    // confidential one through the API, so put every role on its follower list directly — as
    // if they had followed it while they led the unit — to prove notifications still hold back.
    for (const role of ROLES) {
      if (role.sameMunicipality && role.email !== submitter) {
        await ok(`mutation($id: ID!) { followSuggestion(id: $id) { id } }`, { id: hidden }, role.email);
      }
      await app.db.query(
        `insert into follower (suggestion_id, person_id, reason, created_at) values ($1, $2, 'MANUAL', $3) on conflict do nothing`,
        [confidential, personId[role.email], app.clock.now()],
      );
    }
    await ok(COMMENT, { id: hidden, body: 'Jeg skrev dette forslaget og svarer gjerne på spørsmål.' }, submitter);
    await ok(COMMENT, { id: confidential, body: 'Jeg kan utdype på et møte.' }, submitter);
    app.clock.advance(60_000);
    await ok(COMMENT, { id: confidential, body: 'Takk, jeg setter opp et møte med deg neste uke.' }, leader);
    await ok(
      RESPOND,
      {
        input: {
          suggestionId: confidential,
          message: 'Vi tar dette i et eget møte og finner en felles praksis.',
          status: 'UNDER_REVIEW',
        },
      },
      leader,
    );
  });
  afterAll(() => app?.stop());

  describe.each(ROLES)('$label', (role) => {
    const seesHidden = role.sameMunicipality;
    const expectedName = role.seesName ? SUBMITTER : MASKED;

    it('suggestion detail: the confidential one only if allowed; the hidden name only if allowed', async () => {
      const c = (await ok(DETAIL, { id: confidential }, role.email)).suggestion;
      expect(c?.title ?? null).toBe(role.seesConfidential ? CONFIDENTIAL_TITLE : null);
      const h = (await ok(DETAIL, { id: hidden }, role.email)).suggestion;
      if (!seesHidden) return expect(h).toBeNull();
      expect(h.submitterName).toBe(expectedName);
      const r = (await ok(DETAIL, { id: registeredHidden }, role.email)).suggestion;
      expect(r.submitterName).toBe(expectedName);
      // Who registered it would narrow down who sent it, so it is hidden the same way.
      expect(r.registeredBy).toEqual(role.seesName ? { name: 'Sofie Lund' } : null);
    });

    it('suggestions list', async () => {
      const edges = (await ok(LIST, {}, role.email)).suggestions.edges.map((e: { node: { id: string } }) => e.node);
      const ids = edges.map((n: { id: string }) => n.id);
      expect(ids.includes(confidential)).toBe(role.seesConfidential);
      expect(ids.includes(hidden)).toBe(seesHidden);
      if (seesHidden) expect(edges.find((n: { id: string }) => n.id === hidden).submitterName).toBe(expectedName);
      if (!role.sameMunicipality)
        expect(edges.some((n: { submitterName: string }) => n.submitterName === SUBMITTER)).toBe(false);
    });

    it('search', async () => {
      const c = (await ok(LIST, { filter: { search: 'kveldsrapportskjema' } }, role.email)).suggestions;
      expect(c.totalCount).toBe(role.seesConfidential ? 1 : 0);
      const h = (await ok(LIST, { filter: { search: 'skiftnøkkelrutiner' } }, role.email)).suggestions;
      expect(h.edges.map((e: { node: { submitterName: string } }) => e.node.submitterName)).toEqual(
        seesHidden ? [expectedName] : [],
      );
    });

    it('similar suggestions', async () => {
      const c = (await ok(SIMILAR, { text: 'Konflikt om kveldsrapportskjema' }, role.email)).similarSuggestions;
      expect(c.some((m: { suggestion: { id: string } }) => m.suggestion.id === confidential)).toBe(
        role.seesConfidential,
      );
      const h = (await ok(SIMILAR, { text: 'Tryggere skiftnøkkelrutiner' }, role.email)).similarSuggestions;
      const match = h.find((m: { suggestion: { id: string } }) => m.suggestion.id === hidden);
      expect(match?.suggestion.submitterName ?? null).toBe(seesHidden ? expectedName : null);
    });

    it('comments: the hidden submitter’s comment is anonymous; the confidential thread is out of reach', async () => {
      const h = (await ok(DETAIL, { id: hidden }, role.email)).suggestion;
      if (seesHidden) {
        expect(h.comments).toEqual([
          {
            body: 'Jeg skrev dette forslaget og svarer gjerne på spørsmål.',
            authorName: expectedName,
            author: role.seesName ? { id: personId['ansatt@drammen.idehub.test'] } : null,
          },
        ]);
      }
      if (role.seesConfidential) {
        const c = (await ok(DETAIL, { id: confidential }, role.email)).suggestion;
        expect(c.comments.map((x: { authorName: string }) => x.authorName)).toEqual([SUBMITTER, 'Ingrid Berg']);
      } else {
        expect(codeOf(await app.gql(COMMENT, { id: confidential, body: 'Hei' }, token[role.email]))).toBe('NOT_FOUND');
        for (const m of ['supportSuggestion', 'joinSuggestion', 'followSuggestion']) {
          expect(
            codeOf(
              await app.gql(`mutation($id: ID!) { ${m}(id: $id) { id } }`, { id: confidential }, token[role.email]),
            ),
          ).toBe('NOT_FOUND');
        }
      }
    });

    it('person profile of the submitter', async () => {
      const page = (await ok(PROFILE, { id: personId['ansatt@drammen.idehub.test'] }, role.email)).person;
      if (!role.sameMunicipality) return expect(page).toBeNull();
      const submitted = page.submitted.map((s: { id: string }) => s.id);
      expect(submitted.includes(hidden)).toBe(role.seesName);
      expect(submitted.includes(registeredHidden)).toBe(role.seesName);
      expect(submitted.includes(confidential)).toBe(role.seesConfidential);
    });

    it('notifications: none about the confidential suggestion unless allowed; the hidden name stays hidden', async () => {
      const me = personId[role.email];
      const stored: { kind: string; payload: unknown }[] = await app.db.query(
        `select kind, payload from notification where person_id = $1 and suggestion_id = $2`,
        [me, confidential],
      );
      if (role.seesConfidential) expect(stored.length).toBeGreaterThan(0);
      else expect(stored).toEqual([]);

      const notes = (await ok(NOTIFICATIONS, {}, role.email)).notifications.edges.map(
        (e: {
          node: { kind: string; title: string | null; actorName: string | null; suggestion: { id: string } | null };
        }) => e.node,
      );
      expect(JSON.stringify(notes).includes('Kveldsrapportskjema')).toBe(role.seesConfidential);

      // The submitter's own comment on the hidden-name suggestion notified the other followers.
      const aboutHidden = notes.filter((n: { suggestion: { id: string } | null }) => n.suggestion?.id === hidden);
      if (!seesHidden || role.email === 'ansatt@drammen.idehub.test') return expect(aboutHidden).toEqual([]);
      expect(aboutHidden).toContainEqual(expect.objectContaining({ kind: 'COMMENT_ADDED', actorName: expectedName }));
      // Nor does the stored payload (the e-mail's source) carry the name.
      const payloads: { payload: unknown }[] = await app.db.query(
        `select payload from notification where person_id = $1 and suggestion_id = $2`,
        [me, hidden],
      );
      expect(JSON.stringify(payloads).includes(SUBMITTER)).toBe(role.seesName);
    });

    it('unit feedback metrics: the unit’s leaders, those above and admins only', async () => {
      const res = await app.gql(
        `query($unitId: ID!) { feedbackMetrics(unitId: $unitId, from: "2025-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { submitted } }`,
        { unitId: units['Hjemmetjenesten'] },
        token[role.email],
      );
      if (role.leadsUnit) {
        expect(res.errors).toBeUndefined();
        expect(res.data.feedbackMetrics.submitted).toBeGreaterThanOrEqual(3);
      } else {
        expect(codeOf(res)).toBe(role.sameMunicipality ? 'FORBIDDEN' : 'NOT_FOUND');
      }
    });
  });

  describe('leaders cannot hand a confidential case to someone who may not see it', () => {
    it('refuses merging a suggestion into a confidential one its submitter cannot see', async () => {
      const colleague = 'ansatt2@drammen.idehub.test';
      const own = (
        await ok(
          SUBMIT,
          {
            input: {
              unitId: units['Hjemmetjenesten'],
              title: 'Kveldsrapportskjema bør forenkles',
              description: 'Skjemaet tar for lang tid å fylle ut.',
            },
          },
          colleague,
        )
      ).submitSuggestion.id;
      const res = await app.gql(
        `mutation($input: MergeSuggestionInput!) { mergeSuggestion(input: $input) { id status } }`,
        {
          input: {
            suggestionId: own,
            targetId: confidential,
            message: 'Dette gjelder samme sak som et annet forslag vi har.',
          },
        },
        token['leder@drammen.idehub.test'],
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'targetId', message: expect.stringMatching(/confidential/) },
      ]);
      expect((await ok(DETAIL, { id: own }, colleague)).suggestion.title).toBe('Kveldsrapportskjema bør forenkles');
    });

    it('refuses assigning a confidential suggestion to a digital agent who may not see it', async () => {
      const res = await app.gql(
        `mutation($input: AssignSuggestionInput!) { assignSuggestion(input: $input) { id } }`,
        { input: { suggestionId: confidential, personId: personId['agent@drammen.idehub.test'] } },
        token['leder@drammen.idehub.test'],
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'personId', message: 'may not see this confidential suggestion' },
      ]);
    });
  });
});
