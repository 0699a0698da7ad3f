import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const SUBMIT = `mutation($input: SubmitSuggestionInput!) {
  submitSuggestion(input: $input) { id title status submittedAt responseDueAt overdue submitterName unit { name } }
}`;
const LIST = `query($filter: SuggestionFilter, $first: Int, $after: String) {
  suggestions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } }
  }
}`;
// Synthetic fødselsnummer (valid checksums, birth date in the future so it belongs to nobody).
const FNR = '01013010001';

describe('suggestions: submit, read, list', () => {
  let app: TestApp;
  let staff: string;
  let units: Record<string, string>;
  let askerStaff: string;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    staff = await app.login('ansatt@drammen.idehub.test');
    askerStaff = await app.login('ansatt@asker.idehub.test');
    const res = await app.gql('{ units { id name } }', {}, staff);
    units = Object.fromEntries(res.data.units.map((u: { id: string; name: string }) => [u.name, u.id]));
  });
  afterAll(() => app?.stop());

  const submit = (token: string, input: Record<string, unknown>) =>
    app.gql(SUBMIT, { input: { unitId: units['Hjemmetjenesten'], ...input } }, token);

  it('submits to a unit of my municipality, with the first response due in 14 days', async () => {
    const res = await submit(staff, {
      title: 'Nøkkelboks ved inngangen',
      description: 'Nøkkelboksen ved inngangen er vanskelig å åpne med hansker på vinteren.',
    });
    expect(res.errors).toBeUndefined();
    const s = res.data.submitSuggestion;
    expect(s.status).toBe('SUBMITTED');
    expect(s.unit.name).toBe('Hjemmetjenesten');
    expect(s.submitterName).toBe('Kari Nordmann');
    expect(new Date(s.responseDueAt).getTime() - new Date(s.submittedAt).getTime()).toBe(14 * 86_400_000);
    expect(s.overdue).toBe(false);
  });

  it('may submit to any unit of the municipality, but not to another municipality’s unit', async () => {
    const ok = await submit(staff, {
      unitId: units['Helse og omsorg'],
      title: 'Felles kalender',
      description: 'En felles kalender for opplæring.',
    });
    expect(ok.errors).toBeUndefined();
    const other = await app.gql('{ units { id name } }', {}, askerStaff);
    const askerUnit = other.data.units[0].id;
    const res = await submit(staff, {
      unitId: askerUnit,
      title: 'Feil kommune',
      description: 'Dette skal ikke gå gjennom.',
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual([
      { field: 'unitId', message: 'is not a unit of your municipality' },
    ]);
  });

  it.each([
    ['title', { title: 'Kort', description: 'En lang nok beskrivelse.' }, 'must be 5–140 characters'],
    ['title', { title: 'x'.repeat(141), description: 'En lang nok beskrivelse.' }, 'must be 5–140 characters'],
    ['description', { title: 'God tittel', description: 'For kort' }, 'must be 10–5000 characters'],
    ['description', { title: 'God tittel', description: 'x'.repeat(5001) }, 'must be 10–5000 characters'],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, input, message) => {
    const before = (await app.gql(LIST, { filter: { mine: true } }, staff)).data.suggestions.totalCount;
    const res = await submit(staff, input);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toContainEqual({ field, message });
    expect((await app.gql(LIST, { filter: { mine: true } }, staff)).data.suggestions.totalCount).toBe(before);
  });

  it.each([
    ['title', { title: `Bruker ${FNR} falt`, description: 'Beskrivelse uten noe spesielt i seg.' }],
    ['description', { title: 'Fall på natt', description: `Gjelder bruker 010130 10001 på rom 12.` }],
    ['description', { title: 'Fall på natt', description: `Gjelder bruker 01.01.30 10001 på rom 12.` }],
  ])('refuses a national identity number in %s with PATIENT_IDENTIFIER, storing nothing', async (field, input) => {
    const before = (await app.gql(LIST, { filter: { mine: true } }, staff)).data.suggestions.totalCount;
    const res = await submit(staff, input);
    expect(codeOf(res)).toBe('PATIENT_IDENTIFIER');
    expect(res.errors![0].extensions!.fields).toEqual([
      { field, message: expect.stringMatching(/national identity number/) },
    ]);
    expect((await app.gql(LIST, { filter: { mine: true } }, staff)).data.suggestions.totalCount).toBe(before);
  });

  it('accepts 11-digit numbers that are not identity numbers (phone, wrong checksum)', async () => {
    const res = await submit(staff, {
      title: 'Ring vakttelefonen',
      description: 'Nummeret er 912 34 567, eller 01013010002 på lappen.',
    });
    expect(res.errors).toBeUndefined();
  });

  it('shows suggestions of my own municipality only; another municipality gets NOT_FOUND', async () => {
    const mine = await submit(staff, {
      title: 'Bedre lys i gangen',
      description: 'Gangen på sykehjemmet er mørk om kvelden.',
    });
    const id = mine.data.submitSuggestion.id;
    const asker = await app.gql('query($id: ID!) { suggestion(id: $id) { id } }', { id }, askerStaff);
    expect(asker.data.suggestion).toBeNull();
    const askerList = await app.gql(LIST, { filter: { search: 'lys gangen' } }, askerStaff);
    expect(askerList.data.suggestions.edges.map((e: any) => e.node.id)).not.toContain(id);
    const respond = await app.gql(
      'mutation($i: RespondToSuggestionInput!) { respondToSuggestion(input: $i) { id } }',
      { i: { suggestionId: id, message: 'Dette er et svar fra feil kommune, skal ikke gå.' } },
      await app.login('leder@asker.idehub.test'),
    );
    expect(codeOf(respond)).toBe('NOT_FOUND');
  });

  it('searches with Norwegian full-text (stemming: "dispensere" finds "medisindispenseren")', async () => {
    await submit(staff, { title: 'Dispenserne piper', description: 'Medisindispenserne piper hele natta uten grunn.' });
    const res = await app.gql(LIST, { filter: { search: 'dispenserne piper' } }, staff);
    expect(res.data.suggestions.edges.map((e: any) => e.node.title)).toContain('Dispenserne piper');
    const none = await app.gql(LIST, { filter: { search: 'helikopter' } }, staff);
    expect(none.data.suggestions.totalCount).toBe(0);
  });

  it('filters by unit, status and mine', async () => {
    const byUnit = await app.gql(LIST, { filter: { unitId: units['Helse og omsorg'] } }, staff);
    expect(byUnit.data.suggestions.totalCount).toBeGreaterThan(0);
    const implemented = await app.gql(
      `query { suggestions(filter: { status: [IMPLEMENTED] }) { edges { node { status } } } }`,
      {},
      staff,
    );
    expect(implemented.data.suggestions.edges.length).toBeGreaterThan(0);
    expect(implemented.data.suggestions.edges.every((e: any) => e.node.status === 'IMPLEMENTED')).toBe(true);
    const mine = await app.gql(
      `query { suggestions(filter: { mine: true }) { edges { node { submittedByMe } } } }`,
      {},
      staff,
    );
    expect(mine.data.suggestions.edges.every((e: any) => e.node.submittedByMe)).toBe(true);
  });

  it('pages through all suggestions with cursors, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: any = await app.gql(LIST, { first: 3, after }, staff);
      total = res.data.suggestions.totalCount;
      seen.push(...res.data.suggestions.edges.map((e: any) => e.node.id));
      after = res.data.suggestions.pageInfo.hasNextPage ? res.data.suggestions.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a bad cursor and page size with BAD_USER_INPUT', async () => {
    expect(codeOf(await app.gql(LIST, { after: 'tull' }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(LIST, { first: 1000 }, staff))).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND-as-null for an unknown id', async () => {
    const res = await app.gql('query { suggestion(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, staff);
    expect(res.data.suggestion).toBeNull();
  });
});
