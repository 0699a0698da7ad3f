import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { MaskHiddenWithdrawals1795996800000 } from '../../migrations/1795996800000-MaskHiddenWithdrawals';
import { codeOf, startTestApp, TestApp } from '../support/test-app';
import { startSmtpCapture, SmtpCapture } from '../support/smtp-capture';
import {
  createOrganisation,
  notificationsAbout,
  personIds,
  sweep,
  TestOrganisation,
  unitsOf,
} from '../support/deadline-fixtures';

/**
 * The holes in the feedback guarantee and the two leaks (issues 9 items 2–3 and 11 items 1–5, 7):
 * what each person sees over the API, what is stored for their notifications, and what the real
 * SMTP server receives.
 */
const D = (local: string) => `${local}@drammen.idehub.test`;
const KARI = D('ansatt'); // Kari Nordmann, staff, Hjemmetjenesten
const OLA = D('ansatt2'); // Ola Hansen, staff, Hjemmetjenesten
const INGRID = D('leder'); // Ingrid Berg, leader of Hjemmetjenesten
const PER = D('kommunalsjef'); // Per Solberg, leader of Helse og omsorg
const SOFIE = D('agent'); // Sofie Lund, digital agent
const ANDERS = D('admin'); // Anders Moe, admin
const FNR = '01013010001';
const REASON = 'Vi løste det selv på morgenmøtet i dag.';

const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id responseDueAt } }`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id status } }`;
const WITHDRAW = `mutation($input: WithdrawSuggestionInput!) { withdrawSuggestion(input: $input) { id status } }`;
const MERGE = `mutation($input: MergeSuggestionInput!) { mergeSuggestion(input: $input) { id status } }`;
const ASSIGN = `mutation($input: AssignSuggestionInput!) { assignSuggestion(input: $input) { id owner { name } } }`;
const SUPPORT = `mutation($id: ID!) { supportSuggestion(id: $id) { id } }`;
const FOLLOW = `mutation($id: ID!) { followSuggestion(id: $id) { id isFollowing } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowSuggestion(id: $id) { id isFollowing } }`;
const READ = `query($id: ID!) {
  suggestion(id: $id) {
    id status submitterName isFollowing alwaysFollowing canAnswer canRespond
    owedBy { name } escalatedTo { name }
    responses { kind message author { id name } }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title message actorName suggestion { id } } } } }`;
const INBOX = `{ inbox { open suggestions { id } assignedToMe { id title canAnswer } } }`;
const ADOPT = `mutation($input: AdoptSuccessStoryInput!) { adoptSuccessStory(input: $input) { id unit { name } } }`;
const STORY = `query($id: ID!) { successStory(id: $id) { id adoptionCount adoptingUnitIds adoptions { unit { name } } } }`;

describe('the promise has no holes', () => {
  let app: TestApp;
  let smtp: SmtpCapture;
  let jobs: JobQueueService;
  const tokens: Record<string, string> = {};
  let people: Record<string, string>;
  let units: Record<string, string>;

  const as = (email: string) => async (query: string, variables?: Record<string, unknown>) => {
    tokens[email] ??= await app.login(email);
    return app.gql(query, variables, tokens[email]);
  };
  const submit = async (email: string, input: Record<string, unknown>): Promise<string> => {
    const res = await as(email)(SUBMIT, {
      input: {
        unitId: units['Hjemmetjenesten'],
        description: 'En beskrivelse som er lang nok til å sendes.',
        ...input,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion.id;
  };
  /** Moves the clock; sessions may expire with it, so everyone signs in again. */
  const setClock = (at: Date) => {
    app.clock.set(at);
    for (const key of Object.keys(tokens)) delete tokens[key];
  };
  const read = async (email: string, id: string) => (await as(email)(READ, { id })).data.suggestion;
  const notifications = async (email: string, suggestionId: string) =>
    (await as(email)(NOTIFICATIONS)).data.notifications.edges
      .map((e: { node: { suggestion: { id: string } | null } }) => e.node)
      .filter((n: { suggestion: { id: string } | null }) => n.suggestion?.id === suggestionId);
  /** Every e-mail the SMTP server received for this address that mentions this text. */
  const mailsTo = async (address: string, mentioning: string) => {
    await jobs.runUntilIdle();
    return smtp.messages.filter((m) => m.envelopeTo.includes(address) && (m.text + m.subject).includes(mentioning));
  };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({ demo: true, config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no' } });
    jobs = app.running.app.get(JobQueueService);
    people = await personIds(app, [KARI, OLA, INGRID, PER, SOFIE, ANDERS]);
    units = await unitsOf(app, 'drammen');
    await jobs.runUntilIdle(); // the demo data's own e-mails, out of the way
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  describe('a hidden-name submitter who withdraws stays hidden (issue 9, item 2)', () => {
    let id: string;
    const title = 'Felles handleliste for brukerne på kveldsvakt';

    beforeAll(async () => {
      id = await submit(KARI, { title, hideName: true });
      expect((await as(OLA)(SUPPORT, { id })).errors).toBeUndefined();
      expect((await as(KARI)(WITHDRAW, { input: { suggestionId: id, reason: REASON } })).errors).toBeUndefined();
    });

    it('colleagues see «Ansatt i Hjemmetjenesten» as the author of the withdrawal, and not the reason', async () => {
      const s = await read(OLA, id);
      expect(s.submitterName).toBe('Ansatt i Hjemmetjenesten');
      expect(s.responses).toEqual([
        { kind: 'WITHDRAWAL', message: '', author: { id: `hidden-submitter:${id}`, name: 'Ansatt i Hjemmetjenesten' } },
      ]);
      expect(JSON.stringify(s)).not.toContain('Kari');
      expect(JSON.stringify(s)).not.toContain(people[KARI]);
    });

    it('the leaders (who owed the answer) see the name and the reason; so does the submitter', async () => {
      for (const email of [INGRID, KARI]) {
        const s = await read(email, id);
        expect(s.responses[0]).toMatchObject({ message: REASON, author: { name: 'Kari Nordmann' } });
      }
    });

    it('the colleague’s notification and its stored payload carry neither the name nor the reason', async () => {
      expect(await notifications(OLA, id)).toEqual([
        expect.objectContaining({ kind: 'RESPONSE_RECEIVED', actorName: 'Ansatt i Hjemmetjenesten', message: null }),
      ]);
      const stored = (await notificationsAbout(app, id, ['RESPONSE_RECEIVED'])).filter(
        (n) => n.person_id === people[OLA],
      );
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored[0].payload)).not.toMatch(/Kari|Nordmann|morgenmøtet/);
    });

    it('the leader who owed the answer is told, with the name and the reason', async () => {
      // Both happened at the same (test) instant, so their order is not defined.
      const told = await notifications(INGRID, id);
      expect(told).toHaveLength(2);
      expect(told).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'RESPONSE_RECEIVED', actorName: 'Kari Nordmann', message: REASON }),
          expect.objectContaining({ kind: 'SUGGESTION_SUBMITTED' }),
        ]),
      );
    });

    it('the e-mails agree: the colleague’s names no one and quotes nothing; the leader’s has both', async () => {
      const [toOla] = await mailsTo(OLA, title);
      expect(toOla.subject).toBe(`Forslaget «${title}» er trukket`);
      expect(toOla.text).toContain(`Ansatt i Hjemmetjenesten har trukket forslaget «${title}».`);
      expect(toOla.text + toOla.html).not.toMatch(/Kari|Nordmann|morgenmøtet/);
      const toIngrid = (await mailsTo(INGRID, title)).find((m) => m.subject.includes('trukket'))!;
      expect(toIngrid.text).toContain(`Kari Nordmann har trukket forslaget «${title}».`);
      expect(toIngrid.text).toContain(`> ${REASON}`);
      expect(await mailsTo(OLA, title)).toHaveLength(1);
    });

    it('repairs notifications stored before the fix, so an e-mail still queued goes out masked', async () => {
      const queuedTitle = 'Faste plasser for hjelpemidler i boden';
      const queued = await submit(KARI, { title: queuedTitle, hideName: true });
      await as(OLA)(SUPPORT, { id: queued });
      await as(KARI)(WITHDRAW, { input: { suggestionId: queued, reason: REASON } });
      // What the code before the fix stored for Ola (and for Ingrid); Ola's e-mail job is still queued.
      await app.db.query(
        `update notification set payload = payload || jsonb_build_object('authorName', 'Kari Nordmann', 'message', $2::text)
          where suggestion_id = $1 and kind = 'RESPONSE_RECEIVED'`,
        [queued, REASON],
      );
      const runner = app.db.createQueryRunner();
      try {
        await new MaskHiddenWithdrawals1795996800000().up(runner);
      } finally {
        await runner.release();
      }
      const stored = await notificationsAbout(app, queued, ['RESPONSE_RECEIVED']);
      const payloadOf = (email: string) => stored.find((n) => n.person_id === people[email])!.payload;
      expect(payloadOf(OLA)).toMatchObject({ authorName: 'Ansatt i Hjemmetjenesten' });
      expect(payloadOf(OLA)).not.toHaveProperty('message');
      expect(payloadOf(INGRID)).toMatchObject({ authorName: 'Kari Nordmann', message: REASON });
      const [mail] = await mailsTo(OLA, queuedTitle);
      expect(mail.text).toContain(`Ansatt i Hjemmetjenesten har trukket forslaget «${queuedTitle}».`);
      expect(mail.text + mail.html).not.toMatch(/Kari|Nordmann|morgenmøtet/);
    });

    it('a withdrawal without a hidden name shows the name to colleagues, but the reason still only to leaders', async () => {
      const open = await submit(KARI, { title: 'Nøkkelskap med kode ved inngangen' });
      await as(OLA)(SUPPORT, { id: open });
      await as(KARI)(WITHDRAW, { input: { suggestionId: open, reason: REASON } });
      expect((await read(OLA, open)).responses[0]).toMatchObject({ message: '', author: { name: 'Kari Nordmann' } });
      expect(await notifications(OLA, open)).toEqual([
        expect.objectContaining({ actorName: 'Kari Nordmann', message: null }),
      ]);
    });
  });

  describe('merging never widens who sees a suggestion (issue 9, item 3)', () => {
    const secret = 'Fortrolig: bemanningen på natt i Hjemmetjenesten';

    it('refuses to merge a public suggestion into a confidential one its followers cannot see, and tells the leader why', async () => {
      const p = await submit(KARI, { title: 'Flere nattevakter i helgene' });
      await as(OLA)(SUPPORT, { id: p });
      const c = await submit(KARI, { title: secret, confidential: true });
      const res = await as(INGRID)(MERGE, {
        input: { suggestionId: p, targetId: c, message: 'Dette er samme sak som en annen vi behandler.' },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        {
          field: 'targetId',
          message: expect.stringMatching(/^is confidential; 1 person who follows this suggestion may not see it/),
        },
      ]);
      // Nothing happened: P is open, Ola does not follow C, was told nothing about it, got no e-mail of it.
      expect((await read(OLA, p)).status).toBe('SUBMITTED');
      expect(await read(OLA, c)).toBeNull();
      const [{ n }] = await app.db.query(
        'select count(*)::int as n from follower where suggestion_id = $1 and person_id = $2',
        [c, people[OLA]],
      );
      expect(n).toBe(0);
      expect((await notificationsAbout(app, c)).filter((x) => x.person_id === people[OLA])).toEqual([]);
      await jobs.runUntilIdle();
      expect(smtp.messages.filter((m) => m.envelopeTo.includes(OLA) && (m.text + m.html).includes(secret))).toEqual([]);
    });

    it('a merge everyone may follow goes ahead, and the followers’ e-mail names the target (the check can fail)', async () => {
      const p = await submit(KARI, { title: 'Turnusplan på papir i vaktrommet' });
      await as(OLA)(SUPPORT, { id: p });
      const c = await submit(INGRID, { title: 'Turnusplan synlig for alle ansatte' });
      const res = await as(INGRID)(MERGE, {
        input: { suggestionId: p, targetId: c, message: 'Vi samler dette i ett forslag om turnusplanen.' },
      });
      expect(res.errors).toBeUndefined();
      const [mail] = await mailsTo(OLA, 'Turnusplan på papir');
      expect(mail.text).toContain('«Turnusplan synlig for alle ansatte»');
      expect((await read(OLA, c)).isFollowing).toBe(true);
    });
  });

  describe('the submitter always gets the answers (issue 11, item 1)', () => {
    it('refuses «Slutt å følge» for the submitter, and keeps them following', async () => {
      const id = await submit(KARI, { title: 'Kaffe til pårørende på venterommet' });
      expect(await read(KARI, id)).toMatchObject({ isFollowing: true, alwaysFollowing: true });
      const res = await as(KARI)(UNFOLLOW, { id });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/always get its answers/);
      expect((await read(KARI, id)).isFollowing).toBe(true);
      // Following again by hand keeps the submitter's follow a submitter's follow.
      await as(KARI)(FOLLOW, { id });
      expect(codeOf(await as(KARI)(UNFOLLOW, { id }))).toBe('FORBIDDEN');
    });

    it('refuses it for a colleague a digital agent submitted for', async () => {
      const id = await submit(SOFIE, { title: 'Nattbelysning i korridoren', onBehalfOfId: people[OLA] });
      expect(await read(OLA, id)).toMatchObject({ isFollowing: true, alwaysFollowing: true });
      expect(codeOf(await as(OLA)(UNFOLLOW, { id }))).toBe('FORBIDDEN');
    });

    it('refuses it for the submitter of a suggestion merged into it; a supporter may unfollow', async () => {
      const p = await submit(OLA, { title: 'Skriftlig rapport ved vaktskifte' });
      const c = await submit(KARI, { title: 'Felles rapportmal ved vaktskifte' });
      await as(SOFIE)(SUPPORT, { id: c });
      await as(INGRID)(MERGE, {
        input: { suggestionId: p, targetId: c, message: 'Samme sak som rapportmalen, vi samler dem.' },
      });
      expect(await read(OLA, c)).toMatchObject({ isFollowing: true, alwaysFollowing: true });
      expect(codeOf(await as(OLA)(UNFOLLOW, { id: c }))).toBe('FORBIDDEN');
      expect(await read(SOFIE, c)).toMatchObject({ isFollowing: true, alwaysFollowing: false });
      expect((await as(SOFIE)(UNFOLLOW, { id: c })).data.unfollowSuggestion.isFollowing).toBe(false);
    });
  });

  describe('assignment means ownership (issue 11, item 2)', () => {
    let id: string;
    beforeAll(async () => {
      id = await submit(KARI, { title: 'Opplæring i medisindispenser for nyansatte' });
    });

    it('before assignment the digital agent may not answer', async () => {
      expect((await read(SOFIE, id)).canAnswer).toBe(false);
      const res = await as(SOFIE)(RESPOND, {
        input: { suggestionId: id, message: 'Jeg tar dette videre med teamet.' },
      });
      expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it('only people who may see the suggestion (and lead or are digital agents) can be assigned', async () => {
      const secret = await submit(KARI, { title: 'Fortrolig sak om arbeidsmiljø', confidential: true });
      const res = await as(INGRID)(ASSIGN, { input: { suggestionId: secret, personId: people[SOFIE] } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields![0].field).toBe('personId');
      const staff = await as(INGRID)(ASSIGN, { input: { suggestionId: id, personId: people[OLA] } });
      expect(codeOf(staff)).toBe('BAD_USER_INPUT');
    });

    it('the assignee is told, sees it under «Tildelt meg», may answer it, and the submitter sees her answer', async () => {
      const assigned = await as(INGRID)(ASSIGN, { input: { suggestionId: id, personId: people[SOFIE] } });
      expect(assigned.data.assignSuggestion.owner).toEqual({ name: 'Sofie Lund' });
      expect(await read(KARI, id)).toMatchObject({ owedBy: [{ name: 'Sofie Lund' }] });
      const inbox = (await as(SOFIE)(INBOX)).data.inbox;
      expect(inbox.assignedToMe).toEqual([
        { id, title: 'Opplæring i medisindispenser for nyansatte', canAnswer: true },
      ]);
      const res = await as(SOFIE)(RESPOND, {
        input: { suggestionId: id, message: 'Jeg lager et kurs i neste måned.', status: 'ACCEPTED' },
      });
      expect(res.errors).toBeUndefined();
      const s = await read(KARI, id);
      expect(s.status).toBe('ACCEPTED');
      expect(s.responses.at(-1)).toMatchObject({ kind: 'RESPONSE', author: { name: 'Sofie Lund' } });
      // Ownership is of the answer: merging and assigning stay with the leaders.
      expect((await read(SOFIE, id)).canRespond).toBe(false);
      expect(codeOf(await as(SOFIE)(ASSIGN, { input: { suggestionId: id, personId: null } }))).toBe('FORBIDDEN');
    });

    it('someone else’s assignment does not show in my «Tildelt meg»', async () => {
      expect((await as(PER)(INBOX)).data.inbox.assignedToMe).toEqual([]);
    });
  });

  describe('adopting a story: once per unit, and its author and digital agents are told (issue 11, item 5)', () => {
    let storyId: string;
    let askerAgent: string;
    let askerAuthor: string;
    const ASKER_AGENT = 'agent@asker.idehub.test';

    beforeAll(async () => {
      // A published story of Asker that no Drammen unit but Hjemmetjenesten may have adopted yet.
      const [row] = await app.db.query(
        `select st.id, st.author_id from success_story st join municipality m on m.id = st.municipality_id
          where m.slug = 'asker' and st.status = 'PUBLISHED' order by st.published_at limit 1`,
      );
      storyId = row.id;
      askerAuthor = row.author_id;
      askerAgent = (await personIds(app, [ASKER_AGENT]))[ASKER_AGENT];
      await app.db.query(`update person set locale = 'en' where id = $1`, [askerAgent]);
    });

    it('the first adoption by a unit counts once and tells the author and the digital agents, in their language', async () => {
      const before = (await as(INGRID)(STORY, { id: storyId })).data.successStory;
      const res = await as(INGRID)(ADOPT, { input: { storyId, unitId: units['Fjell sykehjem'] } });
      expect(res.errors).toBeUndefined();
      const after = (await as(INGRID)(STORY, { id: storyId })).data.successStory;
      expect(after.adoptionCount).toBe(before.adoptionCount + 1);
      expect(after.adoptingUnitIds).toContain(units['Fjell sykehjem']);

      const told: { person_id: string; payload: Record<string, unknown> }[] = await app.db.query(
        `select person_id, payload from notification where kind = 'STORY_ADOPTED' and event_key = $1`,
        [`story-adopted:${res.data.adoptSuccessStory.id}`],
      );
      expect(told.map((t) => t.person_id).sort()).toEqual([...new Set([askerAuthor, askerAgent])].sort());
      expect(told[0].payload).toMatchObject({
        storyId,
        unitName: 'Fjell sykehjem',
        municipalityName: 'Drammen kommune',
      });

      await jobs.runUntilIdle();
      const toAgent = smtp.messages.filter(
        (m) => m.envelopeTo.includes(ASKER_AGENT) && m.text.includes(`/historier/${storyId}`),
      );
      expect(toAgent).toHaveLength(1);
      expect(toAgent[0].subject).toMatch(/^“.+” is now being tried in Fjell sykehjem$/);
      expect(toAgent[0].text).toContain('Fjell sykehjem in Drammen kommune wants to try the success story');
    });

    it('the same unit adopting again is refused with a clear error, and nothing is stored', async () => {
      const [{ n: before }] = await app.db.query(
        'select count(*)::int as n from suggestion where adopted_story_id = $1',
        [storyId],
      );
      const res = await as(KARI)(ADOPT, { input: { storyId, unitId: units['Fjell sykehjem'] } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'unitId', message: expect.stringMatching(/already tries this story/) },
      ]);
      const [{ n: after }] = await app.db.query(
        'select count(*)::int as n from suggestion where adopted_story_id = $1',
        [storyId],
      );
      expect(after).toBe(before);
    });

    it('a withdrawn adoption frees the unit to adopt again', async () => {
      const first = await as(SOFIE)(ADOPT, { input: { storyId, unitId: units['Helsehuset Drammen'] } });
      await as(SOFIE)(WITHDRAW, { input: { suggestionId: first.data.adoptSuccessStory.id } });
      const again = await as(SOFIE)(ADOPT, { input: { storyId, unitId: units['Helsehuset Drammen'] } });
      expect(again.errors).toBeUndefined();
    });

    it('a story can be adopted within its own municipality, into another unit (issue 11, item 7)', async () => {
      const [row] = await app.db.query(
        `select st.id from success_story st join municipality m on m.id = st.municipality_id
          where m.slug = 'drammen' and st.status = 'PUBLISHED' order by st.published_at limit 1`,
      );
      const res = await as(OLA)(ADOPT, { input: { storyId: row.id, unitId: units['Fjell sykehjem'] } });
      expect(res.errors).toBeUndefined();
      expect(res.data.adoptSuccessStory.unit).toEqual({ name: 'Fjell sykehjem' });
      const story = (await as(OLA)(STORY, { id: row.id })).data.successStory;
      expect(story.adoptions.map((a: { unit: { name: string } }) => a.unit.name)).toContain('Fjell sykehjem');
    });
  });

  describe('small, realistic bugs no test caught (issue 11, item 7)', () => {
    it('a progress update under 20 characters without a status change is refused, and nothing is stored', async () => {
      const id = await submit(KARI, { title: 'Mobil lader i hver bil' });
      const res = await as(INGRID)(RESPOND, { input: { suggestionId: id, message: '   Vi ser på det.    ' } });
      expect(codeOf(res)).toBe('RESPONSE_REQUIRED');
      expect(res.errors![0].extensions!.fields![0].field).toBe('message');
      expect((await read(KARI, id)).responses).toEqual([]);
    });

    it('a leader of a sibling unit may not answer', async () => {
      const id = await submit(KARI, { title: 'Lås på medisinrommet som husker koden' });
      // Ola leads Helsehuset Drammen (a sibling of Hjemmetjenesten under Helse og omsorg) from now on.
      await app.db.query(`insert into membership (person_id, unit_id, role) values ($1, $2, 'LEADER')`, [
        people[OLA],
        units['Helsehuset Drammen'],
      ]);
      const res = await as(OLA)(RESPOND, {
        input: { suggestionId: id, message: 'Dette svarer jeg på selv om det ikke er min enhet.' },
      });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect((await read(OLA, id)).canAnswer).toBe(false);
      await app.db.query(`delete from membership where person_id = $1 and role = 'LEADER'`, [people[OLA]]);
    });

    it('a withdrawn suggestion cannot be rated', async () => {
      const id = await submit(KARI, { title: 'Vognen med sårutstyr trenger hjul' });
      await as(KARI)(WITHDRAW, { input: { suggestionId: id } });
      const res = await as(KARI)(`mutation($id: ID!) { rateAnswer(suggestionId: $id, useful: true) { id } }`, { id });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const [{ n }] = await app.db.query('select count(*)::int as n from answer_rating where suggestion_id = $1', [id]);
      expect(n).toBe(0);
    });

    it('a national identity number in a response message is refused, and nothing is stored', async () => {
      const id = await submit(KARI, { title: 'Sjekkliste for hjemmebesøk' });
      const res = await as(INGRID)(RESPOND, {
        input: { suggestionId: id, message: `Gjelder bruker ${FNR}, vi følger opp.`, status: 'UNDER_REVIEW' },
      });
      expect(codeOf(res)).toBe('PATIENT_IDENTIFIER');
      expect(res.errors![0].extensions!.fields![0].field).toBe('message');
      expect(await read(KARI, id)).toMatchObject({ status: 'SUBMITTED', responses: [] });
    });
  });

  // These move the clock forward: keep them last.
  describe('the sweep with many deadlines and across the spring clock change (issue 11, item 7)', () => {
    let org: TestOrganisation;
    beforeAll(async () => {
      org = await createOrganisation(app, 'sommertid');
    });

    /** Suggestions of the test organisation's Hjemme unit, straight into the database, with this due date. */
    const insertDue = async (count: number, dueAt: Date): Promise<string[]> => {
      const rows: { id: string }[] = await app.db.query(
        `insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at, response_due_at)
         select $1, $2, $3, 'Forslag nummer ' || g, 'Beskrivelse av forslag nummer ' || g, 'SUBMITTED', $4, $5
           from generate_series(1, $6::int) g
         returning id`,
        [
          org.municipalityId,
          org.units.home,
          org.staff[0].id,
          new Date(dueAt.getTime() - 14 * 86_400_000),
          dueAt,
          count,
        ],
      );
      return rows.map((r) => r.id);
    };

    it('marks more than 100 deadlines due in one sweep, and tells each leader once per deadline', async () => {
      const now = app.clock.now();
      const ids = await insertDue(130, new Date(now.getTime() - 3_600_000));
      const result = await sweep(app);
      expect(result.deadlinesMissed).toBeGreaterThanOrEqual(130);
      const [row] = await app.db.query(
        `select count(*) filter (where deadline_missed_at is not null)::int as marked,
                (select count(*)::int from notification n where n.suggestion_id = any($1::uuid[]) and n.kind = 'DEADLINE_MISSED') as told
           from suggestion where id = any($1::uuid[])`,
        [ids],
      );
      expect(row).toEqual({ marked: 130, told: 130 * org.homeLeaders.length });
      expect((await sweep(app)).deadlinesMissed).toBe(0);
    });

    it('counts the grace in Oslo calendar days across the spring clock change (due 27 March 2026, grace 3 days)', async () => {
      // 10:00 in Oslo on Friday 27 March (CET, UTC+1); the clocks go forward on Sunday 29 March.
      const [id] = await insertDue(1, new Date('2026-03-27T09:00:00Z'));
      setClock(new Date('2026-03-27T09:00:00Z'));
      await sweep(app);
      expect(await notificationsAbout(app, id, ['DEADLINE_MISSED'])).toHaveLength(org.homeLeaders.length);
      // 09:59 in Oslo on Monday 30 March (CEST, UTC+2): not yet three days.
      setClock(new Date('2026-03-30T07:59:00Z'));
      await sweep(app);
      expect(await notificationsAbout(app, id, ['ESCALATED'])).toEqual([]);
      // 10:00 in Oslo: three calendar days, though only 71 hours have passed.
      setClock(new Date('2026-03-30T08:00:00Z'));
      await sweep(app);
      expect((await notificationsAbout(app, id, ['ESCALATED'])).map((n) => n.person_id)).toEqual([org.topLeader.id]);
    });
  });

  // Move the clock on from wherever it is.
  describe('escalation goes above whoever owes the answer (issue 11, items 2–3)', () => {
    it('for a unit without leaders («Fjell sykehjem»), owed by Per Solberg, the escalation goes to the admins', async () => {
      const res = await as(KARI)(SUBMIT, {
        input: {
          title: 'Skjermer ved sengene på Fjell',
          description: 'En beskrivelse som er lang nok til å sendes.',
          unitId: units['Fjell sykehjem'],
        },
      });
      const id = res.data.submitSuggestion.id;
      expect((await read(KARI, id)).owedBy).toEqual([{ name: 'Per Solberg' }]);
      const due = new Date(res.data.submitSuggestion.responseDueAt);
      setClock(due);
      await sweep(app);
      setClock(new Date(due.getTime() + 3 * 86_400_000 + 3_600_000));
      await sweep(app);
      const told = (await notificationsAbout(app, id, ['DEADLINE_MISSED', 'ESCALATED'])).map(
        (n) => `${n.kind} ${Object.entries(people).find(([, pid]) => pid === n.person_id)?.[0]}`,
      );
      expect(told).toEqual([`DEADLINE_MISSED ${PER}`, `ESCALATED ${ANDERS}`]);
      expect((await read(KARI, id)).escalatedTo).toEqual([{ name: 'Anders Moe' }]);
    });

    it('an assigned owner is told of the miss, but the escalation follows the unit’s leaders and skips the owner', async () => {
      const now = app.clock.now();
      const id = await submit(KARI, { title: 'Felles kalender for hjelpemidler' });
      await as(INGRID)(ASSIGN, { input: { suggestionId: id, personId: people[PER] } });
      const [{ response_due_at }] = await app.db.query('select response_due_at from suggestion where id = $1', [id]);
      const due = new Date(response_due_at);
      expect(due.getTime()).toBeGreaterThan(now.getTime());
      setClock(due);
      await sweep(app);
      setClock(new Date(due.getTime() + 3 * 86_400_000 + 3_600_000));
      await sweep(app);
      const byKind = (kind: string) =>
        notificationsAbout(app, id, [kind]).then((rows) =>
          rows.map((n) => Object.entries(people).find(([, pid]) => pid === n.person_id)?.[0]).sort(),
        );
      expect(await byKind('DEADLINE_MISSED')).toEqual([INGRID, PER].sort());
      // The unit's leader Ingrid owes it with Per (assigned); the level above them both is the admins.
      expect(await byKind('ESCALATED')).toEqual([ANDERS]);
    });
  });
});
