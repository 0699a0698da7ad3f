import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, DEMO_PASSWORD, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Authorization matrix: every query and mutation of the schema × every kind of person, against
 * a CONFIDENTIAL suggestion submitted by a staff member of Hjemmetjenesten in Drammen (and the
 * things around it). A new operation without a row here fails the test: add its row (one line of
 * expected outcomes) when you add the operation.
 *
 * Roles, in the order of each row's expectations:
 *   anon       signed out
 *   submitter  the staff member who submitted it (Hjemmetjenesten)
 *   colleague  another staff member of Hjemmetjenesten (may not see a confidential suggestion)
 *   leader     the leader of Hjemmetjenesten (own unit)
 *   above      the leader of Helse og omsorg (the unit above)
 *   other      a staff member of Fjell sykehjem (another unit of the municipality)
 *   foreign    the leader of Hjemmetjenesten in Asker (another municipality)
 *   admin      the admin of Drammen
 *
 * Outcomes: ok (an answer), null (nothing: hidden or not there), or the error code. A mutation that changes the target runs on a fresh
 * target per role, so one role's change cannot decide another's answer.
 */
const ROLES = ['anon', 'submitter', 'colleague', 'leader', 'above', 'other', 'foreign', 'admin'] as const;
type Role = (typeof ROLES)[number];

interface Target {
  suggestionId: string;
  unitId: string;
  otherSuggestionId: string;
  focusAreaId: string;
  storyId: string;
  draftStoryId: string;
  personId: string;
  notificationId: string;
  /** A staff member of Hjemmetjenesten made for this target alone (people admin rows change them). */
  spareId: string;
  /** An empty unit under Helse og omsorg made for this target alone (unit admin rows change it). */
  spareUnitId: string;
  /** A story the leader published for this target alone (unpublishing changes it). */
  publishedStoryId: string;
}

interface Row {
  /** The operation document; variables come from `vars`. */
  doc: string;
  vars?: (t: Target) => Record<string, unknown>;
  /** Eight outcomes, one per role in ROLES order. */
  expect: string;
  /** Needs a fresh target for every role (it changes it). */
  fresh?: boolean;
}

export const MATRIX: Record<string, Row> = {
  // Queries
  auditLog: {
    doc: '{ auditLog { totalCount } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  demoAccounts: { doc: '{ demoAccounts { email } }', expect: 'ok ok ok ok ok ok ok ok' },
  feedbackMetrics: {
    doc: 'query($u: ID) { feedbackMetrics(from: "2026-01-01", to: "2027-01-01", unitId: $u) { __typename } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok ok FORBIDDEN NOT_FOUND ok',
  },
  focusArea: {
    doc: 'query($id: ID!) { focusArea(id: $id) { id } }',
    vars: (t) => ({ id: t.focusAreaId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok null ok',
  },
  focusAreas: { doc: '{ focusAreas { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  gainsDashboard: { doc: '{ gainsDashboard { __typename } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  // Everyone signed in has an inbox (empty for most); filtering it by a unit is only for those who
  // answer for that unit (its leaders, those above, admins), and refused alike for everyone else.
  inbox: {
    doc: 'query($u: ID) { inbox(filter: { unitId: $u, confidential: true }) { totalCount suggestions { id } } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED BAD_USER_INPUT BAD_USER_INPUT ok ok BAD_USER_INPUT BAD_USER_INPUT ok',
  },
  me: { doc: '{ me { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  municipalities: { doc: '{ municipalities { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  municipalitySettings: {
    doc: '{ municipalitySettings { firstResponseDays } }',
    expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok',
  },
  notifications: { doc: '{ notifications { totalCount } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  people: { doc: '{ people { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  person: {
    doc: 'query($id: ID!) { person(id: $id) { __typename } }',
    vars: (t) => ({ id: t.personId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok null ok',
  },
  similarSuggestions: {
    doc: 'query($u: ID) { similarSuggestions(text: "medisin", unitId: $u) { __typename } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok',
  },
  successStories: { doc: '{ successStories { totalCount } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  successStory: {
    doc: 'query($id: ID!) { successStory(id: $id) { id } }',
    vars: (t) => ({ id: t.draftStoryId }),
    expect: 'UNAUTHENTICATED null null ok ok null null ok',
  },
  successStoryTechnologies: { doc: '{ successStoryTechnologies }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  suggestion: {
    doc: 'query($id: ID!) { suggestion(id: $id) { id title } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok null ok ok null null ok',
  },
  suggestions: { doc: '{ suggestions { totalCount } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  // «Dere sa – vi gjorde»: non-confidential content only, for everyone in the unit's municipality.
  unitDigest: {
    doc: 'query($u: ID!) { unitDigest(unitId: $u, month: "2026-01") { answeredCount items { title } } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok NOT_FOUND ok',
  },
  units: { doc: '{ units { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  unreadCount: { doc: '{ unreadCount }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  // Mutations
  addComment: {
    doc: 'mutation($id: ID!) { addComment(suggestionId: $id, body: "En kommentar til forslaget") { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
  },
  adoptSuccessStory: {
    doc: 'mutation($s: ID!, $u: ID!) { adoptSuccessStory(input: { storyId: $s, unitId: $u }) { id } }',
    // A story of its own per role: one unit adopts a story once.
    vars: (t) => ({ s: t.publishedStoryId, u: t.unitId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok BAD_USER_INPUT ok',
    fresh: true,
  },
  assignSuggestion: {
    doc: 'mutation($id: ID!) { assignSuggestion(input: { suggestionId: $id }) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  closeFocusArea: {
    doc: 'mutation($id: ID!) { closeFocusArea(id: $id) { id } }',
    vars: (t) => ({ id: t.focusAreaId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok FORBIDDEN NOT_FOUND ok',
    fresh: true,
  },
  createFocusArea: {
    doc: 'mutation($u: ID) { createFocusArea(input: { title: "Færre fall", question: "Hvordan kan vi unngå fall om natten?", closesAt: "2026-06-01", unitId: $u }) { id } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok ok FORBIDDEN BAD_USER_INPUT ok',
  },
  createSuccessStory: {
    doc: 'mutation { createSuccessStory(input: { title: "Digitalt tilsyn", summary: "Digitalt tilsyn om natten ga bedre søvn for beboerne og færre fall." }) { id } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok ok FORBIDDEN ok FORBIDDEN',
  },
  followSuggestion: {
    doc: 'mutation($id: ID!) { followSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
  },
  joinSuggestion: {
    doc: 'mutation($id: ID!) { joinSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  leaveSuggestion: {
    doc: 'mutation($id: ID!) { leaveSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  login: {
    doc: `mutation { login(email: "ansatt2@kongsberg.idehub.test", password: "${DEMO_PASSWORD}") { token } }`,
    expect: 'ok ok ok ok ok ok ok ok',
  },
  logout: { doc: 'mutation { logout }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  markNotificationsRead: {
    doc: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
    vars: (t) => ({ ids: [t.notificationId] }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok',
  },
  mergeSuggestion: {
    doc: 'mutation($id: ID!, $into: ID!) { mergeSuggestion(input: { suggestionId: $id, targetId: $into, message: "Samme forslag som det andre, vi slår dem sammen." }) { id } }',
    vars: (t) => ({ id: t.otherSuggestionId, into: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  publishSuccessStory: {
    doc: 'mutation($id: ID!) { publishSuccessStory(id: $id) { id } }',
    vars: (t) => ({ id: t.draftStoryId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok ok FORBIDDEN NOT_FOUND FORBIDDEN',
    fresh: true,
  },
  rateAnswer: {
    doc: 'mutation($id: ID!) { rateAnswer(suggestionId: $id, useful: true) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED BAD_USER_INPUT NOT_FOUND FORBIDDEN FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN',
    fresh: true,
  },
  respondToSuggestion: {
    doc: 'mutation($id: ID!) { respondToSuggestion(input: { suggestionId: $id, message: "Takk, vi ser på dette på neste møte." }) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  setMyLocale: { doc: 'mutation { setMyLocale(locale: "nb") { id } }', expect: 'UNAUTHENTICATED ok ok ok ok ok ok ok' },
  submitSuggestion: {
    doc: 'mutation($u: ID!) { submitSuggestion(input: { unitId: $u, title: "Bedre rutiner", description: "En beskrivelse som er lang nok." }) { id } }',
    vars: (t) => ({ u: t.unitId }),
    expect: 'UNAUTHENTICATED ok ok ok ok ok BAD_USER_INPUT ok',
  },
  supportSuggestion: {
    doc: 'mutation($id: ID!) { supportSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  // The submitter always gets the answers: they cannot unfollow their own suggestion.
  unfollowSuggestion: {
    doc: 'mutation($id: ID!) { unfollowSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED FORBIDDEN NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
  },
  unsupportSuggestion: {
    doc: 'mutation($id: ID!) { unsupportSuggestion(id: $id) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok NOT_FOUND ok ok NOT_FOUND NOT_FOUND ok',
    fresh: true,
  },
  updateMunicipalitySettings: {
    doc: 'mutation { updateMunicipalitySettings(input: { firstResponseDays: 14 }) { firstResponseDays } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  updateSuccessStory: {
    doc: 'mutation($id: ID!) { updateSuccessStory(input: { id: $id, summary: "Digitalt tilsyn om natten ga bedre søvn og færre fall for beboerne." }) { id } }',
    vars: (t) => ({ id: t.draftStoryId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok ok FORBIDDEN NOT_FOUND FORBIDDEN',
    fresh: true,
  },
  withdrawSuggestion: {
    doc: 'mutation($id: ID!) { withdrawSuggestion(input: { suggestionId: $id }) { id } }',
    vars: (t) => ({ id: t.suggestionId }),
    expect: 'UNAUTHENTICATED ok NOT_FOUND FORBIDDEN FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN',
    fresh: true,
  },
  // Putting a municipality into service: units, people, sign-in, data rights (admins of the municipality).
  adminUnits: {
    doc: '{ adminUnits { id } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  directoryPerson: {
    doc: 'query($id: ID!) { directoryPerson(id: $id) { id } }',
    vars: (t) => ({ id: t.personId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  peopleDirectory: {
    doc: '{ peopleDirectory(first: 5) { totalCount } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  peopleWaitingForPlacement: {
    doc: '{ peopleWaitingForPlacement { id } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  ssoMunicipalities: { doc: '{ ssoMunicipalities { slug } }', expect: 'ok ok ok ok ok ok ok ok' },
  ssoSettings: {
    doc: '{ ssoSettings { issuer } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN null',
  },
  addPerson: {
    doc: 'mutation($e: String!) { addPerson(input: { name: "Nora Ny", email: $e, memberships: [] }) { id } }',
    vars: (t) => ({ e: `ny-${t.spareId}@drammen.idehub.test` }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  updatePerson: {
    doc: 'mutation($id: ID!) { updatePerson(input: { id: $id, name: "Rita Reserve" }) { id } }',
    vars: (t) => ({ id: t.spareId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  setMemberships: {
    doc: 'mutation($id: ID!, $u: ID!) { setMemberships(personId: $id, memberships: [{ unitId: $u, role: LEADER }]) { id } }',
    vars: (t) => ({ id: t.spareId, u: t.unitId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  deactivatePerson: {
    doc: 'mutation($id: ID!) { deactivatePerson(id: $id) { id } }',
    vars: (t) => ({ id: t.spareId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  reactivatePerson: {
    doc: 'mutation($id: ID!) { reactivatePerson(id: $id) { id } }',
    vars: (t) => ({ id: t.spareId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  sendPasswordLink: {
    doc: 'mutation($id: ID!) { sendPasswordLink(personId: $id) }',
    vars: (t) => ({ id: t.spareId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
  },
  // Public, and the same answer for every caller; a fresh address each time stays under the throttle.
  requestPasswordReset: {
    doc: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    vars: () => ({ e: `ukjent-${Math.random().toString(36).slice(2)}@drammen.idehub.test` }),
    expect: 'ok ok ok ok ok ok ok ok',
  },
  // Public; a token nobody was sent is refused alike for everyone (the working path: password-link.e2e-spec).
  setPasswordWithToken: {
    doc: 'mutation { setPasswordWithToken(token: "ikke-en-gyldig-lenke", password: "et langt nytt passord") { token } }',
    expect:
      'BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT',
  },
  anonymisePerson: {
    doc: 'mutation($id: ID!) { anonymisePerson(id: $id) { id } }',
    vars: (t) => ({ id: t.spareId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  createUnit: {
    doc: 'mutation($n: String!) { createUnit(input: { name: $n }) { id } }',
    vars: (t) => ({ n: `Ny enhet ${t.spareId}` }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  updateUnit: {
    doc: 'mutation($id: ID!) { updateUnit(input: { id: $id, name: "Omdøpt reserveenhet" }) { id } }',
    vars: (t) => ({ id: t.spareUnitId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  closeUnit: {
    doc: 'mutation($id: ID!, $to: ID!) { closeUnit(id: $id, moveOpenSuggestionsToId: $to) { id } }',
    vars: (t) => ({ id: t.spareUnitId, to: t.unitId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
  updateSsoSettings: {
    doc: 'mutation { updateSsoSettings(input: { issuer: "http://127.0.0.1:9/", clientId: "idehub" }) { issuer } }',
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN BAD_USER_INPUT',
  },
  unpublishSuccessStory: {
    doc: 'mutation($id: ID!) { unpublishSuccessStory(id: $id) { id } }',
    vars: (t) => ({ id: t.publishedStoryId }),
    expect: 'UNAUTHENTICATED FORBIDDEN FORBIDDEN ok FORBIDDEN FORBIDDEN FORBIDDEN ok',
    fresh: true,
  },
};
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../api/schema.gql'), 'utf8'));
const OPERATIONS = [
  ...Object.keys(schema.getQueryType()!.getFields()),
  ...Object.keys(schema.getMutationType()!.getFields()),
].sort();

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and none for operations that are gone', () => {
    expect(OPERATIONS.filter((op) => !MATRIX[op])).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !OPERATIONS.includes(op))).toEqual([]);
    for (const [op, row] of Object.entries(MATRIX)) {
      expect(row.expect.split(/\s+/), `${op}: one outcome per role`).toHaveLength(ROLES.length);
    }
  });

  let app: TestApp;
  const tokens = {} as Record<Role, string | undefined>;
  let base: Target;
  beforeAll(async () => {
    app = await startTestApp({ demo: true, config: { mutationRatePerMinute: 0 } });
    // A staff member of Fjell sykehjem: another unit of the same municipality.
    await app.db.query(
      `with p as (insert into person (municipality_id, name, email, password_hash, locale, created_at)
         select municipality_id, 'Frida Fjell', 'fjell@drammen.idehub.test', password_hash, 'nb', now()
           from person where email = 'ansatt@drammen.idehub.test' returning id)
       insert into membership (person_id, unit_id, role)
         select p.id, u.id, 'STAFF' from p, unit u where u.name = 'Fjell sykehjem'
           and u.municipality_id = (select municipality_id from person where email = 'ansatt@drammen.idehub.test')`,
    );
    const emails: Record<Exclude<Role, 'anon'>, string> = {
      submitter: 'ansatt2@drammen.idehub.test',
      colleague: 'ansatt@drammen.idehub.test',
      leader: 'leder@drammen.idehub.test',
      above: 'kommunalsjef@drammen.idehub.test',
      other: 'fjell@drammen.idehub.test',
      foreign: 'leder@asker.idehub.test',
      admin: 'admin@drammen.idehub.test',
    };
    for (const [role, email] of Object.entries(emails)) tokens[role as Role] = await app.login(email);
    const [{ id: unitId }] = await app.db.query(
      `select u.id from unit u join municipality m on m.id = u.municipality_id where m.slug = 'drammen' and u.name = 'Hjemmetjenesten'`,
    );
    base = await makeTarget(unitId);
  }, 180_000);
  afterAll(() => app?.stop());

  /** A confidential suggestion by the submitter, a second one to merge, a draft story, a notification. */
  async function makeTarget(unitId: string): Promise<Target> {
    const submit = async (title: string) => {
      const res = await app.gql(
        'mutation($u: ID!, $t: String!) { submitSuggestion(input: { unitId: $u, title: $t, description: "En beskrivelse som er lang nok.", confidential: true }) { id } }',
        { u: unitId, t: title },
        tokens.submitter,
      );
      return res.data.submitSuggestion.id as string;
    };
    const suggestionId = await submit('Bedre rutiner for nattevakten');
    const otherSuggestionId = await submit('Bedre rutiner for nattevakt');
    // An answered suggestion can be rated; the leader answers it (and the submitter is notified).
    await app.gql(
      'mutation($id: ID!) { respondToSuggestion(input: { suggestionId: $id, message: "Vi ser på dette på neste personalmøte." }) { id } }',
      { id: suggestionId },
      tokens.leader,
    );
    const [{ id: focusAreaId }] = await app.db.query(
      `select f.id from focus_area f join unit u on u.id = f.unit_id where u.id = (select parent_id from unit where id = $1) limit 1`,
      [unitId],
    );
    const [{ id: storyId }] = await app.db.query(
      `select s.id from success_story s where s.status = 'PUBLISHED' limit 1`,
    );
    const draft = await app.gql(
      'mutation { createSuccessStory(input: { title: "Digitalt tilsyn", summary: "Digitalt tilsyn om natten ga bedre søvn for beboerne og færre fall." }) { id } }',
      {},
      tokens.leader,
    );
    const [{ id: personId }] = await app.db.query(`select id from person where email = 'ansatt2@drammen.idehub.test'`);
    const [notification] = await app.db.query(
      `select id from notification where person_id = $1 order by created_at desc limit 1`,
      [personId],
    );
    const spareTag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
    const [{ id: spareId }] = await app.db.query(
      `with p as (insert into person (municipality_id, name, email, locale, created_at)
         select municipality_id, 'Reserve ' || $2, 'reserve-' || $2 || '@drammen.idehub.test', 'nb', now()
           from unit where id = $1 returning id)
       insert into membership (person_id, unit_id, role) select p.id, $1, 'STAFF' from p returning person_id as id`,
      [unitId, spareTag],
    );
    const [{ id: spareUnitId }] = await app.db.query(
      `insert into unit (municipality_id, parent_id, name)
         select municipality_id, parent_id, 'Reserveenhet ' || $2 from unit where id = $1 returning id`,
      [unitId, spareTag],
    );
    const story = await app.gql(
      'mutation { createSuccessStory(input: { title: "Trygg natt", summary: "Sensorer om natten ga færre fall og roligere netter for beboerne." }) { id } }',
      {},
      tokens.leader,
    );
    const publishedStoryId = story.data?.createSuccessStory?.id ?? storyId;
    await app.gql(
      'mutation($id: ID!) { publishSuccessStory(id: $id) { id } }',
      { id: publishedStoryId },
      tokens.leader,
    );
    return {
      spareId,
      spareUnitId,
      publishedStoryId,
      suggestionId,
      otherSuggestionId,
      unitId,
      focusAreaId,
      storyId,
      draftStoryId: draft.data?.createSuccessStory?.id ?? storyId,
      personId,
      notificationId: notification?.id ?? '00000000-0000-0000-0000-000000000000',
    };
  }

  /** ok, null (answered «nothing there»: hidden), or the error code. */
  const outcome = (res: GraphQLResult) => {
    const code = codeOf(res);
    if (code) return code;
    const values = Object.values(res.data ?? {});
    return values.length === 1 && values[0] === null ? 'null' : 'ok';
  };

  it.each(Object.keys(MATRIX).filter((op) => op !== 'logout' && op !== 'login'))(
    '%s answers every role as the matrix says',
    async (op) => {
      const row = MATRIX[op];
      const actual: string[] = [];
      const messages: string[] = [];
      for (const role of ROLES) {
        const target = row.fresh ? await makeTarget(base.unitId) : base;
        const res = await app.gql(row.doc, row.vars?.(target) ?? {}, tokens[role]);
        actual.push(outcome(res));
        if (res.errors?.length) messages.push(`${role}: ${res.errors[0].message}`);
      }
      if (process.env.MATRIX_PRINT) fs.appendFileSync(process.env.MATRIX_PRINT, `${op}\t${actual.join(' ')}\n`);
      // On a mismatch the message names each role's outcome and what the errors said (a long line is cut in reports).
      const expected = row.expect.split(' ');
      const wrong = ROLES.flatMap((role, i) =>
        actual[i] === expected[i] ? [] : [`${role}: ${actual[i]} (not ${expected[i]})`],
      );
      expect(wrong, `${op}: ${wrong.join('; ')} | ${messages.join(' | ')}`).toEqual([]);
      expect(actual.join(' '), `${op}: ${ROLES.join(' ')}`).toBe(row.expect);
    },
  );

  it('login is public, logout needs a session', async () => {
    expect(outcome(await app.gql(MATRIX.login.doc))).toBe('ok');
    expect(outcome(await app.gql(MATRIX.logout.doc))).toBe('UNAUTHENTICATED');
    const token = await app.login('ansatt2@kongsberg.idehub.test');
    expect(outcome(await app.gql(MATRIX.logout.doc, {}, token))).toBe('ok');
  });
});
