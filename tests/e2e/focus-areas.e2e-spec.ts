import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateFocusAreaInput!) {
  createFocusArea(input: $input) { id title question opensAt closesAt closedAt isOpen endsAt canClose unit { name } createdBy { name } }
}`;
const CLOSE = `mutation($id: ID!) { closeFocusArea(id: $id) { id isOpen closedAt endsAt } }`;
const LIST = `query($activeOnly: Boolean) { focusAreas(activeOnly: $activeOnly) { id title isOpen canClose suggestionCount unit { name } } }`;
const ONE = `query($id: ID!) {
  focusArea(id: $id) { id title isOpen suggestionCount suggestions { id title focusArea { id title } } }
}`;
const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id focusArea { id title } } }`;
const DAY = 86_400_000;

describe('focus areas (innsatsområder)', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  let units: Record<string, string>;
  let askerUnit: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    await signInAll();
    const res = await app.gql('{ units { id name } }', {}, token.ansatt);
    units = Object.fromEntries(res.data.units.map((u: { id: string; name: string }) => [u.name, u.id]));
    askerUnit = (await app.gql('{ units { id name } }', {}, token.askerStaff)).data.units.find(
      (u: { name: string }) => u.name === 'Hjemmetjenesten',
    ).id;
  });
  afterAll(() => app?.stop());

  const EMAILS: Record<string, string> = {
    ...Object.fromEntries(
      ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'].map((w) => [w, `${w}@drammen.idehub.test`]),
    ),
    askerLeader: 'kommunalsjef@asker.idehub.test',
    askerStaff: 'ansatt@asker.idehub.test',
  };
  async function signInAll() {
    for (const [who, email] of Object.entries(EMAILS)) token[who] = await app.login(email);
  }
  /** Moves time on; sessions last hours, so everyone signs in again. */
  const advance = async (ms: number) => {
    app.clock.advance(ms);
    await signInAll();
  };
  const inDays = (days: number) => new Date(app.clock.now().getTime() + days * DAY).toISOString();
  const create = (who: string, input: Record<string, unknown>) =>
    app.gql(
      CREATE,
      {
        input: {
          title: 'Færre avbrudd i medisinrunden',
          question: 'Hva kan vi gjøre for å bli forstyrret mindre?',
          closesAt: inDays(30),
          ...input,
        },
      },
      token[who],
    );
  const createOk = async (who: string, input: Record<string, unknown>) => {
    const res = await create(who, input);
    expect(res.errors).toBeUndefined();
    return res.data.createFocusArea;
  };
  const submit = (who: string, input: Record<string, unknown>) =>
    app.gql(
      SUBMIT,
      {
        input: {
          title: 'Et forslag til innsatsområdet',
          description: 'Beskrivelse som er lang nok til å sendes inn.',
          ...input,
        },
      },
      token[who],
    );

  it('a leader publishes one for their unit; everyone in the municipality sees it, open, with who put it', async () => {
    const area = await createOk('leder', {
      title: 'Mindre tid på dokumentasjon',
      question: 'Hvor bruker dere mest tid på dobbeltdokumentasjon, og hva kan vi slutte med?',
      unitId: units['Hjemmetjenesten'],
    });
    expect(area).toMatchObject({
      isOpen: true,
      closedAt: null,
      canClose: true,
      unit: { name: 'Hjemmetjenesten' },
      createdBy: { name: 'Ingrid Berg' },
    });
    expect(area.opensAt).toBe(app.clock.now().toISOString());

    const seenByStaff = (await app.gql(LIST, { activeOnly: true }, token.ansatt)).data.focusAreas;
    expect(seenByStaff).toContainEqual(expect.objectContaining({ id: area.id, isOpen: true, canClose: false }));
    const seenInAsker = (await app.gql(LIST, {}, token.askerStaff)).data.focusAreas;
    expect(seenInAsker.map((a: { id: string }) => a.id)).not.toContain(area.id);
    expect((await app.gql(ONE, { id: area.id }, token.askerStaff)).data.focusArea).toBeNull();
  });

  it.each([
    ['staff', 'ansatt', { unitId: 'Hjemmetjenesten' }],
    ['a digital agent', 'agent', { unitId: 'Hjemmetjenesten' }],
    ['a unit leader, for the unit above theirs', 'leder', { unitId: 'Helse og omsorg' }],
    ['a unit leader, for a sibling unit', 'leder', { unitId: 'Fjell sykehjem' }],
    ['a leader, for the whole municipality', 'kommunalsjef', {}],
  ])('refuses %s with FORBIDDEN', async (_label, who, scope: { unitId?: string }) => {
    const res = await create(who, scope.unitId ? { unitId: units[scope.unitId] } : {});
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('lets a leader above publish for a unit below, and admins for the whole municipality', async () => {
    expect((await createOk('kommunalsjef', { unitId: units['Hjemmetjenesten'] })).unit.name).toBe('Hjemmetjenesten');
    expect((await createOk('admin', {})).unit).toBeNull();
    expect((await createOk('admin', { unitId: units['Fjell sykehjem'] })).unit.name).toBe('Fjell sykehjem');
  });

  it.each([
    ['closesAt', 'closing in the past', () => ({ closesAt: inDays(-1) })],
    ['closesAt', 'closing before it opens', () => ({ opensAt: inDays(10), closesAt: inDays(5) })],
    ['closesAt', 'lasting more than a year', () => ({ closesAt: inDays(400) })],
    ['title', 'a too short title', () => ({ title: 'Kort' })],
    ['question', 'a too short question', () => ({ question: 'Hva?' })],
    ['unitId', 'a unit of another municipality', () => ({ unitId: askerUnit })],
  ])('refuses bad input (%s: %s), naming the field', async (field, _label, input) => {
    const res = await create('admin', input());
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toContainEqual(expect.objectContaining({ field }));
  });

  it('a suggestion answers an open area put to its unit or a unit above; the area lists it', async () => {
    const area = await createOk('kommunalsjef', {
      title: 'Tryggere overganger mellom vakter',
      unitId: units['Helse og omsorg'],
    });
    const res = await submit('ansatt', {
      unitId: units['Hjemmetjenesten'],
      focusAreaId: area.id,
      title: 'Fast rapportmal ved vaktskifte',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitSuggestion.focusArea).toEqual({ id: area.id, title: 'Tryggere overganger mellom vakter' });
    const seen = (await app.gql(ONE, { id: area.id }, token.ansatt2)).data.focusArea;
    expect(seen.suggestionCount).toBe(1);
    expect(seen.suggestions).toEqual([
      expect.objectContaining({ id: res.data.submitSuggestion.id, title: 'Fast rapportmal ved vaktskifte' }),
    ]);
  });

  it('refuses an area that does not cover the chosen unit, is not open yet, or belongs to another municipality', async () => {
    const homeCare = await createOk('leder', { unitId: units['Hjemmetjenesten'] });
    const elsewhere = await submit('ansatt', { unitId: units['Fjell sykehjem'], focusAreaId: homeCare.id });
    expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors![0].extensions!.fields).toEqual([
      { field: 'focusAreaId', message: 'is not put to the chosen unit' },
    ]);

    const upcoming = await createOk('leder', {
      unitId: units['Hjemmetjenesten'],
      opensAt: inDays(7),
      closesAt: inDays(37),
    });
    expect(upcoming.isOpen).toBe(false);
    const early = await submit('ansatt', { unitId: units['Hjemmetjenesten'], focusAreaId: upcoming.id });
    expect(early.errors![0].extensions!.fields).toEqual([
      { field: 'focusAreaId', message: 'is not an open focus area' },
    ]);

    const asker = await app.gql(
      CREATE,
      { input: { title: 'Asker sitt område', question: 'Et spørsmål til Asker sine ansatte.', closesAt: inDays(30) } },
      token.askerLeader,
    );
    expect(codeOf(asker)).toBe('FORBIDDEN'); // a leader, but not an admin: no municipality-wide area
    const askerArea = (
      await app.gql(
        CREATE,
        {
          input: {
            title: 'Asker sitt område',
            question: 'Et spørsmål til Asker sine ansatte.',
            closesAt: inDays(30),
            unitId: askerUnit,
          },
        },
        token.askerLeader,
      )
    ).data.createFocusArea;
    const foreign = await submit('ansatt', { unitId: units['Hjemmetjenesten'], focusAreaId: askerArea.id });
    expect(foreign.errors![0].extensions!.fields).toEqual([
      { field: 'focusAreaId', message: 'is not an open focus area' },
    ]);
    const unknown = await submit('ansatt', {
      unitId: units['Hjemmetjenesten'],
      focusAreaId: '00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  });

  it('closing early: only its leaders and admins; it then takes no suggestions and leaves the active list', async () => {
    const area = await createOk('leder', { title: 'Bedre bruk av nettbrett', unitId: units['Hjemmetjenesten'] });
    expect(codeOf(await app.gql(CLOSE, { id: area.id }, token.ansatt))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CLOSE, { id: area.id }, token.agent))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CLOSE, { id: area.id }, token.askerLeader))).toBe('NOT_FOUND');

    await advance(DAY);
    const closed = (await app.gql(CLOSE, { id: area.id }, token.kommunalsjef)).data.closeFocusArea;
    expect(closed).toMatchObject({
      isOpen: false,
      closedAt: app.clock.now().toISOString(),
      endsAt: app.clock.now().toISOString(),
    });
    await advance(DAY);
    expect((await app.gql(CLOSE, { id: area.id }, token.leder)).data.closeFocusArea.closedAt).toBe(closed.closedAt);

    const late = await submit('ansatt', { unitId: units['Hjemmetjenesten'], focusAreaId: area.id });
    expect(late.errors![0].extensions!.fields).toEqual([
      { field: 'focusAreaId', message: 'is not an open focus area' },
    ]);
    const active = (await app.gql(LIST, { activeOnly: true }, token.ansatt)).data.focusAreas.map(
      (a: { id: string }) => a.id,
    );
    expect(active).not.toContain(area.id);
    const all = (await app.gql(LIST, {}, token.ansatt)).data.focusAreas;
    expect(all.map((a: { id: string }) => a.id)).toContain(area.id);
    // Open ones come first.
    const firstClosed = all.findIndex((a: { isOpen: boolean }) => !a.isOpen);
    expect(all.slice(firstClosed).every((a: { isOpen: boolean }) => !a.isOpen)).toBe(true);
  });

  it('closes by itself when its time is up', async () => {
    const area = await createOk('leder', { unitId: units['Hjemmetjenesten'], closesAt: inDays(3) });
    await advance(3 * DAY);
    const res = await submit('ansatt', { unitId: units['Hjemmetjenesten'], focusAreaId: area.id });
    expect(res.errors![0].extensions!.fields).toEqual([{ field: 'focusAreaId', message: 'is not an open focus area' }]);
    expect((await app.gql(ONE, { id: area.id }, token.ansatt)).data.focusArea.isOpen).toBe(false);
  });

  it('lists only the suggestions each reader may see', async () => {
    const area = await createOk('leder', { title: 'Rutiner for legemiddelavvik', unitId: units['Hjemmetjenesten'] });
    const open = await submit('ansatt', {
      unitId: units['Hjemmetjenesten'],
      focusAreaId: area.id,
      title: 'Avvik meldes på nettbrettet',
    });
    const confidential = await submit('ansatt', {
      unitId: units['Hjemmetjenesten'],
      focusAreaId: area.id,
      title: 'Konflikt om avviksmelding',
      confidential: true,
    });
    expect(open.errors ?? confidential.errors).toBeUndefined();
    const titles = async (who: string) => {
      const a = (await app.gql(ONE, { id: area.id }, token[who])).data.focusArea;
      return { count: a.suggestionCount, titles: a.suggestions.map((s: { title: string }) => s.title).sort() };
    };
    expect(await titles('ansatt2')).toEqual({ count: 1, titles: ['Avvik meldes på nettbrettet'] });
    expect(await titles('agent')).toEqual({ count: 1, titles: ['Avvik meldes på nettbrettet'] });
    for (const who of ['ansatt', 'leder', 'kommunalsjef', 'admin']) {
      expect(await titles(who)).toEqual({
        count: 2,
        titles: ['Avvik meldes på nettbrettet', 'Konflikt om avviksmelding'],
      });
    }
  });

  it('the demo data has one open focus area per municipality with suggestions answering it', async () => {
    for (const m of ['drammen', 'asker', 'kongsberg', 'lier']) {
      const t = await app.login(`ansatt2@${m}.idehub.test`);
      const areas = (await app.gql(LIST, {}, t)).data.focusAreas;
      const demo = areas.find(
        (a: { title: string }) => a.title === 'Hvordan kan vi bruke velferdsteknologi bedre på natt?',
      );
      expect(demo).toMatchObject({ unit: { name: 'Helse og omsorg' } });
      expect(demo.suggestionCount).toBeGreaterThanOrEqual(2);
    }
  });
});
