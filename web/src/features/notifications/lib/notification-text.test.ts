import { describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { LINK_MARK, NOTIFICATION_KINDS, notificationSentence, type NotificationItem } from './notification-text';

const base: NotificationItem = {
  id: 'n1',
  kind: 'RESPONSE_RECEIVED',
  createdAt: '2026-03-02T08:00:00.000Z',
  readAt: null,
  title: 'Felles nøkkelskap',
  message: 'Vi ser på saken.',
  actorName: 'Lise Leder',
  fromStatus: null,
  toStatus: null,
  unitName: 'Hjemmetjenesten',
  escalatedTo: ['Kari Kommunalsjef', 'Ola Admin'],
  suggestion: { id: 's1', title: 'Felles nøkkelskap', status: 'UNDER_REVIEW' },
  storyId: 'st1',
};

function sentence(language: 'nb' | 'en', n: Partial<NotificationItem>) {
  const t = i18n.getFixedT(language);
  return notificationSentence(t, language, { ...base, ...n });
}

describe('reminders and the weekly overview', () => {
  it('a reminder names the deadline as a date', () => {
    expect(sentence('nb', { kind: 'DEADLINE_APPROACHING', dueAt: '2026-12-04T08:00:00.000Z' }).text).toBe(
      `Påminnelse: «${LINK_MARK}» i Hjemmetjenesten skal ha et skriftlig svar innen 4. des. 2026, og du skylder det.`,
    );
    expect(sentence('en', { kind: 'DEADLINE_APPROACHING', dueAt: null, unitName: null }).text).toBe(
      `Reminder: “${LINK_MARK}” is due for a written response soon, and you owe it.`,
    );
  });

  it('the weekly overview counts, and links to the inbox', () => {
    const weekly = { overdue: 2, dueThisWeek: 1, answeredLastWeek: 0 };
    const nb = sentence('nb', { kind: 'LEADER_WEEKLY', suggestion: null, title: null, weekly });
    expect(nb.text).toBe(`Ukens oversikt: 2 over fristen, 1 med frist denne uken. Se sakene i ${LINK_MARK}.`);
    expect(nb.link).toEqual({ to: '/innboks', text: 'innboksen' });
    const en = sentence('en', { kind: 'LEADER_WEEKLY', suggestion: null, title: null, weekly });
    expect(en.text).toBe(`This week’s overview: 2 overdue, 1 due this week. See the cases in ${LINK_MARK}.`);
  });
});

describe('notification sentences', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (['nb', 'en'] as const).map((language) => ({ kind, language }))))(
    '$kind has a sentence in $language that links the suggestion',
    ({ kind, language }) => {
      const { text, link } = sentence(language, { kind });
      expect(text).not.toMatch(/notifications\.|\{\{/);
      expect(text.split(LINK_MARK)).toHaveLength(2);
      // A story's adoption links the story (the adopting suggestion may be one the reader cannot see).
      if (kind === 'LEADER_WEEKLY') {
        // About no one suggestion: the weekly overview links to the inbox.
        expect(link?.to).toBe('/innboks');
      } else {
        expect(link).toEqual({
          to: kind === 'STORY_ADOPTED' ? '/historier/st1' : '/forslag/s1',
          text: 'Felles nøkkelskap',
        });
      }
      // Every kind also has its short label in both languages.
      expect(i18n.getFixedT(language)(`notifications:kind.${kind}`)).not.toContain('kind.');
    },
  );

  it('links a unit’s month (UNIT_DIGEST) to its page, in nb and en', () => {
    const digest = { kind: 'UNIT_DIGEST', suggestion: null, title: null, unitId: 'u1', month: '2026-11' };
    expect(sentence('nb', digest)).toEqual({
      text: `${LINK_MARK}: se hva som kom ut av forslagene i Hjemmetjenesten i november 2026.`,
      link: { to: '/enheter/u1/resultater?maned=2026-11', text: 'Dere sa – vi gjorde' },
    });
    expect(sentence('en', digest)).toEqual({
      text: `${LINK_MARK}: see what came of the suggestions in Hjemmetjenesten in November 2026.`,
      link: { to: '/enheter/u1/resultater?maned=2026-11', text: 'You said, we did' },
    });
    expect(i18n.getFixedT('en')('notifications:kind.UNIT_DIGEST')).toBe('This month’s results from your unit');
  });

  it('says who answered and how the status changed, in the reader’s language', () => {
    expect(sentence('nb', { fromStatus: 'SUBMITTED', toStatus: 'UNDER_REVIEW' }).text).toBe(
      `Lise Leder har svart på «${LINK_MARK}» og endret status fra «Innsendt» til «Under vurdering».`,
    );
    expect(sentence('en', { fromStatus: 'SUBMITTED', toStatus: 'UNDER_REVIEW' }).text).toBe(
      `Lise Leder answered “${LINK_MARK}” and changed the status from “Submitted” to “Under review”.`,
    );
    expect(sentence('nb', { fromStatus: 'IN_PROGRESS', toStatus: 'IN_PROGRESS' }).text).toBe(
      `Lise Leder har svart på «${LINK_MARK}».`,
    );
  });

  it('names the unit and the people a case was escalated to when the API gives them', () => {
    expect(sentence('nb', { kind: 'DEADLINE_MISSED' }).text).toContain('i Hjemmetjenesten er passert');
    expect(sentence('nb', { kind: 'DEADLINE_MISSED', unitName: null }).text).toContain(`«${LINK_MARK}» er passert`);
    expect(sentence('nb', { kind: 'ESCALATION_NOTICE' }).text).toContain(
      'løftet videre til Kari Kommunalsjef og Ola Admin',
    );
    expect(sentence('en', { kind: 'ESCALATION_NOTICE', escalatedTo: [] }).text).toContain(
      'escalated to the level above',
    );
  });

  it('calls the system «Noen» only when nobody is named, and says nothing of a suggestion the reader lost access to', () => {
    expect(sentence('nb', { kind: 'ASSIGNED', actorName: null }).text).toMatch(/^Noen har gjort deg ansvarlig/);
    const hidden = sentence('nb', { title: null, suggestion: null, message: null });
    expect(hidden).toEqual({ text: 'Du har ikke lenger tilgang til forslaget dette gjaldt.', link: null });
  });

  it('tells withdrawals and merges apart from ordinary answers', () => {
    expect(sentence('nb', { toStatus: 'WITHDRAWN', fromStatus: 'SUBMITTED' }).text).toContain('har trukket forslaget');
    expect(sentence('en', { toStatus: 'MERGED', fromStatus: 'SUBMITTED' }).text).toContain('into another suggestion');
  });

  it('«Ikke nå»: the parking answer names the review date; REVIEW_DUE speaks to the submitter and to the leaders', () => {
    const parked = { fromStatus: 'SUBMITTED', toStatus: 'PARKED', reviewOn: '2026-09-01T05:00:00.000Z' } as const;
    expect(sentence('nb', parked).text).toBe(
      `Lise Leder har svart på «${LINK_MARK}»: ikke nå. Forslaget er parkert til 1. sep. 2026, og da vurderes det på nytt.`,
    );
    expect(sentence('en', parked).text).toMatch(/answered “.*”: not now\. The suggestion is parked until .*2026/);
    // Parked already, with a new date: the answer names the date it moved to.
    const moved = { fromStatus: 'PARKED', toStatus: 'PARKED', reviewOn: '2026-11-02T06:00:00.000Z' } as const;
    expect(sentence('nb', moved).text).toBe(
      `Lise Leder har svart på «${LINK_MARK}» og flyttet datoen for «Ikke nå»: forslaget vurderes på nytt 2. nov. 2026.`,
    );
    expect(sentence('en', moved).text).toMatch(/moved the “Not now” date: .* looked at again on 2 Nov 2026\.$/);
    // A plain update of a parked suggestion (no date) is an ordinary answer.
    expect(sentence('nb', { fromStatus: 'PARKED', toStatus: 'PARKED', reviewOn: null }).text).toMatch(
      /^Lise Leder har svart på/,
    );
    const due = {
      kind: 'REVIEW_DUE',
      reviewOn: '2026-09-01T05:00:00.000Z',
      reviewAnswerDueAt: '2026-09-15T05:00:00.000Z',
    };
    expect(sentence('nb', { ...due, forSubmitter: true }).text).toMatch(
      new RegExp(
        `^Forslaget ditt «${LINK_MARK}» var satt til «Ikke nå»\\. Nå er datoen kommet, og det vurderes på nytt\\. Du får svar innen .*2026\\.$`,
      ),
    );
    expect(sentence('nb', { ...due, forSubmitter: false }).text).toMatch(
      new RegExp(
        `^«${LINK_MARK}» i Hjemmetjenesten var satt til «Ikke nå» og er tilbake til vurdering\\. Innsenderen skal ha svar innen .*2026\\.$`,
      ),
    );
    expect(sentence('en', { ...due, forSubmitter: true }).text).toContain('You will get an answer by');
    expect(sentence('en', { ...due, forSubmitter: false, unitName: null }).text).toContain('is owed an answer by');
  });
});
