import { STATUS_LABELS } from '@idehub/libs';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { gainText, monthName, nameList, percent, statusLabel } from '../unit-digest/digest-text';
import type { DigestGain } from '../unit-digest/unit-digest';

/**
 * E-mail texts for every notification kind, in Norwegian bokmål (the default) and English.
 *
 * A typed table rather than an i18n library (i18next, ICU message files): the server renders
 * ten messages in two languages, and `Record<NotificationKind, …>` makes a kind without a
 * text, or a language without a translation, a compile error — a string-keyed catalogue
 * would only find that out at run time. The web app keeps its own catalogue; the API must
 * not depend on web code.
 */
export type MailLocale = 'nb' | 'en';

export interface NotificationMailInput {
  kind: NotificationKind;
  /** The notification's payload as stored: values captured when the event happened. */
  payload: Record<string, unknown>;
  suggestionId: string | null;
  recipientName: string;
  /** person.locale; anything but "en" is treated as bokmål. */
  locale: string;
  /** Base URL of the web app, e.g. https://idehub.kommune.no */
  publicUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * One paragraph of the body; `quote` is the person's own words (a response or comment); `items` a
 * list of links (the weekly leader e-mail), under an optional heading.
 */
type Block = string | { quote: string } | { heading: string; items: { text: string; href: string }[] };

/** What a template may need besides the payload. */
interface MailContext {
  /** The web app's base URL without a trailing slash. */
  base: string;
}

interface Template {
  subject(p: Payload): string;
  body(p: Payload, ctx: MailContext): Block[];
}

/** Read-only view of a payload with text helpers that never print "undefined". */
class Payload {
  constructor(
    private readonly values: Record<string, unknown>,
    readonly locale: MailLocale,
  ) {}
  text(key: string): string {
    const v = this.values[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
  get title(): string {
    return this.text('title') || this.text('storyTitle');
  }
  number(key: string): number | null {
    const v = this.values[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  /** An array of the payload (e.g. a digest's items), or none. */
  list<T>(key: string): T[] {
    const v = this.values[key];
    return Array.isArray(v) ? (v as T[]) : [];
  }
  status(key: string): string {
    const value = this.text(key) as keyof typeof STATUS_LABELS;
    return STATUS_LABELS[value]?.[this.locale] ?? value;
  }
  date(key: string): string {
    return formatDate(this.text(key), this.locale);
  }
  /** A count of the payload; 0 when absent. */
  count(key: string): number {
    return this.number(key) ?? 0;
  }
  /** A list of the weekly e-mail's items ({ id, title, at, unitName }); anything else is skipped. */
  items(key: string): { id: string; title: string; at: string; unitName: string }[] {
    const v = this.values[key];
    if (!Array.isArray(v)) return [];
    return v
      .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
      .map((x) => ({
        id: typeof x.id === 'string' ? x.id : '',
        title: typeof x.title === 'string' ? x.title : '',
        at: typeof x.at === 'string' ? x.at : '',
        unitName: typeof x.unitName === 'string' ? x.unitName : '',
      }))
      .filter((x) => x.id && x.title);
  }
}

function formatDate(value: string, locale: MailLocale): string {
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Oslo',
  }).format(d);
}

/** The three lists of the weekly leader e-mail, each with its count; empty sections are left out. */
function weeklySections(
  p: Payload,
  ctx: MailContext,
  words: {
    overdue: (n: number) => string;
    dueThisWeek: (n: number) => string;
    answeredLastWeek: (n: number) => string;
    due: (date: string) => string;
    answered: (date: string) => string;
    more: (n: number) => string;
  },
): Block[] {
  const blocks: Block[] = [];
  const section = (key: string, count: number, heading: string, when: (date: string) => string) => {
    if (!count) return;
    const items = p.items(key).map((i) => ({
      text: `${p.locale === 'en' ? `“${i.title}”` : `«${i.title}»`}${i.unitName ? ` (${i.unitName})` : ''}${i.at ? ` – ${when(formatDate(i.at, p.locale))}` : ''}`,
      href: `${ctx.base}/forslag/${encodeURIComponent(i.id)}`,
    }));
    blocks.push({ heading, items });
    if (count > items.length) blocks.push(words.more(count - items.length));
  };
  section('overdue', p.count('overdueCount'), words.overdue(p.count('overdueCount')), words.due);
  section('dueThisWeek', p.count('dueThisWeekCount'), words.dueThisWeek(p.count('dueThisWeekCount')), words.due);
  section(
    'answeredLastWeek',
    p.count('answeredLastWeekCount'),
    words.answeredLastWeek(p.count('answeredLastWeekCount')),
    words.answered,
  );
  return blocks;
}

const nb: Record<NotificationKind, Template> = {
  [NotificationKind.RESPONSE_RECEIVED]: {
    subject: (p) => {
      if (p.text('responseKind') === 'WITHDRAWAL') return `Forslaget «${p.title}» er trukket`;
      if (p.text('responseKind') === 'MERGE') return `Forslaget «${p.title}» er slått sammen med et annet`;
      if (p.text('toStatus') && p.text('toStatus') !== p.text('fromStatus')) {
        return `Svar på «${p.title}»: ${p.status('toStatus')}`;
      }
      return `Nytt svar på forslaget «${p.title}»`;
    },
    body: (p) => {
      const who = p.text('authorName') || 'Noen';
      const blocks: Block[] = [];
      if (p.text('responseKind') === 'WITHDRAWAL') blocks.push(`${who} har trukket forslaget «${p.title}».`);
      else if (p.text('responseKind') === 'MERGE') {
        blocks.push(`${who} har slått sammen forslaget «${p.title}» med «${p.text('targetTitle')}».`);
      } else blocks.push(`${who} har svart på forslaget «${p.title}»:`);
      if (p.text('message')) blocks.push({ quote: p.text('message') });
      if (p.text('toStatus') && p.text('toStatus') !== p.text('fromStatus')) {
        blocks.push(`Status er endret fra «${p.status('fromStatus')}» til «${p.status('toStatus')}».`);
      }
      if (p.text('toStatus') === 'PARKED' && p.date('reviewOn')) {
        blocks.push(`Forslaget er parkert til ${p.date('reviewOn')}. Da blir det vurdert på nytt, og du får beskjed.`);
      }
      return blocks;
    },
  },
  [NotificationKind.DEADLINE_MISSED]: {
    subject: (p) => `Fristen for svar er passert: «${p.title}»`,
    body: (p) => [
      `Forslaget «${p.title}»${p.text('unitName') ? ` i ${p.text('unitName')}` : ''} skulle vært besvart${p.date('dueAt') ? ` innen ${p.date('dueAt')}` : ''}.`,
      'Skriv et svar til innsenderen så snart som mulig. Uten svar blir saken eskalert.',
    ],
  },
  [NotificationKind.ESCALATED]: {
    subject: (p) => `Eskalert til deg: «${p.title}» er ikke besvart`,
    body: (p) => [
      `Forslaget «${p.title}»${p.text('unitName') ? ` i ${p.text('unitName')}` : ''} har ikke fått svar innen fristen${p.date('dueAt') ? ` (${p.date('dueAt')})` : ''}, og er eskalert til deg.`,
      'Sørg for at innsenderen får et svar.',
    ],
  },
  [NotificationKind.ESCALATION_NOTICE]: {
    subject: (p) => `Forslaget ditt «${p.title}» er eskalert`,
    body: (p) => [
      `Forslaget ditt «${p.title}» fikk ikke svar innen fristen${p.date('dueAt') ? ` (${p.date('dueAt')})` : ''}.`,
      p.text('escalatedToNames')
        ? `Saken er sendt videre til ${p.text('escalatedToNames')}.`
        : 'Saken er sendt videre til nivået over.',
    ],
  },
  [NotificationKind.SUGGESTION_SUBMITTED]: {
    subject: (p) => `Nytt forslag${p.text('unitName') ? ` i ${p.text('unitName')}` : ''}: «${p.title}»`,
    body: (p) => [
      `Et nytt forslag er sendt inn${p.text('unitName') ? ` til ${p.text('unitName')}` : ''}: «${p.title}».`,
      'Innsenderen venter på svar.',
    ],
  },
  [NotificationKind.ASSIGNED]: {
    subject: (p) => `Du er ansvarlig for forslaget «${p.title}»`,
    body: (p) => [
      `${p.text('assignedBy') || 'En leder'} har gjort deg ansvarlig for forslaget «${p.title}».`,
      'Du skylder innsenderen neste svar.',
    ],
  },
  [NotificationKind.MERGED]: {
    subject: (p) => `Forslaget ditt er slått sammen med «${p.text('targetTitle')}»`,
    body: (p) => [
      `Forslaget ditt «${p.title}» er slått sammen med «${p.text('targetTitle')}».`,
      'Du følger nå det forslaget og får svarene på det.',
    ],
  },
  [NotificationKind.RATE_ANSWER]: {
    subject: (p) => `Fikk du et svar du kan bruke? «${p.title}»`,
    body: (p) => [
      `Forslaget ditt «${p.title}» er avsluttet${p.text('status') ? ` med status «${p.status('status')}»` : ''}.`,
      'Fikk du et svar du kan bruke? Svar med ett klikk på forslaget.',
    ],
  },
  [NotificationKind.STORY_PUBLISHED]: {
    subject: (p) => `Ny suksesshistorie: «${p.title}»`,
    body: (p) => [`En suksesshistorie du var med på er publisert: «${p.title}».`],
  },
  [NotificationKind.STORY_ADOPTED]: {
    subject: (p) => `«${p.title}» prøves nå ut${p.text('unitName') ? ` i ${p.text('unitName')}` : ''}`,
    body: (p) => [
      `${p.text('unitName') || 'En enhet'}${p.text('municipalityName') ? ` i ${p.text('municipalityName')}` : ''} vil prøve suksesshistorien «${p.title}».`,
      'Kanskje de vil ha tips fra dere? Se hvor historien prøves ut.',
    ],
  },
  [NotificationKind.COMMENT_ADDED]: {
    subject: (p) => `Ny kommentar på «${p.title}»`,
    body: (p) => {
      const blocks: Block[] = [`${p.text('authorName') || 'Noen'} har kommentert forslaget «${p.title}»:`];
      const comment = p.text('comment') || p.text('body');
      if (comment) blocks.push({ quote: comment });
      return blocks;
    },
  },
  [NotificationKind.SUGGESTION_MOVED]: {
    subject: (p) => `Forslaget «${p.title}» er flyttet til ${p.text('unitName')}`,
    body: (p) => [
      `Enheten ${p.text('fromUnitName')} er lagt ned. Forslaget ditt «${p.title}» er flyttet til ${p.text('unitName')}, som nå svarer på det. Fristene og svarene så langt er de samme.`,
    ],
  },
  [NotificationKind.DEADLINE_APPROACHING]: {
    subject: (p) => `Påminnelse: svar på «${p.title}»${p.date('dueAt') ? ` innen ${p.date('dueAt')}` : ''}`,
    body: (p) => [
      `Forslaget «${p.title}»${p.text('unitName') ? ` i ${p.text('unitName')}` : ''} skal ha et skriftlig svar${p.date('dueAt') ? ` innen ${p.date('dueAt')}` : ''}, og det er du som skylder det.`,
      'Skriv til innsenderen før fristen – et kort svar om hvor saken står er nok. Uten svar blir saken løftet videre.',
    ],
  },
  [NotificationKind.REVIEW_DUE]: {
    // Two audiences, told apart by the payload: the submitter («ser på igjen») and whoever owes the answer.
    subject: (p) =>
      p.text('audience') === 'SUBMITTER'
        ? `Forslaget ditt vurderes igjen: «${p.title}»`
        : `Tilbake til vurdering: «${p.title}»`,
    body: (p) =>
      p.text('audience') === 'SUBMITTER'
        ? [
            `Forslaget ditt «${p.title}» ble satt til «Ikke nå»${p.date('reviewOn') ? ` til ${p.date('reviewOn')}` : ''}. Nå er datoen kommet, og forslaget er tilbake til vurdering.`,
            `Du får et skriftlig svar${p.date('dueAt') ? ` innen ${p.date('dueAt')}` : ''}.`,
          ]
        : [
            `Forslaget «${p.title}»${p.text('unitName') ? ` i ${p.text('unitName')}` : ''} ble satt til «Ikke nå»${p.date('reviewOn') ? ` til ${p.date('reviewOn')}` : ''}. Nå er det tilbake til vurdering.`,
            `Forslagsstilleren har fått beskjed og skal ha et skriftlig svar${p.date('dueAt') ? ` innen ${p.date('dueAt')}` : ''}.`,
          ],
  },
  [NotificationKind.UNIT_DIGEST]: {
    subject: (p) =>
      `Dere sa – vi gjorde: ${p.text('unitName')}${p.text('month') ? `, ${monthName(p.text('month'), 'nb')}` : ''}`,
    body: (p) => digestBody(p),
  },
  [NotificationKind.LEADER_WEEKLY]: {
    subject: (p) => {
      const parts = [
        p.count('overdueCount') ? `${p.count('overdueCount')} over fristen` : '',
        p.count('dueThisWeekCount') ? `${p.count('dueThisWeekCount')} med frist denne uken` : '',
        p.count('answeredLastWeekCount') ? `${p.count('answeredLastWeekCount')} besvart forrige uke` : '',
      ].filter(Boolean);
      return `Ukens forslag${p.number('weekNumber') ? ` (uke ${p.number('weekNumber')})` : ''}${parts.length ? `: ${parts.join(', ')}` : ''}`;
    },
    body: (p, ctx) => [
      'Her er ukens oversikt over forslagene i enhetene du leder og enhetene under dem.',
      ...weeklySections(p, ctx, {
        overdue: (n) => `Over fristen (${n}):`,
        dueThisWeek: (n) => `Frist denne uken, til og med søndag (${n}):`,
        answeredLastWeek: (n) => `Besvart forrige uke (${n}):`,
        due: (date) => `frist ${date}`,
        answered: (date) => `besvart ${date}`,
        more: (n) => `… og ${n} til. Alle finner du i innboksen.`,
      }),
    ],
  },
};

const en: Record<NotificationKind, Template> = {
  [NotificationKind.RESPONSE_RECEIVED]: {
    subject: (p) => {
      if (p.text('responseKind') === 'WITHDRAWAL') return `The suggestion “${p.title}” was withdrawn`;
      if (p.text('responseKind') === 'MERGE') return `The suggestion “${p.title}” was merged into another`;
      if (p.text('toStatus') && p.text('toStatus') !== p.text('fromStatus')) {
        return `Response to “${p.title}”: ${p.status('toStatus')}`;
      }
      return `New response to the suggestion “${p.title}”`;
    },
    body: (p) => {
      const who = p.text('authorName') || 'Someone';
      const blocks: Block[] = [];
      if (p.text('responseKind') === 'WITHDRAWAL') blocks.push(`${who} withdrew the suggestion “${p.title}”.`);
      else if (p.text('responseKind') === 'MERGE') {
        blocks.push(`${who} merged the suggestion “${p.title}” into “${p.text('targetTitle')}”.`);
      } else blocks.push(`${who} responded to the suggestion “${p.title}”:`);
      if (p.text('message')) blocks.push({ quote: p.text('message') });
      if (p.text('toStatus') && p.text('toStatus') !== p.text('fromStatus')) {
        blocks.push(`The status changed from “${p.status('fromStatus')}” to “${p.status('toStatus')}”.`);
      }
      if (p.text('toStatus') === 'PARKED' && p.date('reviewOn')) {
        blocks.push(
          `The suggestion is parked until ${p.date('reviewOn')}. It will be looked at again then, and you will be told.`,
        );
      }
      return blocks;
    },
  },
  [NotificationKind.DEADLINE_MISSED]: {
    subject: (p) => `Response deadline missed: “${p.title}”`,
    body: (p) => [
      `The suggestion “${p.title}”${p.text('unitName') ? ` in ${p.text('unitName')}` : ''} was due for a response${p.date('dueAt') ? ` by ${p.date('dueAt')}` : ''}.`,
      'Please write to the submitter as soon as possible. Without a response the case is escalated.',
    ],
  },
  [NotificationKind.ESCALATED]: {
    subject: (p) => `Escalated to you: “${p.title}” has no response`,
    body: (p) => [
      `The suggestion “${p.title}”${p.text('unitName') ? ` in ${p.text('unitName')}` : ''} had no response by its deadline${p.date('dueAt') ? ` (${p.date('dueAt')})` : ''} and has been escalated to you.`,
      'Please make sure the submitter gets a response.',
    ],
  },
  [NotificationKind.ESCALATION_NOTICE]: {
    subject: (p) => `Your suggestion “${p.title}” has been escalated`,
    body: (p) => [
      `Your suggestion “${p.title}” had no response by its deadline${p.date('dueAt') ? ` (${p.date('dueAt')})` : ''}.`,
      p.text('escalatedToNames')
        ? `The case has been passed on to ${p.text('escalatedToNames')}.`
        : 'The case has been passed on to the level above.',
    ],
  },
  [NotificationKind.SUGGESTION_SUBMITTED]: {
    subject: (p) => `New suggestion${p.text('unitName') ? ` in ${p.text('unitName')}` : ''}: “${p.title}”`,
    body: (p) => [
      `A new suggestion was submitted${p.text('unitName') ? ` to ${p.text('unitName')}` : ''}: “${p.title}”.`,
      'The submitter is waiting for a response.',
    ],
  },
  [NotificationKind.ASSIGNED]: {
    subject: (p) => `You are responsible for the suggestion “${p.title}”`,
    body: (p) => [
      `${p.text('assignedBy') || 'A leader'} made you responsible for the suggestion “${p.title}”.`,
      'You owe the submitter the next response.',
    ],
  },
  [NotificationKind.MERGED]: {
    subject: (p) => `Your suggestion was merged into “${p.text('targetTitle')}”`,
    body: (p) => [
      `Your suggestion “${p.title}” was merged into “${p.text('targetTitle')}”.`,
      'You now follow that suggestion and will receive its responses.',
    ],
  },
  [NotificationKind.RATE_ANSWER]: {
    subject: (p) => `Did you get an answer you can use? “${p.title}”`,
    body: (p) => [
      `Your suggestion “${p.title}” is closed${p.text('status') ? ` with the status “${p.status('status')}”` : ''}.`,
      'Did you get an answer you can use? Tell us with one click on the suggestion.',
    ],
  },
  [NotificationKind.STORY_PUBLISHED]: {
    subject: (p) => `New success story: “${p.title}”`,
    body: (p) => [`A success story you took part in has been published: “${p.title}”.`],
  },
  [NotificationKind.STORY_ADOPTED]: {
    subject: (p) => `“${p.title}” is now being tried${p.text('unitName') ? ` in ${p.text('unitName')}` : ''}`,
    body: (p) => [
      `${p.text('unitName') || 'A unit'}${p.text('municipalityName') ? ` in ${p.text('municipalityName')}` : ''} wants to try the success story “${p.title}”.`,
      'They may welcome your tips. See where the story is being tried.',
    ],
  },
  [NotificationKind.COMMENT_ADDED]: {
    subject: (p) => `New comment on “${p.title}”`,
    body: (p) => {
      const blocks: Block[] = [`${p.text('authorName') || 'Someone'} commented on the suggestion “${p.title}”:`];
      const comment = p.text('comment') || p.text('body');
      if (comment) blocks.push({ quote: comment });
      return blocks;
    },
  },
  [NotificationKind.SUGGESTION_MOVED]: {
    subject: (p) => `Your suggestion “${p.title}” moved to ${p.text('unitName')}`,
    body: (p) => [
      `The unit ${p.text('fromUnitName')} was closed. Your suggestion “${p.title}” moved to ${p.text('unitName')}, which answers it from now on. Its deadlines and the responses so far stay the same.`,
    ],
  },
  [NotificationKind.DEADLINE_APPROACHING]: {
    subject: (p) => `Reminder: respond to “${p.title}”${p.date('dueAt') ? ` by ${p.date('dueAt')}` : ''}`,
    body: (p) => [
      `The suggestion “${p.title}”${p.text('unitName') ? ` in ${p.text('unitName')}` : ''} is due for a written response${p.date('dueAt') ? ` by ${p.date('dueAt')}` : ''}, and you owe it.`,
      'Write to the submitter before the deadline – a short word on where the case stands is enough. Without a response the case is escalated.',
    ],
  },
  [NotificationKind.REVIEW_DUE]: {
    subject: (p) =>
      p.text('audience') === 'SUBMITTER'
        ? `Your suggestion is being looked at again: “${p.title}”`
        : `Back for review: “${p.title}”`,
    body: (p) =>
      p.text('audience') === 'SUBMITTER'
        ? [
            `Your suggestion “${p.title}” was set to “Not now”${p.date('reviewOn') ? ` until ${p.date('reviewOn')}` : ''}. That date has come, and the suggestion is back under review.`,
            `You will get a written response${p.date('dueAt') ? ` by ${p.date('dueAt')}` : ''}.`,
          ]
        : [
            `The suggestion “${p.title}”${p.text('unitName') ? ` in ${p.text('unitName')}` : ''} was set to “Not now”${p.date('reviewOn') ? ` until ${p.date('reviewOn')}` : ''}. It is now back under review.`,
            `The submitter has been told and is owed a written response${p.date('dueAt') ? ` by ${p.date('dueAt')}` : ''}.`,
          ],
  },
  [NotificationKind.UNIT_DIGEST]: {
    subject: (p) =>
      `You said, we did: ${p.text('unitName')}${p.text('month') ? `, ${monthName(p.text('month'), 'en')}` : ''}`,
    body: (p) => digestBody(p),
  },
  [NotificationKind.LEADER_WEEKLY]: {
    subject: (p) => {
      const parts = [
        p.count('overdueCount') ? `${p.count('overdueCount')} overdue` : '',
        p.count('dueThisWeekCount') ? `${p.count('dueThisWeekCount')} due this week` : '',
        p.count('answeredLastWeekCount') ? `${p.count('answeredLastWeekCount')} answered last week` : '',
      ].filter(Boolean);
      return `This week’s suggestions${p.number('weekNumber') ? ` (week ${p.number('weekNumber')})` : ''}${parts.length ? `: ${parts.join(', ')}` : ''}`;
    },
    body: (p, ctx) => [
      'Here is this week’s overview of the suggestions in the units you lead and the units below them.',
      ...weeklySections(p, ctx, {
        overdue: (n) => `Overdue (${n}):`,
        dueThisWeek: (n) => `Due this week, up to and including Sunday (${n}):`,
        answeredLastWeek: (n) => `Answered last week (${n}):`,
        due: (date) => `due ${date}`,
        answered: (date) => `answered ${date}`,
        more: (n) => `… and ${n} more. You find them all in your inbox.`,
      }),
    ],
  },
};

interface DigestMailItem {
  title: string;
  status: string;
  answer: string;
  gains: DigestGain[];
}

/** «Dere sa – vi gjorde» (UNIT_DIGEST): the month's numbers, its best items with their gains, and thanks. */
function digestBody(p: Payload): Block[] {
  const l = p.locale;
  const unit = p.text('unitName');
  const month = p.text('month') ? monthName(p.text('month'), l) : '';
  const answered = p.number('answeredCount') ?? 0;
  const implemented = p.number('implementedCount') ?? 0;
  const onTime = p.number('firstResponsesOnTime');
  const blocks: Block[] =
    l === 'en'
      ? [
          `This is what came of the suggestions in ${unit} in ${month}: ${answered} answered, ${implemented} implemented.`,
        ]
      : [`Dette kom ut av forslagene i ${unit} i ${month}: ${answered} fikk svar, ${implemented} ble gjennomført.`];
  if (onTime !== null) {
    blocks.push(
      l === 'en'
        ? `${percent(onTime, l)} of the suggestions made that month got their first answer on time.`
        : `${percent(onTime, l)} av forslagene fra måneden fikk første svar i tide.`,
    );
  }
  for (const item of p.list<DigestMailItem>('items')) {
    const lines = [
      `${l === 'en' ? 'You said' : 'Dere sa'}: «${item.title}» (${statusLabel(item.status, l)})`,
      `${l === 'en' ? 'We did' : 'Vi gjorde'}: ${item.answer}`,
      ...(item.gains ?? []).map((g) => `${l === 'en' ? 'Gain' : 'Gevinst'}: ${gainText(g, l)}`),
    ];
    blocks.push(lines.join('\n'));
  }
  const more = p.number('moreItems') ?? 0;
  if (more > 0) {
    blocks.push(l === 'en' ? `… and ${more} more on the page.` : `… og ${more} til på siden.`);
  }
  const thanks = p.list<string>('thanks').filter((n) => typeof n === 'string');
  if (thanks.length) {
    blocks.push(
      l === 'en'
        ? `Thank you, ${nameList(thanks, l)}, for your ideas and help!`
        : `Takk til ${nameList(thanks, l)} for forslag og hjelp!`,
    );
  }
  blocks.push(
    l === 'en'
      ? 'The page has the whole month and an A4 poster for the notice board.'
      : 'På siden finner du hele måneden og en A4-plakat til oppslagstavla.',
  );
  return blocks;
}

const common = {
  nb: {
    greeting: (name: string) => `Hei ${name},`,
    open: 'Åpne forslaget',
    openStory: 'Åpne historien',
    openHub: 'Åpne Idéhub',
    openInbox: 'Åpne innboksen',
    openDigest: 'Se hele måneden',
    footer: 'Du får denne e-posten fordi du har et varsel i Idéhub. Alle varslene dine finner du i Idéhub.',
  },
  en: {
    greeting: (name: string) => `Hi ${name},`,
    open: 'Open the suggestion',
    openStory: 'Open the story',
    openHub: 'Open Idéhub',
    openInbox: 'Open your inbox',
    openDigest: 'See the whole month',
    footer: 'You receive this e-mail because you have a notification in Idéhub. All your notifications are in Idéhub.',
  },
} as const;

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'en' ? 'en' : 'nb';
}

export function renderNotificationMail(input: NotificationMailInput): RenderedMail {
  const locale = mailLocale(input.locale);
  const template = (locale === 'en' ? en : nb)[input.kind];
  const words = common[locale];
  const p = new Payload(input.payload ?? {}, locale);
  const base = input.publicUrl.replace(/\/+$/, '');
  const storyId = input.kind === NotificationKind.STORY_ADOPTED ? p.text('storyId') : '';
  // Notifications about no one suggestion: the weekly leader e-mail links to the inbox; a digest links to its
  // unit's month (the page links on to the poster; a link straight to the PDF would be refused when clicked
  // in a webmail, a cross-site request).
  const inbox = input.kind === NotificationKind.LEADER_WEEKLY;
  const digestUnit = input.kind === NotificationKind.UNIT_DIGEST ? p.text('unitId') : '';
  const link = storyId
    ? `${base}/historier/${encodeURIComponent(storyId)}`
    : digestUnit
      ? `${base}/enheter/${encodeURIComponent(digestUnit)}/resultater?maned=${encodeURIComponent(p.text('month'))}`
      : input.suggestionId
        ? `${base}/forslag/${input.suggestionId}`
        : inbox
          ? `${base}/innboks`
          : `${base}/`;
  const linkLabel = storyId
    ? words.openStory
    : digestUnit
      ? words.openDigest
      : input.suggestionId
        ? words.open
        : inbox
          ? words.openInbox
          : words.openHub;
  const blocks = template.body(p, { base });
  const subject = template.subject(p).replace(/\s+/g, ' ').trim();

  const text = [
    words.greeting(input.recipientName),
    ...blocks.map((b) =>
      typeof b === 'string'
        ? b
        : 'quote' in b
          ? quoteText(b.quote)
          : [b.heading, ...b.items.map((i) => `- ${i.text}\n  ${i.href}`)].join('\n'),
    ),
    `${linkLabel}: ${link}`,
    '-- ',
    words.footer,
  ].join('\n\n');

  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em">
<p>${escapeHtml(words.greeting(input.recipientName))}</p>
${blocks
  .map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b).replace(/\n/g, '<br>')}</p>`
      : 'quote' in b
        ? `<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 4px solid #888">${escapeHtml(b.quote).replace(/\n/g, '<br>')}</blockquote>`
        : `<h2 style="font-size: 1.05em; margin: 1.2em 0 0.4em">${escapeHtml(b.heading)}</h2>\n<ul>${b.items
            .map((i) => `<li><a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a></li>`)
            .join('')}</ul>`,
  )
  .join('\n')}
<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>
<p style="color: #555; font-size: 0.9em">${escapeHtml(words.footer)}</p>
</body>
</html>
`;
  return { subject, text, html };
}

function quoteText(quote: string): string {
  return quote
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
