import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const SUBMIT = `mutation($input: SubmitSuggestionInput!) {
  submitSuggestion(input: $input) { id submitterName submittedByMe registeredBy { id name } }
}`;
const DETAIL = `query($id: ID!) {
  suggestion(id: $id) {
    id status supportCount supportedByMe joinedByMe isFollowing submitterName submittedByMe
    registeredBy { id name }
    coCreators { id name }
    comments { id body authorName author { id name } byMe bySubmitter createdAt }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title message actorName suggestion { id } } } } }`;
const SIMILAR = `query($text: String!, $unitId: ID, $first: Int) {
  similarSuggestions(text: $text, unitId: $unitId, first: $first) { score suggestion { id title status unit { name } } }
}`;
const PROFILE = `query($id: ID!) {
  person(id: $id) { id name memberships { role unit { name } } submitted { id title } supported { id title } coCreating { id title } }
}`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id status } }`;
// Synthetic fødselsnummer (valid checksums, birth date in the future so it belongs to nobody).
const FNR = '01013010001';
const HOUR = 3600_000;

describe('co-creation: support, comments, «Bli med», similar suggestions, people’s pages, submitting for a colleague', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  const personId: Record<string, string> = {};
  let units: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin']) {
      token[who] = await app.login(`${who}@drammen.idehub.test`);
      personId[who] = (await app.gql('{ me { id } }', {}, token[who])).data.me.id;
    }
    token.asker = await app.login('ansatt@asker.idehub.test');
    personId.asker = (await app.gql('{ me { id } }', {}, token.asker)).data.me.id;
    const res = await app.gql('{ units { id name } }', {}, token.ansatt);
    units = Object.fromEntries(res.data.units.map((u: { id: string; name: string }) => [u.name, u.id]));
  });
  afterAll(() => app?.stop());

  const gqlOk = async (query: string, variables: Record<string, unknown>, who: string) => {
    const res = await app.gql(query, variables, token[who]);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const submit = async (who: string, title: string, extra: Record<string, unknown> = {}) =>
    (
      await gqlOk(
        SUBMIT,
        {
          input: {
            unitId: units['Hjemmetjenesten'],
            title,
            description: `${title}. Beskrivelse som er lang nok.`,
            ...extra,
          },
        },
        who,
      )
    ).submitSuggestion.id as string;
  const detail = async (who: string, id: string) => (await gqlOk(DETAIL, { id }, who)).suggestion;
  const notificationsAbout = async (who: string, id: string) =>
    (await gqlOk(NOTIFICATIONS, {}, who)).notifications.edges
      .map((e: { node: { suggestion: { id: string } | null } }) => e.node)
      .filter((n: { suggestion: { id: string } | null }) => n.suggestion?.id === id);
  const mutate = (who: string, name: string, id: string) =>
    app.gql(`mutation($id: ID!) { ${name}(id: $id) { id } }`, { id }, token[who]);

  describe('support', () => {
    it('counts one support per person however often they press, and the supporter follows the suggestion', async () => {
      const id = await submit('ansatt', 'Varmeskap til matombringing');
      for (let i = 0; i < 3; i++) expect((await mutate('ansatt2', 'supportSuggestion', id)).errors).toBeUndefined();
      const seenBySupporter = await detail('ansatt2', id);
      expect(seenBySupporter).toMatchObject({ supportCount: 1, supportedByMe: true, isFollowing: true });
      expect(await detail('ansatt', id)).toMatchObject({ supportCount: 1, supportedByMe: false });
      await gqlOk(`mutation($id: ID!) { supportSuggestion(id: $id) { id } }`, { id }, 'agent');
      expect((await detail('leder', id)).supportCount).toBe(2);
    });

    it('gives supporters the leader’s responses', async () => {
      const id = await submit('ansatt', 'Felles handleliste for brukerne');
      await mutate('ansatt2', 'supportSuggestion', id);
      const message = 'Vi ser på dette sammen med kjøkkenet og svarer innen to uker.';
      await gqlOk(RESPOND, { input: { suggestionId: id, message, status: 'UNDER_REVIEW' } }, 'leder');
      const got = await notificationsAbout('ansatt2', id);
      expect(got).toEqual([expect.objectContaining({ kind: 'RESPONSE_RECEIVED', message, actorName: 'Ingrid Berg' })]);
    });

    it('withdrawing support lowers the count and ends the follow it made, but not a follow made by hand', async () => {
      const id = await submit('ansatt', 'Bedre merking av hjelpemidler');
      await mutate('ansatt2', 'supportSuggestion', id);
      await mutate('kommunalsjef', 'followSuggestion', id);
      await mutate('kommunalsjef', 'supportSuggestion', id);
      expect((await detail('leder', id)).supportCount).toBe(2);

      expect((await mutate('ansatt2', 'unsupportSuggestion', id)).errors).toBeUndefined();
      expect(await detail('ansatt2', id)).toMatchObject({ supportCount: 1, supportedByMe: false, isFollowing: false });
      await mutate('kommunalsjef', 'unsupportSuggestion', id);
      expect(await detail('kommunalsjef', id)).toMatchObject({
        supportCount: 0,
        supportedByMe: false,
        isFollowing: true,
      });
      // Withdrawing again changes nothing.
      expect((await mutate('ansatt2', 'unsupportSuggestion', id)).errors).toBeUndefined();
      expect((await detail('ansatt', id)).supportCount).toBe(0);
    });

    it('refuses supporting your own suggestion, and one you cannot see', async () => {
      const id = await submit('ansatt', 'Flere ladepunkter for nettbrett');
      expect(codeOf(await mutate('ansatt', 'supportSuggestion', id))).toBe('FORBIDDEN');
      expect(codeOf(await mutate('asker', 'supportSuggestion', id))).toBe('NOT_FOUND');
      expect(codeOf(await mutate('ansatt2', 'supportSuggestion', '00000000-0000-4000-8000-000000000000'))).toBe(
        'NOT_FOUND',
      );
      expect((await detail('ansatt', id)).supportCount).toBe(0);
    });
  });

  describe('comments', () => {
    const ADD = `mutation($id: ID!, $body: String!) { addComment(suggestionId: $id, body: $body) { id body authorName byMe bySubmitter } }`;

    it('shows the thread oldest first and tells the followers (not the author) with the comment', async () => {
      const id = await submit('ansatt', 'Nattbelysning i korridoren');
      await mutate('ansatt2', 'supportSuggestion', id);
      const first = await app.gql(
        ADD,
        { id, body: '  Vi kan låne bevegelsessensorer fra hjelpemiddellageret.  ' },
        token.agent,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data.addComment).toMatchObject({
        body: 'Vi kan låne bevegelsessensorer fra hjelpemiddellageret.',
        authorName: 'Sofie Lund',
        byMe: true,
        bySubmitter: false,
      });
      app.clock.advance(HOUR);
      await gqlOk(ADD, { id, body: 'Takk, det prøver vi!' }, 'ansatt');

      const thread = (await detail('ansatt2', id)).comments;
      expect(thread.map((c: { body: string }) => c.body)).toEqual([
        'Vi kan låne bevegelsessensorer fra hjelpemiddellageret.',
        'Takk, det prøver vi!',
      ]);
      expect(thread[1]).toMatchObject({
        authorName: 'Kari Nordmann',
        author: { id: personId.ansatt },
        bySubmitter: true,
        byMe: false,
      });

      const toSupporter = await notificationsAbout('ansatt2', id);
      expect(toSupporter.filter((n: { kind: string }) => n.kind === 'COMMENT_ADDED')).toHaveLength(2);
      expect(toSupporter).toContainEqual(
        expect.objectContaining({
          kind: 'COMMENT_ADDED',
          actorName: 'Sofie Lund',
          message: 'Vi kan låne bevegelsessensorer fra hjelpemiddellageret.',
        }),
      );
      const toSubmitter = (await notificationsAbout('ansatt', id)).filter(
        (n: { kind: string }) => n.kind === 'COMMENT_ADDED',
      );
      expect(toSubmitter).toEqual([expect.objectContaining({ actorName: 'Sofie Lund' })]);
      // The agent does not follow it, so is not told of the reply.
      expect(await notificationsAbout('agent', id)).toEqual([]);
    });

    it.each([
      ['an empty comment', '   ', 'BAD_USER_INPUT', 'body'],
      ['a comment over 2000 characters', 'x'.repeat(2001), 'BAD_USER_INPUT', 'body'],
      ['a national identity number', `Gjelder bruker ${FNR}.`, 'PATIENT_IDENTIFIER', 'body'],
    ])('refuses %s, naming the field and storing nothing', async (_label, body, code, field) => {
      const id = await submit('ansatt', 'Rutine for nøkkelutlevering');
      const res = await app.gql(ADD, { id, body }, token.ansatt2);
      expect(codeOf(res)).toBe(code);
      expect(res.errors![0].extensions!.fields).toContainEqual(expect.objectContaining({ field }));
      expect((await detail('ansatt', id)).comments).toEqual([]);
    });

    it('takes exactly 2000 characters, and refuses comments on a suggestion you cannot see', async () => {
      const id = await submit('ansatt', 'Ryddigere medisinrom');
      expect((await app.gql(ADD, { id, body: 'y'.repeat(2000) }, token.ansatt2)).errors).toBeUndefined();
      expect(codeOf(await app.gql(ADD, { id, body: 'Hei fra Asker' }, token.asker))).toBe('NOT_FOUND');
      expect((await detail('ansatt', id)).comments).toHaveLength(1);
    });
  });

  describe('«Bli med»', () => {
    it('makes a co-creator who is shown on the suggestion and follows it; joining twice is one', async () => {
      const id = await submit('ansatt', 'Felles opplæringsdag i velferdsteknologi');
      await mutate('agent', 'joinSuggestion', id);
      await mutate('agent', 'joinSuggestion', id);
      app.clock.advance(HOUR);
      await mutate('ansatt2', 'joinSuggestion', id);
      const seen = await detail('ansatt', id);
      expect(seen.coCreators).toEqual([
        { id: personId.agent, name: 'Sofie Lund' },
        { id: personId.ansatt2, name: 'Ola Hansen' },
      ]);
      expect(await detail('agent', id)).toMatchObject({ joinedByMe: true, isFollowing: true });

      await gqlOk(
        RESPOND,
        { input: { suggestionId: id, message: 'Vi setter av en dag i mai og tar gjerne imot hjelp.' } },
        'leder',
      );
      expect(await notificationsAbout('agent', id)).toEqual([expect.objectContaining({ kind: 'RESPONSE_RECEIVED' })]);

      await mutate('agent', 'leaveSuggestion', id);
      expect(await detail('agent', id)).toMatchObject({ joinedByMe: false, isFollowing: false });
      expect((await detail('ansatt', id)).coCreators).toEqual([{ id: personId.ansatt2, name: 'Ola Hansen' }]);
    });

    it('keeps following while still a supporter or co-creator, and stops when neither', async () => {
      const id = await submit('ansatt', 'Digital tavle på vaktrommet');
      await mutate('ansatt2', 'supportSuggestion', id);
      await mutate('ansatt2', 'joinSuggestion', id);
      await mutate('ansatt2', 'unsupportSuggestion', id);
      expect(await detail('ansatt2', id)).toMatchObject({ joinedByMe: true, supportedByMe: false, isFollowing: true });
      await mutate('ansatt2', 'leaveSuggestion', id);
      expect((await detail('ansatt2', id)).isFollowing).toBe(false);
    });

    it('refuses the submitter, a closed suggestion, and people who cannot see it', async () => {
      const id = await submit('ansatt', 'Bedre rutiner for dørlås');
      expect(codeOf(await mutate('ansatt', 'joinSuggestion', id))).toBe('FORBIDDEN');
      expect(codeOf(await mutate('asker', 'joinSuggestion', id))).toBe('NOT_FOUND');
      await gqlOk(
        RESPOND,
        { input: { suggestionId: id, message: 'Dette er allerede løst med nye låser i vår.', status: 'DECLINED' } },
        'leder',
      );
      const closed = await mutate('ansatt2', 'joinSuggestion', id);
      expect(codeOf(closed)).toBe('BAD_USER_INPUT');
      expect(closed.errors![0].extensions!.fields).toEqual([{ field: 'id', message: expect.stringMatching(/closed/) }]);
      expect((await detail('ansatt', id)).coCreators).toEqual([]);
    });
  });

  describe('a person’s page', () => {
    it('lists what they submitted, support and help with; people of other municipalities are not found', async () => {
      const mine = await submit('ansatt2', 'Sjekkliste for hjemmebesøk');
      const supported = await submit('ansatt', 'Trygghetsalarm med toveis tale');
      const helping = await submit('ansatt', 'Bytte til lettere arbeidsvesker');
      await mutate('ansatt2', 'supportSuggestion', supported);
      await mutate('ansatt2', 'joinSuggestion', helping);

      const page = (await gqlOk(PROFILE, { id: personId.ansatt2 }, 'agent')).person;
      expect(page.name).toBe('Ola Hansen');
      expect(page.memberships).toEqual([{ role: 'STAFF', unit: { name: 'Hjemmetjenesten' } }]);
      expect(page.submitted.map((s: { id: string }) => s.id)).toContain(mine);
      expect(page.submitted.map((s: { id: string }) => s.id)).not.toContain(supported);
      expect(page.supported.map((s: { id: string }) => s.id)).toContain(supported);
      expect(page.coCreating.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([helping]));

      expect((await gqlOk(PROFILE, { id: personId.ansatt2 }, 'asker')).person).toBeNull();
      expect((await gqlOk(PROFILE, { id: personId.asker }, 'ansatt')).person).toBeNull();
      expect((await gqlOk(PROFILE, { id: 'not-an-id' }, 'ansatt')).person).toBeNull();
    });
  });

  describe('similar suggestions while typing', () => {
    it('finds the near-duplicate first, with a score, among open suggestions only', async () => {
      const res = (await gqlOk(SIMILAR, { text: 'Fallalarmen bør gå rett til mobilen' }, 'ansatt2')).similarSuggestions;
      expect(res[0].suggestion.title).toBe('Fallalarm som varsler direkte til mobilen til ansvarlig pleier');
      expect(res[0].score).toBeGreaterThan(0.2);
      for (let i = 1; i < res.length; i++) expect(res[i].score).toBeLessThanOrEqual(res[i - 1].score);

      // The implemented super-user overview is closed: a new suggestion should not be pointed at it.
      const closed = (await gqlOk(SIMILAR, { text: 'Oversikt over superbrukere per vakt' }, 'ansatt2'))
        .similarSuggestions;
      expect(closed.map((r: { suggestion: { title: string } }) => r.suggestion.title)).not.toContain(
        'Felles oversikt over hvem som er superbruker på hvilken teknologi',
      );
      expect(
        closed.every(
          (r: { suggestion: { status: string } }) =>
            !['IMPLEMENTED', 'DECLINED', 'MERGED', 'WITHDRAWN'].includes(r.suggestion.status),
        ),
      ).toBe(true);
    });

    it('matches inflected Norwegian words (full-text, stemmed) and misspelt titles (trigrams)', async () => {
      const stemmed = (await gqlOk(SIMILAR, { text: 'e-læringskurset i turnusen' }, 'ansatt2')).similarSuggestions;
      expect(stemmed[0]?.suggestion.title).toBe('Sette av tid i turnus til e-læringskurs');
      const misspelt = (await gqlOk(SIMILAR, { text: 'Fallalrm mobil' }, 'ansatt2')).similarSuggestions;
      expect(misspelt[0]?.suggestion.title).toBe('Fallalarm som varsler direkte til mobilen til ansvarlig pleier');
    });

    it('any typed word may match, so a longer sentence still finds it', async () => {
      const res = (
        await gqlOk(SIMILAR, { text: 'Jeg foreslår kurs og sjekkliste for vikarer på medisindispenserne' }, 'ansatt2')
      ).similarSuggestions;
      expect(res[0]?.suggestion.title).toBe('Opplæring i medisindispenser for nyansatte og vikarer');
    });

    it('ranks suggestions of the chosen unit first among equals', async () => {
      const inHome = await submit('ansatt', 'Kjøleskap for insulin');
      const inTop = await submit('ansatt', 'Kjøleskap for insulin', { unitId: units['Helse og omsorg'] });
      const ids = async (unitId: string) =>
        (await gqlOk(SIMILAR, { text: 'Kjøleskap for insulin', unitId }, 'ansatt2')).similarSuggestions.map(
          (r: { suggestion: { id: string } }) => r.suggestion.id,
        );
      expect((await ids(units['Hjemmetjenesten'])).slice(0, 2)).toEqual([inHome, inTop]);
      expect((await ids(units['Helse og omsorg'])).slice(0, 2)).toEqual([inTop, inHome]);
    });

    it('returns nothing for too little text or no match, and never another municipality’s suggestions', async () => {
      expect((await gqlOk(SIMILAR, { text: ' f ' }, 'ansatt2')).similarSuggestions).toEqual([]);
      expect((await gqlOk(SIMILAR, { text: 'kaffetrakter på pauserommet' }, 'ansatt2')).similarSuggestions).toEqual([]);
      const askerSees = (await gqlOk(SIMILAR, { text: 'Kjøleskap for insulin' }, 'asker')).similarSuggestions;
      expect(askerSees).toEqual([]);
    });

    it('limits how many (1–20) and says which argument is wrong', async () => {
      expect(
        (await gqlOk(SIMILAR, { text: 'alarm', first: 1 }, 'ansatt2')).similarSuggestions.length,
      ).toBeLessThanOrEqual(1);
      const bad = await app.gql(SIMILAR, { text: 'alarm', first: 21 }, token.ansatt2);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'first', message: 'must be between 1 and 20' }]);
      const badUnit = await app.gql(SIMILAR, { text: 'alarm', unitId: 'x' }, token.ansatt2);
      expect(badUnit.errors![0].extensions!.fields).toEqual([{ field: 'unitId', message: 'must be the id of a unit' }]);
    });
  });

  describe('submitting on behalf of a colleague', () => {
    it('credits the colleague, who follows it and gets the answers; the agent is shown as registering it', async () => {
      const res = await app.gql(
        SUBMIT,
        {
          input: {
            unitId: units['Hjemmetjenesten'],
            title: 'Hjelpemiddel for å åpne medisinpakker',
            description: 'Kari fortalte på vakt at mange brukere ikke får åpnet pakkene selv.',
            onBehalfOfId: personId.ansatt,
          },
        },
        token.agent,
      );
      expect(res.errors).toBeUndefined();
      const id = res.data.submitSuggestion.id;
      expect(res.data.submitSuggestion).toMatchObject({
        submitterName: 'Kari Nordmann',
        submittedByMe: false,
        registeredBy: { id: personId.agent, name: 'Sofie Lund' },
      });

      expect(await detail('ansatt', id)).toMatchObject({
        submittedByMe: true,
        isFollowing: true,
        registeredBy: { name: 'Sofie Lund' },
      });
      const mine = await gqlOk(
        `{ suggestions(filter: { mine: true }, first: 100) { edges { node { id } } } }`,
        {},
        'ansatt',
      );
      expect(mine.suggestions.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

      const message = 'Takk! Vi bestiller åpnere til alle brukere som trenger det.';
      await gqlOk(RESPOND, { input: { suggestionId: id, message, status: 'ACCEPTED' } }, 'leder');
      expect(await notificationsAbout('ansatt', id)).toEqual([
        expect.objectContaining({ kind: 'RESPONSE_RECEIVED', message }),
      ]);
    });

    it('refuses staff (FORBIDDEN) and a person of another municipality (BAD_USER_INPUT), storing nothing', async () => {
      const count = async () =>
        (await gqlOk(`{ suggestions(first: 1) { totalCount } }`, {}, 'admin')).suggestions.totalCount;
      const before = await count();
      const input = (onBehalfOfId: string) => ({
        input: {
          unitId: units['Hjemmetjenesten'],
          title: 'For en kollega',
          description: 'Registrert for en kollega som fortalte om det.',
          onBehalfOfId,
        },
      });
      expect(codeOf(await app.gql(SUBMIT, input(personId.ansatt2), token.ansatt))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(SUBMIT, input(personId.ansatt2), token.leder))).toBe('FORBIDDEN');
      const foreign = await app.gql(SUBMIT, input(personId.asker), token.agent);
      expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
      expect(foreign.errors![0].extensions!.fields).toEqual([
        { field: 'onBehalfOfId', message: 'is not a colleague in your municipality' },
      ]);
      expect(await count()).toBe(before);
    });
  });

  describe('demo data', () => {
    it('has supports, comments and co-creators on the demo suggestions', async () => {
      const list = await gqlOk(
        `{ suggestions(first: 100) { edges { node { title supportCount coCreators { name } comments { authorName body } } } } }`,
        {},
        'ansatt',
      );
      const byTitle = new Map(list.suggestions.edges.map((e: { node: { title: string } }) => [e.node.title, e.node]));
      const fallAlarm = byTitle.get('Fallalarm som varsler direkte til mobilen til ansvarlig pleier') as any;
      expect(fallAlarm.supportCount).toBeGreaterThanOrEqual(1);
      expect(fallAlarm.coCreators).toEqual([{ name: 'Sofie Lund' }]);
      expect(fallAlarm.comments.length).toBeGreaterThanOrEqual(2);
      expect((byTitle.get('Digital hjemmeoppfølging for brukere med KOLS') as any).coCreators).toEqual([
        { name: 'Ola Hansen' },
      ]);
    });
  });
});
