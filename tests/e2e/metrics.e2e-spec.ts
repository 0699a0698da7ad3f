import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineSweepService } from '../../api/src/deadlines/deadline-sweep.service';
import { SuggestionsService } from '../../api/src/suggestions/suggestions.service';
import { SuggestionStatus } from '../../api/src/suggestions/suggestion-status.enum';
import { Viewer } from '../../api/src/common/viewer';
import { Role } from '../../api/src/organisation/role.enum';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const METRICS = `query($unitId: ID, $from: DateTime!, $to: DateTime!) {
  feedbackMetrics(unitId: $unitId, from: $from, to: $to) {
    from to unit { id name }
    submitted firstResponsesDue firstResponsesAnsweredOnTime firstResponsesOnTime medianDaysToFirstResponse
    openNow overdueNow escalations deadlinesMissed ratedAnswers ratedUsefulCount ratedUseful
    series { month submitted firstResponsesDue answeredOnTime answeredLateOrMissing firstResponsesOnTime escalations }
  }
}`;

/** June and July 2026 in Oslo (summer time, UTC+2): [2026-06-01 00:00, 2026-08-01 00:00). */
const FROM = '2026-05-31T22:00:00.000Z';
const TO = '2026-07-31T22:00:00.000Z';
const NOW = '2026-07-20T10:00:00.000Z';
const DESCRIPTION = 'En beskrivelse som er lang nok til å bli godtatt.';
const MESSAGE = 'Takk for forslaget, vi har sett på det i ledergruppen.';

/**
 * A small dataset in Drammen, built through the services with the clock set for every step.
 * Units: T = Helse og omsorg (top), H = Hjemmetjenesten and F = Fjell sykehjem (both under T).
 * Deadlines are Drammen's defaults: first response 14 days, updates 30 days, escalation 3 days
 * after a missed deadline. June and July have no summer-time change, so 14 days = 14 × 24 h.
 *
 *  id  unit submitted (UTC)       Oslo month  what happens                                        first response
 *  A   H    05-31 21:30           May (out)   never answered; missed 06-15, escalated 06-18      — (outside the period)
 *  B   H    05-31 22:30           June        ACCEPTED 06-04 22:30 (4 d), … IMPLEMENTED; rated 👍  on time, 4 d
 *  C   H    06-02 08:00           June        due 06-16 08:00, missed 06-16; DECLINED 06-18 (16 d);
 *                                             rated 👎                                              late, 16 d
 *  D   H    06-10 08:00           June        never answered; missed 06-24, escalated 06-27        late (unanswered, past due)
 *  E   F    06-15 08:00           June        progress update 06-29 08:00, exactly at the due time  on time, 14 d
 *  F   H    06-30 23:30           July        confidential; merged into D 07-02 23:30 (2 d)         on time, 2 d
 *  I   T    07-01 08:00           July        UNDER_REVIEW 07-02 08:00 (1 d)                        on time, 1 d
 *  G   H    07-10 08:00           July        unanswered, due 07-24: not yet due at 07-20           left out
 *  W   H    07-12 08:00           July        withdrawn 07-13 before any answer                     left out
 *  J   (Asker) 06-05 08:00        June        never answered; missed and escalated 06-24           (other municipality)
 *
 * "Now" is 07-20 10:00 UTC.
 */
describe('feedback metrics on a hand-checked dataset', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  const unit: Record<string, string> = {};
  const v: Record<string, Viewer> = {};
  const ids: Record<string, string> = {};
  let asker: { unit: string };

  const at = (iso: string) => app.clock.set(new Date(`2026-${iso}:00.000Z`));

  async function viewerOf(email: string): Promise<Viewer> {
    const [p] = await app.db.query('select id, municipality_id, name, locale from person where email = $1', [email]);
    const memberships = await app.db.query('select unit_id, role::text as role from membership where person_id = $1', [
      p.id,
    ]);
    return {
      personId: p.id,
      municipalityId: p.municipality_id,
      name: p.name,
      locale: p.locale,
      sessionId: 'metrics-test',
      memberships: memberships.map((m: { unit_id: string | null; role: Role }) => ({
        unitId: m.unit_id,
        role: m.role,
      })),
    };
  }
  const unitsOf = async (slug: string): Promise<Record<string, string>> => {
    const rows = await app.db.query(
      'select u.id, u.name from unit u join municipality m on m.id = u.municipality_id where m.slug = $1',
      [slug],
    );
    return Object.fromEntries(rows.map((r: { id: string; name: string }) => [r.name, r.id]));
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const suggestions = app.running.app.get(SuggestionsService);
    const sweeper = app.running.app.get(DeadlineSweepService);
    const drammen = await unitsOf('drammen');
    unit.T = drammen['Helse og omsorg'];
    unit.H = drammen['Hjemmetjenesten'];
    unit.F = drammen['Fjell sykehjem'];
    asker = { unit: (await unitsOf('asker'))['Hjemmetjenesten'] };
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef'])
      v[who] = await viewerOf(`${who}@drammen.idehub.test`);
    v.askerStaff = await viewerOf('ansatt@asker.idehub.test');

    const submit = async (key: string, by: Viewer, unitId: string, extra: { confidential?: boolean } = {}) => {
      ids[key] = (
        await suggestions.submit(by, { title: `Forslag ${key}`, description: DESCRIPTION, unitId, ...extra })
      ).id;
    };
    const respond = (by: Viewer, key: string, status?: SuggestionStatus) =>
      suggestions.respond(by, { suggestionId: ids[key], message: MESSAGE, ...(status ? { status } : {}) });
    const sweep = () => sweeper.sweep();

    // The demo data's old deadlines are all missed and escalated before the period starts.
    at('04-20T12:00');
    await sweep();

    at('05-31T21:30');
    await submit('A', v.ansatt, unit.H);
    at('05-31T22:30');
    await submit('B', v.ansatt, unit.H);
    at('06-02T08:00');
    await submit('C', v.ansatt, unit.H);
    at('06-04T22:30');
    await respond(v.leder, 'B', SuggestionStatus.ACCEPTED);
    at('06-05T08:00');
    await suggestions.submit(v.askerStaff, { title: 'Forslag J', description: DESCRIPTION, unitId: asker.unit });
    at('06-05T22:30');
    await respond(v.leder, 'B', SuggestionStatus.IN_PROGRESS);
    at('06-06T22:30');
    await respond(v.leder, 'B', SuggestionStatus.IMPLEMENTED);
    at('06-07T08:00');
    await suggestions.rateAnswer(v.ansatt, ids.B, true, undefined);
    at('06-10T08:00');
    await submit('D', v.ansatt, unit.H);
    at('06-15T08:00');
    await submit('E', v.ansatt, unit.F);
    at('06-15T22:00'); // A was due 06-14 21:30: missed
    await sweep();
    at('06-16T09:00'); // C was due 06-16 08:00: missed
    await sweep();
    at('06-18T08:00'); // A escalated (06-14 21:30 + 3 d); C's escalation (06-19 08:00) not yet due
    await sweep();
    await respond(v.leder, 'C', SuggestionStatus.DECLINED);
    at('06-19T08:00');
    await suggestions.rateAnswer(v.ansatt, ids.C, false, 'Savner en begrunnelse.');
    at('06-24T09:00'); // D missed (due 06-24 08:00); J missed and escalated (due 06-19, + 3 d)
    await sweep();
    at('06-27T09:00'); // D escalated (06-24 08:00 + 3 d)
    await sweep();
    at('06-29T08:00'); // E: a progress update at exactly its due time (06-15 08:00 + 14 d)
    await respond(v.kommunalsjef, 'E');
    at('06-30T23:30');
    await submit('F', v.ansatt2, unit.H, { confidential: true });
    at('07-01T08:00');
    await submit('I', v.ansatt, unit.T);
    at('07-02T08:00');
    await respond(v.kommunalsjef, 'I', SuggestionStatus.UNDER_REVIEW);
    at('07-02T23:30');
    await suggestions.merge(v.leder, ids.F, ids.D, 'Vi slår dette sammen med et likt forslag.');
    at('07-10T08:00');
    await submit('G', v.ansatt, unit.H);
    at('07-12T08:00');
    await submit('W', v.ansatt2, unit.H);
    at('07-13T08:00');
    await suggestions.withdraw(v.ansatt2, ids.W, undefined);
    app.clock.set(new Date(NOW));
    await sweep();

    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.askerAdmin = await app.login('admin@asker.idehub.test');
  });
  afterAll(() => app?.stop());

  const metrics = async (token: string, unitId?: string, from = FROM, to = TO) => {
    const res = await app.gql(METRICS, { unitId, from, to }, token);
    expect(res.errors).toBeUndefined();
    return res.data.feedbackMetrics;
  };

  it('the whole municipality', async () => {
    const m = await metrics(t.admin);
    expect(m).toMatchObject({
      from: FROM,
      to: TO,
      unit: null,
      // B C D E F I G W (A was submitted before the period; J is in Asker)
      submitted: 8,
      // due or answered: B C D E F I = 6 (G is not due yet; W was withdrawn before any answer)
      firstResponsesDue: 6,
      // on time: B (4 d), E (14 d, at the due time), F (2 d), I (1 d) = 4; late: C (16 d), D (unanswered)
      firstResponsesAnsweredOnTime: 4,
      // answered after 1, 2, 4, 14, 16 days: the middle one is 4
      medianDaysToFirstResponse: 4,
      // not final: D (SUBMITTED), E (SUBMITTED), I (UNDER_REVIEW), G (SUBMITTED) = 4;
      // final: B IMPLEMENTED, C DECLINED, F MERGED, W WITHDRAWN
      openNow: 4,
      // open with a passed deadline at 07-20 10:00: D (06-24); E is due 07-29, I 08-01, G 07-24
      overdueNow: 1,
      // escalated during June–July: A (06-18) and D (06-27) = 2 (A counts: the escalation is in the period)
      escalations: 2,
      // missed: A (06-15), C (06-16), D (06-24) = 3
      deadlinesMissed: 3,
      // rated: B 👍, C 👎
      ratedAnswers: 2,
      ratedUsefulCount: 1,
      ratedUseful: 0.5,
    });
    // 4 on time of 6 due
    expect(m.firstResponsesOnTime).toBeCloseTo(4 / 6, 10);
    expect(m.series).toEqual([
      // June (Oslo): B (June 1 00:30 Oslo), C, D, E; on time B, E; late C, D; escalations A, D
      {
        month: '2026-06',
        submitted: 4,
        firstResponsesDue: 4,
        answeredOnTime: 2,
        answeredLateOrMissing: 2,
        firstResponsesOnTime: 0.5,
        escalations: 2,
      },
      // July (Oslo): F (July 1 01:30 Oslo), I, G, W; due F, I, both on time
      {
        month: '2026-07',
        submitted: 4,
        firstResponsesDue: 2,
        answeredOnTime: 2,
        answeredLateOrMissing: 0,
        firstResponsesOnTime: 1,
        escalations: 0,
      },
    ]);
  });

  it('everyone in the municipality sees the municipality-wide numbers, confidential suggestions counted but not shown', async () => {
    const forAdmin = await metrics(t.admin);
    for (const who of ['ansatt', 'agent', 'leder']) {
      const m = await metrics(t[who]);
      expect(m, who).toEqual(forAdmin);
    }
    // ansatt cannot see F (confidential, someone else's), yet it is counted.
    const visible = await app.gql('query($id: ID!) { suggestion(id: $id) { id } }', { id: ids.F }, t.ansatt);
    expect(visible.data.suggestion).toBeNull();
    expect(JSON.stringify(forAdmin)).not.toContain('Forslag');
  });

  it('a unit on its own: Hjemmetjenesten', async () => {
    const m = await metrics(t.leder, unit.H);
    expect(m).toMatchObject({
      unit: { id: unit.H, name: 'Hjemmetjenesten' },
      // B C D F G W
      submitted: 6,
      // B C D F (G not due, W withdrawn)
      firstResponsesDue: 4,
      // B, F on time; C late, D unanswered
      firstResponsesAnsweredOnTime: 2,
      firstResponsesOnTime: 0.5,
      // 2, 4, 16 days
      medianDaysToFirstResponse: 4,
      // D, G
      openNow: 2,
      // D
      overdueNow: 1,
      // A, D
      escalations: 2,
      // A, C, D
      deadlinesMissed: 3,
      ratedAnswers: 2,
      ratedUsefulCount: 1,
      ratedUseful: 0.5,
    });
    expect(
      m.series.map((s: any) => [s.month, s.submitted, s.firstResponsesDue, s.answeredOnTime, s.escalations]),
    ).toEqual([
      ['2026-06', 3, 3, 1, 2], // B C D; B on time; A and D escalated
      ['2026-07', 3, 1, 1, 0], // F G W; F on time
    ]);
  });

  it('a unit includes its child units: Helse og omsorg is all of Drammen here; Fjell sykehjem is E alone', async () => {
    const top = await metrics(t.kommunalsjef, unit.T);
    const all = await metrics(t.kommunalsjef);
    expect({ ...top, unit: null }).toEqual(all);
    expect(top.unit).toEqual({ id: unit.T, name: 'Helse og omsorg' });

    const fjell = await metrics(t.kommunalsjef, unit.F);
    expect(fjell).toMatchObject({
      submitted: 1,
      firstResponsesDue: 1,
      firstResponsesAnsweredOnTime: 1,
      firstResponsesOnTime: 1,
      medianDaysToFirstResponse: 14,
      openNow: 1,
      overdueNow: 0,
      escalations: 0,
      deadlinesMissed: 0,
      ratedAnswers: 0,
      ratedUseful: null,
    });
  });

  it('the period decides: a month with nothing in it gives zeros and null shares, and months follow Oslo time', async () => {
    // May 2026 in Oslo: A (May 31 23:30 Oslo) only. Its first response is past due and missing.
    const may = await metrics(t.admin, undefined, '2026-04-30T22:00:00.000Z', '2026-05-31T22:00:00.000Z');
    expect(may).toMatchObject({
      submitted: 1,
      firstResponsesDue: 1,
      firstResponsesAnsweredOnTime: 0,
      firstResponsesOnTime: 0,
      overdueNow: 1,
      escalations: 0,
    });
    expect(may.series.map((s: any) => s.month)).toEqual(['2026-05']);
    const august = await metrics(t.admin, undefined, '2026-07-31T22:00:00.000Z', '2026-08-31T22:00:00.000Z');
    expect(august).toMatchObject({
      submitted: 0,
      firstResponsesDue: 0,
      firstResponsesOnTime: null,
      medianDaysToFirstResponse: null,
      ratedUseful: null,
      escalations: 0,
      series: [
        {
          month: '2026-08',
          submitted: 0,
          firstResponsesDue: 0,
          answeredOnTime: 0,
          answeredLateOrMissing: 0,
          firstResponsesOnTime: null,
          escalations: 0,
        },
      ],
    });
  });

  it('another municipality counts only its own: Asker has J', async () => {
    const m = await metrics(t.askerAdmin);
    // J: submitted 06-05, never answered (late), missed and escalated 06-24, still open and overdue
    expect(m).toMatchObject({
      submitted: 1,
      firstResponsesDue: 1,
      firstResponsesAnsweredOnTime: 0,
      firstResponsesOnTime: 0,
      medianDaysToFirstResponse: null,
      openNow: 1,
      overdueNow: 1,
      escalations: 1,
      deadlinesMissed: 1,
      ratedAnswers: 0,
    });
  });

  it('unit metrics are for that unit’s leaders, leaders above and admins; others FORBIDDEN', async () => {
    expect((await app.gql(METRICS, { unitId: unit.H, from: FROM, to: TO }, t.admin)).errors).toBeUndefined();
    expect((await app.gql(METRICS, { unitId: unit.H, from: FROM, to: TO }, t.kommunalsjef)).errors).toBeUndefined();
    // The leader of Hjemmetjenesten sees neither the unit above nor a sibling unit.
    expect(codeOf(await app.gql(METRICS, { unitId: unit.T, from: FROM, to: TO }, t.leder))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(METRICS, { unitId: unit.F, from: FROM, to: TO }, t.leder))).toBe('FORBIDDEN');
    for (const who of ['ansatt', 'agent']) {
      expect(codeOf(await app.gql(METRICS, { unitId: unit.H, from: FROM, to: TO }, t[who])), who).toBe('FORBIDDEN');
    }
    // A unit of another municipality does not exist for this reader.
    expect(codeOf(await app.gql(METRICS, { unitId: asker.unit, from: FROM, to: TO }, t.admin))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(METRICS, { unitId: unit.H, from: FROM, to: TO }, t.askerAdmin))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(METRICS, { from: FROM, to: TO }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await app.gql(METRICS, { from: TO, to: FROM }, t.admin);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual([{ field: 'to', message: 'must be after from' }]);
    expect(codeOf(await app.gql(METRICS, { from: FROM, to: FROM }, t.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(METRICS, { unitId: 'nope', from: FROM, to: TO }, t.admin))).toBe('BAD_USER_INPUT');
  });
});
