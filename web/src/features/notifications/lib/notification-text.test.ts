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

describe('notification sentences', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (['nb', 'en'] as const).map((language) => ({ kind, language }))))(
    '$kind has a sentence in $language that links the suggestion',
    ({ kind, language }) => {
      const { text, link } = sentence(language, { kind });
      expect(text).not.toMatch(/notifications\.|\{\{/);
      expect(text.split(LINK_MARK)).toHaveLength(2);
      // A story's adoption links the story (the adopting suggestion may be one the reader cannot see).
      expect(link).toEqual({
        to: kind === 'STORY_ADOPTED' ? '/historier/st1' : '/forslag/s1',
        text: 'Felles nøkkelskap',
      });
      // Every kind also has its short label in both languages.
      expect(i18n.getFixedT(language)(`notifications.kind.${kind}`)).not.toContain('notifications.');
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
    expect(i18n.getFixedT('en')('notifications.kind.UNIT_DIGEST')).toBe('This month’s results from your unit');
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
});
