import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ManualClock } from '../../api/src/common/clock';
import { JobQueueService } from '../../api/src/jobs/job-queue.service';
import { UnitDigestMailer } from '../../api/src/unit-digest/unit-digest-mailer.service';
import { codeOf, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { SmtpCapture, startSmtpCapture } from '../support/smtp-capture';
import { RESPOND, SUBMIT, unitsOf } from '../support/deadline-fixtures';

/**
 * «Dere sa – vi gjorde» (issue 12, part 4): a unit's month through the API, the poster's text,
 * and the monthly UNIT_DIGEST e-mail over a real SMTP server.
 *
 * June 2026 in Drammen's Hjemmetjenesten is built by hand on top of the demo data (whose own
 * dates lie months before):
 *   A  «Nattlys i gangen»          ansatt, first answer 3 June (on time), UNDER_REVIEW; the agent joined («Bli med»)
 *   B  «Medisindispenser rute 4»   ansatt2 with a hidden name, ACCEPTED → IN_PROGRESS → IMPLEMENTED in June,
 *                                  a published story with two gains; ansatt joined
 *   C  «HEMMELIG …»                confidential (ansatt), answered in June: never shown, never counted
 *   D  «Digital tavle»             submitted and first answered in May, only a progress update in June: not June's
 *   E  «Sengealarm»                ansatt, first answer 20 June, after its deadline (late)
 *   F  «Fjell: Kaffemaskin»        Fjell sykehjem, answered in June: another unit
 * On-time share: A and B on time, E late (C left out) → 2 of 3.
 */
const STAFF = 'ansatt@drammen.idehub.test';
const STAFF2 = 'ansatt2@drammen.idehub.test';
const LEADER = 'leder@drammen.idehub.test';
const AGENT = 'agent@drammen.idehub.test';
const ADMIN = 'admin@drammen.idehub.test';
const FOREIGN = 'leder@asker.idehub.test';
const MONTH = '2026-06';
const ANSWER = 'Takk for forslaget! Vi tar det opp på personalmøtet og kommer tilbake til deg.';
const LONG_ANSWER =
  'Dispenserne er nå i bruk hos alle tolv brukere på rute 4. Nattevaktene slipper to besøk per natt, ' +
  'og brukerne sier de føler seg tryggere. Vi har laget en kort opplæringsvideo som ligger på intranettet, ' +
  'og superbrukerne på dagtid svarer på spørsmål. Neste steg er rute 2 og 3 etter sommerferien.';
const HIDDEN_TITLE = 'HEMMELIG: Konflikt på vaktrommet';

const DIGEST = `query($u: ID!, $m: String!) {
  unitDigest(unitId: $u, month: $m) {
    unit { id name } month from to complete answeredCount implementedCount
    firstResponsesDue firstResponsesAnsweredOnTime firstResponsesOnTime
    items { suggestionId title status implemented firstAnswer answerSummary supportCount
            stories { id title gains { category description value unit } } }
    highlights { title }
    thanks { id name }
  }
}`;

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

describe('«Dere sa – vi gjorde»: a unit’s month', () => {
  let app: TestApp;
  let smtp: SmtpCapture;
  const tokens: Record<string, string> = {};
  const names: Record<string, string> = {};
  let home: string;
  let fjell: string;
  const ids: Record<string, string> = {};

  const at = (iso: string) => app.clock.set(new Date(iso));
  const submit = async (who: string, title: string, unitId: string, extra: Record<string, unknown> = {}) => {
    const res = await app.gql(
      SUBMIT,
      { input: { unitId, title, description: 'En beskrivelse som er lang nok.', ...extra } },
      tokens[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data.submitSuggestion.id as string;
  };
  const respond = async (suggestionId: string, status?: string, message = ANSWER) => {
    const res = await app.gql(RESPOND, { input: { suggestionId, message, status } }, tokens[LEADER]);
    expect(res.errors).toBeUndefined();
  };
  const digest = async (token: string, unitId = home, month = MONTH) => app.gql(DIGEST, { u: unitId, m: month }, token);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startTestApp({
      demo: true,
      clock: new ManualClock(new Date('2026-03-02T08:00:00Z')),
      // The month is built over weeks of the test clock: sessions must outlive it.
      config: { smtpUrl: smtp.url, publicUrl: 'https://idehub.example.no', sessionTtlHours: 24 * 365 },
    });
    for (const email of [STAFF, STAFF2, LEADER, AGENT, ADMIN, FOREIGN]) {
      tokens[email] = await app.login(email);
      names[email] = (await app.gql('{ me { name } }', {}, tokens[email])).data.me.name;
    }
    const units = await unitsOf(app, 'drammen');
    home = units['Hjemmetjenesten'];
    fjell = units['Fjell sykehjem'];
    // ansatt2 reads English; Fjell sykehjem gets one member of its own.
    await app.db.query(`update person set locale = 'en' where email = $1`, [STAFF2]);
    const added = await app.gql(
      `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
      { input: { name: 'Frida Fjell', email: 'frida@fjell.test', memberships: [{ unitId: fjell, role: 'STAFF' }] } },
      tokens[ADMIN],
    );
    expect(added.errors).toBeUndefined();

    at('2026-05-10T08:00:00Z');
    ids.D = await submit(STAFF, 'Digital tavle på vaktrommet', home);
    await respond(ids.D, 'UNDER_REVIEW');
    at('2026-06-01T08:00:00Z');
    ids.A = await submit(STAFF, 'Nattlys i gangen', home);
    ids.B = await submit(STAFF2, 'Medisindispenser rute 4', home, { hideName: true });
    ids.C = await submit(STAFF, HIDDEN_TITLE, home, { confidential: true });
    ids.E = await submit(STAFF, 'Sengealarm som varsler på telefonen', home);
    await app.gql('mutation($id: ID!) { joinSuggestion(id: $id) { id } }', { id: ids.A }, tokens[AGENT]);
    await app.gql('mutation($id: ID!) { joinSuggestion(id: $id) { id } }', { id: ids.B }, tokens[STAFF]);
    await app.gql('mutation($id: ID!) { supportSuggestion(id: $id) { id } }', { id: ids.B }, tokens[LEADER]);
    at('2026-06-02T09:00:00Z');
    ids.F = await submit(ADMIN, 'Fjell: Kaffemaskin på personalrommet', fjell);
    await app.gql(RESPOND, { input: { suggestionId: ids.F, message: ANSWER, status: 'UNDER_REVIEW' } }, tokens[ADMIN]);
    at('2026-06-03T08:00:00Z');
    await respond(ids.A, 'UNDER_REVIEW');
    await respond(ids.B, 'ACCEPTED');
    await respond(ids.C, 'ACCEPTED');
    at('2026-06-10T08:00:00Z');
    await respond(ids.D); // a progress update only: not June's news
    await respond(ids.B, 'IN_PROGRESS');
    at('2026-06-20T08:00:00Z');
    await respond(ids.E, 'UNDER_REVIEW'); // due 15 June: late
    at('2026-06-25T08:00:00Z');
    await respond(ids.B, 'IMPLEMENTED', LONG_ANSWER);
    const story = await app.gql(
      `mutation($input: CreateSuccessStoryInput!) { createSuccessStory(input: $input) { id } }`,
      {
        input: {
          title: 'Dispensere på nattruta',
          summary: 'Medisindispensere sparte nattbesøk på rute 4.',
          suggestionIds: [ids.B],
          gains: [
            { category: 'RESOURCE_USE', description: 'Færre nattbesøk', value: 14, unit: 'besøk per uke' },
            { category: 'USER_INDEPENDENCE', description: 'Brukerne tar medisinen selv til rett tid' },
          ],
        },
      },
      tokens[AGENT],
    );
    expect(story.errors).toBeUndefined();
    const published = await app.gql(
      'mutation($id: ID!) { publishSuccessStory(id: $id) { id } }',
      { id: story.data.createSuccessStory.id },
      tokens[AGENT],
    );
    expect(published.errors).toBeUndefined();
    at('2026-07-01T04:30:00Z'); // 06:30 in Oslo on the 1st
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('lists the month’s answered and implemented suggestions with their answers in short and gains', async () => {
    const res = await digest(tokens[STAFF]);
    expect(res.errors).toBeUndefined();
    const d = res.data.unitDigest;
    expect(d.unit.name).toBe('Hjemmetjenesten');
    expect(d.month).toBe(MONTH);
    expect(d.from).toBe('2026-05-31T22:00:00.000Z');
    expect(d.complete).toBe(true);
    expect(d.items.map((i: { title: string }) => i.title)).toEqual([
      'Medisindispenser rute 4',
      'Sengealarm som varsler på telefonen',
      'Nattlys i gangen',
    ]);
    expect(d.answeredCount).toBe(3);
    expect(d.implementedCount).toBe(1);
    const b = d.items[0];
    expect(b).toMatchObject({ suggestionId: ids.B, status: 'IMPLEMENTED', implemented: true, supportCount: 1 });
    expect(b.answerSummary.length).toBeLessThanOrEqual(201);
    expect(b.answerSummary.endsWith('…')).toBe(true);
    expect(LONG_ANSWER.startsWith(b.answerSummary.slice(0, -1))).toBe(true);
    expect(b.stories).toEqual([
      {
        id: expect.any(String),
        title: 'Dispensere på nattruta',
        gains: [
          { category: 'RESOURCE_USE', description: 'Færre nattbesøk', value: 14, unit: 'besøk per uke' },
          {
            category: 'USER_INDEPENDENCE',
            description: 'Brukerne tar medisinen selv til rett tid',
            value: null,
            unit: null,
          },
        ],
      },
    ]);
    expect(d.items[2]).toMatchObject({ title: 'Nattlys i gangen', status: 'UNDER_REVIEW', firstAnswer: true });
    expect(d.highlights.map((i: { title: string }) => i.title)[0]).toBe('Medisindispenser rute 4');
  });

  it('counts the on-time share as the statistics page does, without confidential suggestions', async () => {
    const d = (await digest(tokens[STAFF])).data.unitDigest;
    expect(d.firstResponsesDue).toBe(3);
    expect(d.firstResponsesAnsweredOnTime).toBe(2);
    expect(d.firstResponsesOnTime).toBeCloseTo(2 / 3);
    // The statistics page (unit metrics, leader) counts the confidential one too: one more, on time.
    const metrics = await app.gql(
      `query($u: ID) { feedbackMetrics(from: "2026-05-31T22:00:00Z", to: "2026-06-30T22:00:00Z", unitId: $u) {
         firstResponsesDue firstResponsesAnsweredOnTime } }`,
      { u: home },
      tokens[LEADER],
    );
    expect(metrics.data.feedbackMetrics).toEqual({ firstResponsesDue: 4, firstResponsesAnsweredOnTime: 3 });
  });

  it('thanks submitters and co-creators, but not someone who hid their name', async () => {
    const d = (await digest(tokens[STAFF])).data.unitDigest;
    expect(d.thanks.map((p: { name: string }) => p.name).sort()).toEqual([names[AGENT], names[STAFF]].sort());
    expect(JSON.stringify(d)).not.toContain(names[STAFF2]);
  });

  it('never shows a confidential suggestion, not even to those who may see it', async () => {
    for (const who of [STAFF, LEADER, ADMIN]) {
      const d = (await digest(tokens[who])).data.unitDigest;
      expect(JSON.stringify(d)).not.toContain('HEMMELIG');
      expect(d.items.map((i: { suggestionId: string }) => i.suggestionId)).not.toContain(ids.C);
    }
  });

  it('leaves out other units and other months', async () => {
    const d = (await digest(tokens[STAFF])).data.unitDigest;
    const titles = JSON.stringify(d.items);
    expect(titles).not.toContain('Fjell: Kaffemaskin');
    expect(titles).not.toContain('Digital tavle');
    const fjellDigest = (await digest(tokens[STAFF], fjell)).data.unitDigest;
    expect(fjellDigest.items.map((i: { title: string }) => i.title)).toEqual(['Fjell: Kaffemaskin på personalrommet']);
    const may = (await digest(tokens[STAFF], home, '2026-05')).data.unitDigest;
    expect(may.items.map((i: { title: string }) => i.title)).toEqual(['Digital tavle på vaktrommet']);
    // The current month so far.
    const july = (await digest(tokens[STAFF], home, '2026-07')).data.unitDigest;
    expect(july).toMatchObject({ complete: false, answeredCount: 0 });
  });

  it('refuses a month that is not YYYY-MM, or has not begun, with a clear BAD_USER_INPUT', async () => {
    for (const month of ['2026-6', '2026-13', 'juni', '2026-06-01', '']) {
      const res = await digest(tokens[STAFF], home, month);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'month', message: 'must be a month written YYYY-MM, e.g. 2026-11' },
      ]);
    }
    const future = await digest(tokens[STAFF], home, '2026-08');
    expect(future.errors![0].extensions!.fields).toEqual([
      { field: 'month', message: 'must not be after the current month' },
    ]);
  });

  it('is for everyone signed in to the municipality; another municipality’s unit is NOT_FOUND', async () => {
    expect(codeOf(await app.gql(DIGEST, { u: home, m: MONTH }))).toBe('UNAUTHENTICATED');
    for (const who of [STAFF2, AGENT, ADMIN]) expect((await digest(tokens[who])).errors).toBeUndefined();
    expect(codeOf(await digest(tokens[FOREIGN]))).toBe('NOT_FOUND');
    expect(codeOf(await digest(tokens[STAFF], 'not-a-unit'))).toBe('NOT_FOUND');
  });

  describe('the A4 poster', () => {
    const poster = (unitId = home, month = MONTH) => app.http().get(`/api/units/${unitId}/digest.pdf?month=${month}`);

    it('is a PDF with the unit, month, best stories, gains, on-time share and thanks, in big type', async () => {
      const res = await poster()
        .set('authorization', `Bearer ${tokens[STAFF]}`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        'inline; filename="dere-sa-vi-gjorde-hjemmetjenesten-2026-06.pdf"',
      );
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(body);
      expect(text).toContain('Dere sa – vi gjorde');
      expect(text).toContain('Hjemmetjenesten');
      expect(text).toContain('Juni 2026');
      expect(text).toContain('3 forslag besvart');
      expect(text).toContain('1 gjennomført');
      expect(text).toContain('67 % svar i tide');
      expect(text).toContain('Dere sa: Medisindispenser rute 4');
      expect(text).toContain('Gevinst: 14 besøk per uke – Færre nattbesøk');
      expect(text).toContain('Nattlys i gangen');
      expect(text).toContain(names[AGENT]);
      expect(text).toContain(names[STAFF]);
      expect(text).not.toContain(names[STAFF2]);
      expect(text).not.toContain('HEMMELIG');
      expect(text).not.toContain('Kaffemaskin');
      expect(text).toContain(`https://idehub.example.no/enheter/${home}/resultater?maned=2026-06`);
      // Readable at two metres: the title's glyphs are 44 pt high, no item text below 18 pt.
      const pdf = await getDocument({ data: new Uint8Array(body), verbosity: 0 }).promise;
      const items = (await (await pdf.getPage(1)).getTextContent()).items.filter(
        (i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '',
      );
      const size = (s: string) => items.find((i) => i.str.includes(s))!.transform[3];
      expect(size('Dere sa – vi gjorde')).toBeGreaterThanOrEqual(40);
      const small = items.filter((i) => i.transform[3] < 18).map((i) => i.str);
      expect(small.join(' ')).toMatch(/^Hele måneden i Idéhub/);
    });

    it('works with the session cookie from Idéhub itself, and refuses a cross-site request', async () => {
      const login = await app
        .http()
        .post('/graphql')
        .send({ query: `mutation { login(email: "${STAFF}", password: "idehub-demo") { token } }` });
      const cookie = login.headers['set-cookie'];
      const same = await poster().set('cookie', cookie).set('sec-fetch-site', 'same-origin');
      expect(same.status).toBe(200);
      const cross = await poster().set('cookie', cookie).set('sec-fetch-site', 'cross-site');
      expect(cross.status).toBe(403);
      expect(cross.body.code).toBe('FORBIDDEN');
      expect((await poster()).status).toBe(401);
    });

    it('answers a bad month with 400 and what to write, another municipality’s unit with 404', async () => {
      const bad = await poster(home, '06-2026').set('authorization', `Bearer ${tokens[STAFF]}`);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'month', message: 'must be a month written YYYY-MM, e.g. 2026-11' }],
      });
      const missing = await app
        .http()
        .get(`/api/units/${home}/digest.pdf`)
        .set('authorization', `Bearer ${tokens[STAFF]}`);
      expect(missing.status).toBe(400);
      expect(missing.body.message).toContain('?month=YYYY-MM');
      const foreign = await poster().set('authorization', `Bearer ${tokens[FOREIGN]}`);
      expect(foreign.status).toBe(404);
    });
  });

  describe('the monthly e-mail (UNIT_DIGEST)', () => {
    const mailer = () => app.running.app.get(UnitDigestMailer);
    const digestNotifications = async (): Promise<{ person_id: string; event_key: string; payload: any }[]> =>
      app.db.query(
        `select person_id, event_key, payload from notification where kind = 'UNIT_DIGEST' order by event_key, person_id`,
      );

    it('waits for 07:00 Oslo time on the 1st, then tells each unit with news once, by e-mail', async () => {
      const early = await mailer().sendDue();
      // Before 07:00 on 1 July, May is the month due (sent now, as if the server had been down in June).
      expect(early.month).toBe('2026-05');
      await app.db.query(`delete from notification where kind = 'UNIT_DIGEST'`);
      at('2026-07-01T05:00:00Z'); // 07:00 in Oslo
      const first = await mailer().sendDue();
      expect(first.month).toBe(MONTH);
      expect(first.municipalities).toBe(4);
      const rows = await digestNotifications();
      const homeRows = rows.filter((r) => r.event_key === `unit-digest:${home}:${MONTH}`);
      const members: { person_id: string }[] = await app.db.query(
        `select distinct m.person_id from membership m join person p on p.id = m.person_id
          where m.unit_id = $1 and p.deactivated_at is null`,
        [home],
      );
      expect(homeRows.map((r) => r.person_id).sort()).toEqual(members.map((m) => m.person_id).sort());
      // Fjell sykehjem had news too; units without news (e.g. Helse og omsorg) get nothing.
      expect(new Set(rows.map((r) => r.event_key))).toEqual(
        new Set([`unit-digest:${home}:${MONTH}`, `unit-digest:${fjell}:${MONTH}`]),
      );
      expect(JSON.stringify(rows)).not.toContain('HEMMELIG');
      expect(JSON.stringify(rows)).not.toContain(names[STAFF2]);

      // Every later tick, and a run racing this one, finds the month done.
      app.clock.advance(60_000);
      const again = await Promise.all([mailer().sendDue(), mailer().sendDue()]);
      expect(again.map((r) => r.notifications)).toEqual([0, 0]);
      at('2026-07-20T10:00:00Z');
      expect((await mailer().sendDue()).notifications).toBe(0);
      expect((await digestNotifications()).length).toBe(rows.length);
    });

    it('sends the e-mails over SMTP in each reader’s language, linking to the page', async () => {
      await app.running.app.get(JobQueueService).runUntilIdle();
      const toStaff = smtp.messages.filter((m) => m.envelopeTo.includes(STAFF) && m.subject.startsWith('Dere sa'));
      expect(toStaff).toHaveLength(1);
      const nb = toStaff[0];
      expect(nb.subject).toBe('Dere sa – vi gjorde: Hjemmetjenesten, juni 2026');
      expect(nb.text).toContain(
        'Dette kom ut av forslagene i Hjemmetjenesten i juni 2026: 3 fikk svar, 1 ble gjennomført.',
      );
      expect(nb.text).toContain('Dere sa: «Medisindispenser rute 4» (Gjennomført)');
      expect(nb.text).toContain('Gevinst: 14 besøk per uke – Færre nattbesøk');
      expect(nb.text).toContain(`Takk til ${[names[AGENT], names[STAFF]].sort().join(' og ')}`);
      expect(nb.text).toContain(`https://idehub.example.no/enheter/${home}/resultater?maned=2026-06`);
      expect(nb.text).not.toContain('HEMMELIG');
      expect(nb.text).not.toContain(names[STAFF2]);
      const toStaff2 = smtp.messages.filter((m) => m.envelopeTo.includes(STAFF2) && m.text.includes('/resultater'));
      expect(toStaff2).toHaveLength(1);
      // ansatt2 reads English in the demo.
      expect(toStaff2[0].subject).toBe('You said, we did: Hjemmetjenesten, June 2026');
      // The greeting names the reader; the thanks never name the one who hid their name.
      expect(toStaff2[0].text).toContain(`Thank you, ${[names[AGENT], names[STAFF]].sort().join(' and ')}, for`);
      expect(toStaff2[0].text).not.toContain('HEMMELIG');
    });

    it('sends nothing for a month with nothing to tell', async () => {
      at('2026-08-01T06:00:00Z'); // July: no answers anywhere
      const july = await mailer().sendDue();
      expect(july).toMatchObject({ month: '2026-07', municipalities: 4, units: 0, notifications: 0 });
      const rows: { n: number }[] = await app.db.query(
        `select count(*)::int as n from notification where kind = 'UNIT_DIGEST' and event_key like '%:2026-07'`,
      );
      expect(rows[0].n).toBe(0);
    });
  });
});

const onPostgres = !!process.env.TEST_DATABASE_URL;
describe.skipIf(!onPostgres)('the monthly e-mail exactly once across two API processes on PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
    a = await startTestApp({ database, clock, demo: true, listen: false, config: { sessionTtlHours: 24 * 365 } });
    b = await startTestApp({ database, clock, listen: false, config: { sessionTtlHours: 24 * 365 } });
  }, 120_000);

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
  });

  it('two processes sending at once: each municipality claimed once, each member told once', async () => {
    const staff = await a.login(STAFF);
    const leader = await a.login(LEADER);
    const home = (await unitsOf(a, 'drammen'))['Hjemmetjenesten'];
    a.clock.set(new Date('2026-06-01T08:00:00Z'));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await a.gql(
        SUBMIT,
        { input: { unitId: home, title: `Forslag ${i} om nattevakt`, description: 'Lang nok beskrivelse.' } },
        staff,
      );
      ids.push(res.data.submitSuggestion.id);
    }
    for (const id of ids)
      await b.gql(RESPOND, { input: { suggestionId: id, message: ANSWER, status: 'UNDER_REVIEW' } }, leader);
    a.clock.set(new Date('2026-07-01T05:00:01Z'));
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => [
        a.running.app.get(UnitDigestMailer).sendDue(),
        b.running.app.get(UnitDigestMailer).sendDue(),
      ]).flat(),
    );
    expect(runs.reduce((n, r) => n + r.municipalities, 0)).toBe(4);
    const claims: { n: number }[] = await a.db.query(
      `select count(*)::int as n from periodic_run where job = 'unit-digest' and period like '2026-06/%'`,
    );
    expect(claims[0].n).toBe(4);
    const rows: { person_id: string; n: number }[] = await a.db.query(
      `select person_id, count(*)::int as n from notification where kind = 'UNIT_DIGEST' group by person_id`,
    );
    const members: { n: number }[] = await a.db.query(
      `select count(distinct m.person_id)::int as n from membership m where m.unit_id = $1`,
      [home],
    );
    expect(rows.length).toBe(members[0].n);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(runs.reduce((n, r) => n + r.notifications, 0)).toBe(members[0].n);
    const jobs: { n: number }[] = await a.db.query(
      `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_notification_email'
          and key in (select 'email:' || id from notification where kind = 'UNIT_DIGEST')`,
    );
    expect(jobs[0].n).toBe(members[0].n);
  });
});

describe('the demo: last month has something to tell', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demo: true, clock: new ManualClock(new Date('2026-11-27T09:00:00Z')) });
  }, 120_000);
  afterAll(() => app?.stop());

  it('Hjemmetjenesten’s last complete month has an implemented suggestion with a story, gains and thanks', async () => {
    const token = await app.login(STAFF);
    const home = (await unitsOf(app, 'drammen'))['Hjemmetjenesten'];
    const d = (await app.gql(DIGEST, { u: home, m: '2026-10' }, token)).data.unitDigest;
    expect(d.implementedCount).toBeGreaterThanOrEqual(1);
    expect(d.answeredCount).toBeGreaterThanOrEqual(2);
    expect(d.items[0].title).toBe('Felles oversikt over hvem som er superbruker på hvilken teknologi');
    expect(d.items[0].stories[0].gains.length).toBeGreaterThan(0);
    expect(d.thanks.length).toBeGreaterThanOrEqual(2);
  });
});
