import { describe, expect, it } from 'vitest';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { mailLocale, renderNotificationMail, NotificationMailInput } from './templates';

const base: Omit<NotificationMailInput, 'kind' | 'payload'> = {
  suggestionId: '3f1c2a4e-0000-4000-8000-000000000001',
  recipientName: 'Kari Nordmann',
  locale: 'nb',
  publicUrl: 'https://idehub.example.no/',
};

const response = {
  title: 'Medisindispenser i hjemmetjenesten',
  authorName: 'Lise Leder',
  message: 'Takk! Vi prøver dette på to ruter fra mai.\nVi melder tilbake etter sommeren.',
  fromStatus: 'SUBMITTED',
  toStatus: 'UNDER_REVIEW',
  responseKind: 'RESPONSE',
};

/** A plausible payload for every kind, as the services write them. */
const payloads: Record<NotificationKind, Record<string, unknown>> = {
  RESPONSE_RECEIVED: response,
  DEADLINE_MISSED: { title: 'Fallalarm', dueAt: '2026-03-16T08:00:00.000Z', unitName: 'Hjemmetjenesten' },
  ESCALATED: { title: 'Fallalarm', dueAt: '2026-03-16T08:00:00.000Z', unitName: 'Hjemmetjenesten' },
  ESCALATION_NOTICE: { title: 'Fallalarm', dueAt: '2026-03-16T08:00:00.000Z', escalatedToNames: 'Kim Kommunalsjef' },
  SUGGESTION_SUBMITTED: { title: 'Fallalarm', unitName: 'Hjemmetjenesten' },
  ASSIGNED: { title: 'Fallalarm', assignedBy: 'Lise Leder' },
  MERGED: { title: 'Fallalarm', targetId: 'x', targetTitle: 'Trygghetsalarm for alle' },
  RATE_ANSWER: { title: 'Fallalarm', status: 'IMPLEMENTED' },
  STORY_PUBLISHED: { title: 'Digital hjemmeoppfølging' },
  COMMENT_ADDED: { title: 'Fallalarm', authorName: 'Ola', comment: 'God idé!' },
  SUGGESTION_MOVED: { title: 'Fallalarm', fromUnitName: 'Nattpatruljen', unitName: 'Hjemmetjenesten' },
  STORY_ADOPTED: { title: 'Digital hjemmeoppfølging', unitName: 'Fjell sykehjem', municipalityName: 'Lier' },
  DEADLINE_APPROACHING: { title: 'Fallalarm', dueAt: '2026-03-16T08:00:00.000Z', unitName: 'Hjemmetjenesten' },
  REVIEW_DUE: {
    title: 'Fallalarm',
    reviewOn: '2026-09-01T05:00:00.000Z',
    dueAt: '2026-09-15T05:00:00.000Z',
    unitName: 'Hjemmetjenesten',
  },
  LEADER_WEEKLY: {
    week: '2026-W49',
    weekNumber: 49,
    overdueCount: 1,
    dueThisWeekCount: 12,
    answeredLastWeekCount: 1,
    overdue: [{ id: 'a1', title: 'Fallalarm', at: '2026-11-27T08:00:00.000Z', unitName: 'Hjemmetjenesten' }],
    dueThisWeek: Array.from({ length: 10 }, (_, i) => ({
      id: `d${i}`,
      title: `Forslag ${i} <b>`,
      at: '2026-12-03T08:00:00.000Z',
      unitName: 'Natt',
    })),
    answeredLastWeek: [{ id: 'w1', title: 'Trygghetsalarm', at: '2026-11-25T12:00:00.000Z', unitName: 'Natt' }],
  },
  UNIT_DIGEST: { unitName: 'Hjemmetjenesten', month: '2026-11', answeredCount: 0, implementedCount: 0 },
};

describe('the weekly leader e-mail', () => {
  const weekly = (locale: string) =>
    renderNotificationMail({
      ...base,
      suggestionId: null,
      locale,
      kind: NotificationKind.LEADER_WEEKLY,
      payload: payloads.LEADER_WEEKLY,
    });

  it('counts in the subject, the three lists with links, the rest counted, and a link to the inbox (nb)', () => {
    const mail = weekly('nb');
    expect(mail.subject).toBe('Ukens forslag (uke 49): 1 over fristen, 12 med frist denne uken, 1 besvart forrige uke');
    expect(mail.text).toContain('Over fristen (1):\n- «Fallalarm» (Hjemmetjenesten) – frist 27. november 2026');
    expect(mail.text).toContain('https://idehub.example.no/forslag/a1');
    expect(mail.text).toContain('Frist denne uken, til og med søndag (12):');
    expect(mail.text).toContain('… og 2 til. Alle finner du i innboksen.');
    expect(mail.text).toContain('Besvart forrige uke (1):\n- «Trygghetsalarm» (Natt) – besvart 25. november 2026');
    expect(mail.text).toContain('Åpne innboksen: https://idehub.example.no/innboks');
    expect(mail.html).toContain('<a href="https://idehub.example.no/forslag/d0">«Forslag 0 &#60;b&#62;» (Natt)');
    expect(mail.html).toContain('href="https://idehub.example.no/innboks"');
  });

  it('in English', () => {
    const mail = weekly('en');
    expect(mail.subject).toBe('This week’s suggestions (week 49): 1 overdue, 12 due this week, 1 answered last week');
    expect(mail.text).toContain('Overdue (1):\n- “Fallalarm” (Hjemmetjenesten) – due 27 November 2026');
    expect(mail.text).toContain('Open your inbox: https://idehub.example.no/innboks');
  });

  it('leaves out empty sections', () => {
    const mail = renderNotificationMail({
      ...base,
      suggestionId: null,
      kind: NotificationKind.LEADER_WEEKLY,
      payload: { weekNumber: 2, overdueCount: 0, dueThisWeekCount: 0, answeredLastWeekCount: 1, answeredLastWeek: [] },
    });
    expect(mail.subject).toBe('Ukens forslag (uke 2): 1 besvart forrige uke');
    expect(mail.text).not.toContain('Over fristen');
  });
});

describe('notification e-mail templates', () => {
  it.each(Object.values(NotificationKind))(
    'renders %s in both languages with a subject, text, HTML and link',
    (kind) => {
      for (const locale of ['nb', 'en']) {
        const mail = renderNotificationMail({ ...base, locale, kind, payload: payloads[kind] });
        expect(mail.subject.length).toBeGreaterThan(10);
        expect(mail.subject).not.toMatch(/undefined|null|\n/);
        expect(mail.text).not.toMatch(/undefined|\[object/);
        expect(mail.text).toContain(locale === 'nb' ? 'Hei Kari Nordmann,' : 'Hi Kari Nordmann,');
        expect(mail.text).toContain('https://idehub.example.no/forslag/3f1c2a4e-0000-4000-8000-000000000001');
        expect(mail.html).toContain('href="https://idehub.example.no/forslag/3f1c2a4e-0000-4000-8000-000000000001"');
        expect(mail.html).toContain(`<html lang="${locale}">`);
      }
    },
  );

  it('writes a response in Norwegian by default, with the message quoted and the status change named', () => {
    const mail = renderNotificationMail({
      ...base,
      locale: 'nb',
      kind: NotificationKind.RESPONSE_RECEIVED,
      payload: response,
    });
    expect(mail.subject).toBe('Svar på «Medisindispenser i hjemmetjenesten»: Under vurdering');
    expect(mail.text).toContain('Lise Leder har svart på forslaget «Medisindispenser i hjemmetjenesten»:');
    expect(mail.text).toContain('> Takk! Vi prøver dette på to ruter fra mai.\n> Vi melder tilbake etter sommeren.');
    expect(mail.text).toContain('Status er endret fra «Innsendt» til «Under vurdering».');
    expect(mail.text).toContain('Åpne forslaget: https://idehub.example.no/forslag/');
  });

  it('writes the same response in English for a person with locale en', () => {
    const mail = renderNotificationMail({
      ...base,
      locale: 'en',
      kind: NotificationKind.RESPONSE_RECEIVED,
      payload: response,
    });
    expect(mail.subject).toBe('Response to “Medisindispenser i hjemmetjenesten”: Under review');
    expect(mail.text).toContain('The status changed from “Submitted” to “Under review”.');
    expect(mail.text).toContain('Open the suggestion: https://idehub.example.no/forslag/');
  });

  it('says "new response" when the status did not change', () => {
    const payload = { ...response, toStatus: 'SUBMITTED' };
    const mail = renderNotificationMail({ ...base, kind: NotificationKind.RESPONSE_RECEIVED, payload });
    expect(mail.subject).toBe('Nytt svar på forslaget «Medisindispenser i hjemmetjenesten»');
    expect(mail.text).not.toContain('Status er endret');
  });

  it('formats deadlines as dates in Norway', () => {
    const mail = renderNotificationMail({
      ...base,
      kind: NotificationKind.DEADLINE_MISSED,
      payload: payloads.DEADLINE_MISSED,
    });
    expect(mail.text).toContain('innen 16. mars 2026');
    const en = renderNotificationMail({
      ...base,
      locale: 'en',
      kind: NotificationKind.ESCALATION_NOTICE,
      payload: payloads.ESCALATION_NOTICE,
    });
    expect(en.text).toContain('(16 March 2026)');
    expect(en.text).toContain('passed on to Kim Kommunalsjef');
  });

  it('escapes HTML in what people wrote, and keeps the plain text as written', () => {
    const payload = { ...response, message: 'Se <script>alert("x")</script> & «sånn»' };
    const mail = renderNotificationMail({ ...base, kind: NotificationKind.RESPONSE_RECEIVED, payload });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; «sånn»');
    expect(mail.text).toContain('> Se <script>alert("x")</script> & «sånn»');
  });

  it('links to the start page when a notification has no suggestion, and survives a missing payload field', () => {
    const mail = renderNotificationMail({
      ...base,
      suggestionId: null,
      kind: NotificationKind.STORY_PUBLISHED,
      payload: {},
    });
    expect(mail.text).toContain('Åpne Idéhub: https://idehub.example.no/');
    expect(mail.text).not.toContain('/forslag/');
  });

  it('tells of an adoption (STORY_ADOPTED) in nb and en, linking to the story', () => {
    const payload = {
      title: 'Digital hjemmeoppfølging',
      storyId: '7a1c2a4e-0000-4000-8000-000000000002',
      unitName: 'Fjell sykehjem',
      municipalityName: 'Lier kommune',
    };
    const nbMail = renderNotificationMail({
      ...base,
      suggestionId: null,
      kind: NotificationKind.STORY_ADOPTED,
      payload,
    });
    expect(nbMail.subject).toBe('«Digital hjemmeoppfølging» prøves nå ut i Fjell sykehjem');
    expect(nbMail.text).toContain(
      'Fjell sykehjem i Lier kommune vil prøve suksesshistorien «Digital hjemmeoppfølging».',
    );
    expect(nbMail.text).toContain(
      'Åpne historien: https://idehub.example.no/historier/7a1c2a4e-0000-4000-8000-000000000002',
    );
    const enMail = renderNotificationMail({
      ...base,
      locale: 'en',
      suggestionId: null,
      kind: NotificationKind.STORY_ADOPTED,
      payload,
    });
    expect(enMail.subject).toBe('“Digital hjemmeoppfølging” is now being tried in Fjell sykehjem');
    expect(enMail.text).toContain(
      'Fjell sykehjem in Lier kommune wants to try the success story “Digital hjemmeoppfølging”.',
    );
    expect(enMail.text).toContain(
      'Open the story: https://idehub.example.no/historier/7a1c2a4e-0000-4000-8000-000000000002',
    );
  });

  it('tells a unit its month (UNIT_DIGEST) in nb and en: numbers, items, gains, thanks, a link to the page', () => {
    const payload = {
      unitId: '5b1c2a4e-0000-4000-8000-000000000003',
      unitName: 'Hjemmetjenesten',
      month: '2026-11',
      answeredCount: 4,
      implementedCount: 1,
      firstResponsesDue: 4,
      firstResponsesOnTime: 0.75,
      items: [
        {
          title: 'Medisindispenser på to ruter',
          status: 'IMPLEMENTED',
          implemented: true,
          answer: 'Vi har tatt i bruk dispensere hos tolv brukere.',
          gains: [{ category: 'RESOURCE_USE', description: 'Færre besøk', value: 6.5, unit: 'timer per uke' }],
        },
      ],
      moreItems: 3,
      thanks: ['Kari Nordmann', 'Ola Hansen'],
    };
    const nbMail = renderNotificationMail({ ...base, suggestionId: null, kind: NotificationKind.UNIT_DIGEST, payload });
    expect(nbMail.subject).toBe('Dere sa – vi gjorde: Hjemmetjenesten, november 2026');
    expect(nbMail.text).toContain(
      'Dette kom ut av forslagene i Hjemmetjenesten i november 2026: 4 fikk svar, 1 ble gjennomført.',
    );
    expect(nbMail.text).toContain('75\u00a0% av forslagene fra måneden fikk første svar i tide.');
    expect(nbMail.text).toContain('Dere sa: «Medisindispenser på to ruter» (Gjennomført)');
    expect(nbMail.text).toContain('Vi gjorde: Vi har tatt i bruk dispensere hos tolv brukere.');
    expect(nbMail.text).toContain('Gevinst: 6,5 timer per uke – Færre besøk');
    expect(nbMail.text).toContain('… og 3 til på siden.');
    expect(nbMail.text).toContain('Takk til Kari Nordmann og Ola Hansen for forslag og hjelp!');
    expect(nbMail.text).toContain(
      'Se hele måneden: https://idehub.example.no/enheter/5b1c2a4e-0000-4000-8000-000000000003/resultater?maned=2026-11',
    );
    expect(nbMail.html).toContain('Dere sa: «Medisindispenser på to ruter» (Gjennomført)<br>Vi gjorde:');
    const enMail = renderNotificationMail({
      ...base,
      locale: 'en',
      suggestionId: null,
      kind: NotificationKind.UNIT_DIGEST,
      payload,
    });
    expect(enMail.subject).toBe('You said, we did: Hjemmetjenesten, November 2026');
    expect(enMail.text).toContain('4 answered, 1 implemented');
    expect(enMail.text).toContain('75% of the suggestions made that month got their first answer on time.');
    expect(enMail.text).toContain('Gain: 6.5 timer per uke – Færre besøk');
    expect(enMail.text).toContain('Thank you, Kari Nordmann and Ola Hansen, for your ideas and help!');
    expect(enMail.text).toContain('See the whole month: https://idehub.example.no/enheter/');
  });

  it('uses bokmål for any locale but en', () => {
    expect(mailLocale('en')).toBe('en');
    expect(mailLocale('nb')).toBe('nb');
    expect(mailLocale('nn')).toBe('nb');
    expect(mailLocale(undefined)).toBe('nb');
  });
  it('tells the followers of a «Ikke nå» answer until when it is parked', () => {
    const payload = { ...response, toStatus: 'PARKED', reviewOn: '2027-02-01T06:00:00.000Z' };
    const mail = renderNotificationMail({ ...base, kind: NotificationKind.RESPONSE_RECEIVED, payload });
    expect(mail.subject).toBe('Svar på «Medisindispenser i hjemmetjenesten»: Ikke nå');
    expect(mail.text).toContain('Status er endret fra «Innsendt» til «Ikke nå».');
    expect(mail.text).toContain(
      'Forslaget er parkert til 1. februar 2027. Da blir det vurdert på nytt, og du får beskjed.',
    );
    const en = renderNotificationMail({ ...base, locale: 'en', kind: NotificationKind.RESPONSE_RECEIVED, payload });
    expect(en.text).toContain('The suggestion is parked until 1 February 2027.');
  });

  it('writes REVIEW_DUE one way for whoever owes the answer and another for the submitter', () => {
    const payload = payloads.REVIEW_DUE;
    const leader = renderNotificationMail({ ...base, kind: NotificationKind.REVIEW_DUE, payload });
    expect(leader.subject).toBe('Tilbake til vurdering: «Fallalarm»');
    expect(leader.text).toContain(
      'Forslaget «Fallalarm» i Hjemmetjenesten ble satt til «Ikke nå» til 1. september 2026. Nå er det tilbake til vurdering.',
    );
    expect(leader.text).toContain('skal ha et skriftlig svar innen 15. september 2026.');
    const submitter = renderNotificationMail({
      ...base,
      kind: NotificationKind.REVIEW_DUE,
      payload: { ...payload, audience: 'SUBMITTER' },
    });
    expect(submitter.subject).toBe('Forslaget ditt vurderes igjen: «Fallalarm»');
    expect(submitter.text).toContain('Nå er datoen kommet, og forslaget er tilbake til vurdering.');
    expect(submitter.text).toContain('Du får et skriftlig svar innen 15. september 2026.');
    const en = renderNotificationMail({
      ...base,
      locale: 'en',
      kind: NotificationKind.REVIEW_DUE,
      payload: { ...payload, audience: 'SUBMITTER' },
    });
    expect(en.subject).toBe('Your suggestion is being looked at again: “Fallalarm”');
    expect(en.text).toContain('You will get a written response by 15 September 2026.');
  });
});
