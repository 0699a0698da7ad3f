import type { SuggestionStatusName } from '@idehub/libs';
import type { TFunction } from 'i18next';
import { formatDate, formatList } from '@/i18n/format';
import '@/i18n/namespaces/notifications';

/** What the web shows of a notification (the API's typed fields, see NotificationFields). */
export interface NotificationItem {
  id: string;
  kind: string;
  createdAt: string;
  readAt?: string | null;
  title?: string | null;
  message?: string | null;
  actorName?: string | null;
  fromStatus?: SuggestionStatusName | null;
  toStatus?: SuggestionStatusName | null;
  unitName?: string | null;
  escalatedTo?: string[] | null;
  storyId?: string | null;
  /** «Ikke nå»: the review date (a PARKED answer, REVIEW_DUE). */
  reviewOn?: string | null;
  /** REVIEW_DUE: when the new answer is due. */
  reviewAnswerDueAt?: string | null;
  /** REVIEW_DUE: the submitter's notice rather than the one to those who owe the answer. */
  forSubmitter?: boolean | null;
  /** The deadline (DEADLINE_APPROACHING). */
  dueAt?: string | null;
  /** The week's counts (LEADER_WEEKLY). */
  weekly?: { overdue: number; dueThisWeek: number; answeredLastWeek: number } | null;
  /** UNIT_DIGEST: the unit and month (YYYY-MM) it tells. */
  unitId?: string | null;
  month?: string | null;
  suggestion?: { id: string; title: string; status?: SuggestionStatusName } | null;
}

/** Every kind the API sends (NotificationKind); each has a label and a sentence in nb and en. */
export const NOTIFICATION_KINDS = [
  'RESPONSE_RECEIVED',
  'DEADLINE_MISSED',
  'ESCALATED',
  'ESCALATION_NOTICE',
  'SUGGESTION_SUBMITTED',
  'ASSIGNED',
  'MERGED',
  'RATE_ANSWER',
  'STORY_PUBLISHED',
  'COMMENT_ADDED',
  'SUGGESTION_MOVED',
  'STORY_ADOPTED',
  'REVIEW_DUE',
  'DEADLINE_APPROACHING',
  'LEADER_WEEKLY',
] as const;

/** Kinds about no suggestion, with a link of their own (tested on their own). */
export const UNIT_KINDS = ['UNIT_DIGEST'] as const;

/** «november 2026» / «November 2026» for a `YYYY-MM` month. */
function monthName(month: string, language: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 15)));
}

/** Marks where the link goes in a translated sentence, so a title is never parsed as markup. */
export const LINK_MARK = '\u2063link\u2063';

export interface NotificationSentence {
  /** The sentence with LINK_MARK where the suggestion link belongs (at most once). */
  text: string;
  /** The link's text and target, when the sentence has one. */
  link: { to: string; text: string } | null;
}

const MESSAGE_PREVIEW = 280;

/** A response text shortened for a list, at a word boundary. */
export function previewMessage(message: string | null | undefined): string | null {
  if (!message) return null;
  const text = message.trim();
  if (text.length <= MESSAGE_PREVIEW) return text;
  const cut = text.slice(0, MESSAGE_PREVIEW);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MESSAGE_PREVIEW - 40)).trimEnd()} …`;
}

/**
 * The sentence for a notification in the user's language, built from its typed fields. When the
 * reader can no longer see the suggestion the API blanks the details; then it says only that.
 */
export function notificationSentence(t: TFunction, language: string, n: NotificationItem): NotificationSentence {
  // About no one suggestion: the week's counts, linking to the inbox where the cases are.
  if (n.kind === 'LEADER_WEEKLY') return weeklySentence(t, n);
  if (n.kind === 'UNIT_DIGEST') {
    // «Dere sa – vi gjorde»: about a unit's month, not a suggestion; the link goes to that month's page.
    const month = n.month ? monthName(n.month, language) : '';
    const link = n.unitId
      ? {
          to: `/enheter/${n.unitId}/resultater${n.month ? `?maned=${n.month}` : ''}`,
          text: t('notifications:digestLink'),
        }
      : null;
    return {
      text: t('notifications:text.UNIT_DIGEST', {
        title: link ? LINK_MARK : t('notifications:digestLink'),
        unit: n.unitName ?? '',
        month,
      }),
      link,
    };
  }
  const hidden = !n.suggestion && !n.title;
  if (hidden) return { text: t('notifications:text.hidden'), link: null };

  const title = n.title ?? n.suggestion?.title ?? '';
  const link = n.suggestion ? { to: `/forslag/${n.suggestion.id}`, text: n.suggestion.title } : null;
  // The linked title is the suggestion's current one; where it is the same thing, mark it in the sentence.
  const quoted = (text: string) => t('notifications:quoted', { text });
  const linkedTitle = quoted(link ? LINK_MARK : title);
  const actor = n.actorName ?? t('notifications:someone');
  const unit = n.unitName ?? '';
  const status = (s: SuggestionStatusName | null | undefined) => (s ? t(`status.${s}`) : '');
  const values = { title: linkedTitle, actor, unit, context: unit ? 'unit' : undefined };

  switch (n.kind) {
    case 'RESPONSE_RECEIVED': {
      if (n.toStatus === 'WITHDRAWN') return { text: t('notifications:text.withdrawn', values), link };
      if (n.toStatus === 'MERGED') return { text: t('notifications:text.mergedResponse', values), link };
      if (n.toStatus === 'PARKED' && n.reviewOn) {
        // Parked now, or parked already and its date moved (PARKED again with a new date).
        const key = n.fromStatus === 'PARKED' ? 'notifications:text.parkedMoved' : 'notifications:text.parked';
        return { text: t(key, { ...values, date: formatDate(n.reviewOn, language) }), link };
      }
      if (n.toStatus && n.fromStatus && n.toStatus !== n.fromStatus) {
        return {
          text: t('notifications:text.statusChanged', {
            ...values,
            from: status(n.fromStatus),
            to: status(n.toStatus),
          }),
          link,
        };
      }
      return { text: t('notifications:text.RESPONSE_RECEIVED', values), link };
    }
    case 'ESCALATION_NOTICE': {
      const names = n.escalatedTo?.length ? n.escalatedTo : null;
      return {
        text: t('notifications:text.ESCALATION_NOTICE', {
          ...values,
          context: names ? 'names' : undefined,
          names: names ? formatList(names, language) : '',
        }),
        link,
      };
    }
    case 'MERGED':
      // The link is the suggestion it was merged into; `title` is the submitter's own.
      return {
        text: t('notifications:text.MERGED', { ...values, title: quoted(title), target: quoted(LINK_MARK) }),
        link,
      };
    case 'RATE_ANSWER':
      return {
        text: t('notifications:text.RATE_ANSWER', {
          ...values,
          context: n.toStatus ? 'status' : undefined,
          status: status(n.toStatus),
        }),
        link,
      };
    case 'STORY_PUBLISHED':
      // `title` is the story's; the link is the person's own suggestion the story builds on.
      return {
        text: t('notifications:text.STORY_PUBLISHED', {
          ...values,
          title: quoted(title),
          suggestion: quoted(LINK_MARK),
          context: link ? 'suggestion' : undefined,
        }),
        link,
      };
    case 'STORY_ADOPTED': {
      // About a story, not a suggestion: the link goes to the story (the adopting suggestion may be hidden).
      const storyLink = n.storyId ? { to: `/historier/${n.storyId}`, text: title } : null;
      return {
        text: t('notifications:text.STORY_ADOPTED', { ...values, title: quoted(storyLink ? LINK_MARK : title) }),
        link: storyLink,
      };
    }
    case 'REVIEW_DUE': {
      const due = n.reviewAnswerDueAt ? formatDate(n.reviewAnswerDueAt, language) : '';
      return {
        text: t(n.forSubmitter ? 'notifications:text.reviewDueSubmitter' : 'notifications:text.REVIEW_DUE', {
          ...values,
          due,
          context: n.forSubmitter
            ? due
              ? 'due'
              : undefined
            : [unit ? 'unit' : '', due ? 'due' : ''].filter(Boolean).join('_') || undefined,
        }),
        link,
      };
    }
    case 'DEADLINE_APPROACHING':
      return {
        text: t('notifications:text.DEADLINE_APPROACHING', {
          ...values,
          context: [unit ? 'unit' : '', n.dueAt ? 'date' : ''].filter(Boolean).join('_') || undefined,
          date: n.dueAt ? formatDate(n.dueAt, language) : '',
        }),
        link,
      };
    case 'DEADLINE_MISSED':
    case 'ESCALATED':
    case 'SUGGESTION_SUBMITTED':
    case 'ASSIGNED':
    case 'COMMENT_ADDED':
    case 'SUGGESTION_MOVED':
      return { text: t(`notifications:text.${n.kind}`, values), link };
    default:
      return { text: t('notifications:text.other', values), link };
  }
}

function weeklySentence(t: TFunction, n: NotificationItem): NotificationSentence {
  const w = n.weekly ?? { overdue: 0, dueThisWeek: 0, answeredLastWeek: 0 };
  const parts = [
    w.overdue ? t('notifications:weekly.overdue', { count: w.overdue }) : '',
    w.dueThisWeek ? t('notifications:weekly.dueThisWeek', { count: w.dueThisWeek }) : '',
    w.answeredLastWeek ? t('notifications:weekly.answeredLastWeek', { count: w.answeredLastWeek }) : '',
  ].filter(Boolean);
  return {
    text: t('notifications:text.LEADER_WEEKLY', { counts: parts.join(', '), inbox: LINK_MARK }),
    link: { to: '/innboks', text: t('notifications:weekly.inbox') },
  };
}
