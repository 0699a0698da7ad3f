/**
 * Shared limits and texts for success stories, so the API's validation and the web's forms
 * (and the «Vi vil prøve dette» prefill) cannot drift apart.
 */
import { DESCRIPTION_MAX, TITLE_MAX, type LocalizedLabel } from './suggestion-rules';

/** Length limits in characters. The title uses the suggestion limits (TITLE_MIN..TITLE_MAX). */
export const STORY_SUMMARY_MIN = 10;
export const STORY_SUMMARY_MAX = 1000;
/** Problem, solution, lessons and training tips. */
export const STORY_TEXT_MAX = 5000;
export const STORY_TECHNOLOGY_MAX_ITEMS = 10;
export const STORY_TECHNOLOGY_NAME_MIN = 2;
export const STORY_TECHNOLOGY_NAME_MAX = 60;
export const STORY_GAINS_MAX = 20;
export const STORY_SUGGESTIONS_MAX = 20;
export const GAIN_DESCRIPTION_MIN = 3;
export const GAIN_DESCRIPTION_MAX = 300;
export const GAIN_UNIT_MAX = 40;
/** A gain's number: zero or more (a reduction is described in words, e.g. «færre fall per måned»). */
export const GAIN_VALUE_MAX = 1_000_000_000;

/** Units of measure offered in forms; any other short text is allowed too. */
export const GAIN_UNIT_EXAMPLES = ['timer per uke', 'timer per år', 'kr per år', 'antall', 'prosent'] as const;

export const STORY_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type StoryStatusName = (typeof STORY_STATUSES)[number];

export const STORY_STATUS_LABELS: Readonly<Record<StoryStatusName, LocalizedLabel>> = {
  DRAFT: { nb: 'Utkast', en: 'Draft' },
  PUBLISHED: { nb: 'Publisert', en: 'Published' },
};

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The prefilled title of a suggestion that adopts a story: «Vi vil prøve: <title>», within TITLE_MAX. */
export function adoptionTitle(storyTitle: string): string {
  return clip(`Vi vil prøve: ${storyTitle.trim()}`, TITLE_MAX);
}

/** The prefilled description of a suggestion that adopts a story, built from its summary. */
export function adoptionDescription(story: { title: string; summary: string; municipalityName: string }): string {
  const intro = `Vi vil prøve det ${story.municipalityName} har gjort i «${story.title.trim()}».`;
  const outro = 'Fra suksesshistorien i Idéhub.';
  return clip(`${intro}\n\n${story.summary.trim()}\n\n${outro}`, DESCRIPTION_MAX);
}
