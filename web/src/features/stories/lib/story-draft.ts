import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { GAIN_CATEGORIES, type GainCategory, TITLE_MAX, TITLE_MIN } from '@idehub/libs/suggestion-rules';
import {
  GAIN_DESCRIPTION_MAX,
  GAIN_DESCRIPTION_MIN,
  GAIN_UNIT_MAX,
  GAIN_VALUE_MAX,
  STORY_GAINS_MAX,
  STORY_SUMMARY_MAX,
  STORY_SUMMARY_MIN,
  STORY_TECHNOLOGY_MAX_ITEMS,
  STORY_TECHNOLOGY_NAME_MAX,
  STORY_TECHNOLOGY_NAME_MIN,
  STORY_TEXT_MAX,
} from '@idehub/libs/story-rules';
import type { TFunction } from 'i18next';
import type { CreateSuccessStoryInput, GainInput, StoryDetailFragment } from '@/gql/graphql';
import { parseGainNumber } from './gain-format';
import '@/i18n/namespaces/stories';

/** A gain as the form holds it: the number is text until it is sent. */
export interface GainDraft {
  /** Stable React key (gains can be removed from the middle). */
  key: string;
  category: GainCategory | '';
  description: string;
  value: string;
  unit: string;
}

export interface StoryDraft {
  title: string;
  summary: string;
  problem: string;
  solution: string;
  /** Comma-separated, as typed. */
  technology: string;
  lessons: string;
  trainingTips: string;
  contactPersonId: string;
  suggestionIds: string[];
  gains: GainDraft[];
}

export const LONG_TEXT_FIELDS = ['problem', 'solution', 'lessons', 'trainingTips'] as const;
export type LongTextField = (typeof LONG_TEXT_FIELDS)[number];

/** Field paths as the API names them: `title`, `technology`, `gains.0.value`, … */
export type StoryErrors = Record<string, string>;

let gainKeySeed = 0;
export function newGainKey(): string {
  gainKeySeed += 1;
  return `gain-${gainKeySeed}`;
}

export function emptyGain(): GainDraft {
  return { key: newGainKey(), category: '', description: '', value: '', unit: '' };
}

export function emptyDraft(suggestionIds: string[] = []): StoryDraft {
  return {
    title: '',
    summary: '',
    problem: '',
    solution: '',
    technology: '',
    lessons: '',
    trainingTips: '',
    contactPersonId: '',
    suggestionIds,
    gains: [emptyGain()],
  };
}

/** The form's state for an existing story. Numbers are written back in the reader's decimal style. */
export function draftFromStory(story: StoryDetailFragment, language: string): StoryDraft {
  const decimal = language === 'en' ? '.' : ',';
  return {
    title: story.title,
    summary: story.summary,
    problem: story.problem ?? '',
    solution: story.solution ?? '',
    technology: story.technology.join(', '),
    lessons: story.lessons ?? '',
    trainingTips: story.trainingTips ?? '',
    contactPersonId: story.contactPerson.id === story.author.id ? '' : story.contactPerson.id,
    suggestionIds: story.suggestions.map((s) => s.id),
    gains: story.gains.map((g) => ({
      key: newGainKey(),
      category: g.category,
      description: g.description,
      value: g.value === null || g.value === undefined ? '' : String(g.value).replace('.', decimal),
      unit: g.unit ?? '',
    })),
  };
}

const chars = (text: string) => [...text.trim()].length;

export function technologyNames(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** A gain the author has not started on (all blank) is left out rather than refused. */
export function isBlankGain(gain: GainDraft): boolean {
  return !gain.category && !gain.description.trim() && !gain.value.trim() && !gain.unit.trim();
}

/** Every field of the draft that holds what looks like a national identity number. */
export function identifierFields(draft: StoryDraft): Set<string> {
  const found = new Set<string>();
  const check = (path: string, text: string) => {
    if (findNationalIdentityNumbers(text).length) found.add(path);
  };
  check('title', draft.title);
  check('summary', draft.summary);
  for (const field of LONG_TEXT_FIELDS) check(field, draft[field]);
  check('technology', draft.technology);
  draft.gains.forEach((g, i) => {
    check(`gains.${i}.description`, g.description);
    check(`gains.${i}.unit`, g.unit);
  });
  return found;
}

/** The same limits the API checks (libs/story-rules), as sentences next to each field. */
export function validateDraft(draft: StoryDraft, t: TFunction): StoryErrors {
  const errors: StoryErrors = {};
  if (chars(draft.title) < TITLE_MIN || chars(draft.title) > TITLE_MAX) {
    errors.title = t('stories:fieldErrors.title', { min: TITLE_MIN, max: TITLE_MAX });
  }
  if (chars(draft.summary) < STORY_SUMMARY_MIN || chars(draft.summary) > STORY_SUMMARY_MAX) {
    errors.summary = t('stories:fieldErrors.summary', { min: STORY_SUMMARY_MIN, max: STORY_SUMMARY_MAX });
  }
  for (const field of LONG_TEXT_FIELDS) {
    if (chars(draft[field]) > STORY_TEXT_MAX)
      errors[field] = t('stories:fieldErrors.longText', { max: STORY_TEXT_MAX });
  }
  const names = technologyNames(draft.technology);
  if (names.length > STORY_TECHNOLOGY_MAX_ITEMS) {
    errors.technology = t('stories:fieldErrors.technologyCount', { max: STORY_TECHNOLOGY_MAX_ITEMS });
  } else if (names.some((n) => chars(n) < STORY_TECHNOLOGY_NAME_MIN || chars(n) > STORY_TECHNOLOGY_NAME_MAX)) {
    errors.technology = t('stories:fieldErrors.technologyName', {
      min: STORY_TECHNOLOGY_NAME_MIN,
      max: STORY_TECHNOLOGY_NAME_MAX,
    });
  }
  const gains = draft.gains.filter((g) => !isBlankGain(g));
  if (gains.length > STORY_GAINS_MAX) errors.gains = t('stories:fieldErrors.gainCount', { max: STORY_GAINS_MAX });
  draft.gains.forEach((gain, i) => {
    if (isBlankGain(gain)) return;
    if (!gain.category || !(GAIN_CATEGORIES as readonly string[]).includes(gain.category)) {
      errors[`gains.${i}.category`] = t('stories:fieldErrors.gainCategory');
    }
    if (chars(gain.description) < GAIN_DESCRIPTION_MIN || chars(gain.description) > GAIN_DESCRIPTION_MAX) {
      errors[`gains.${i}.description`] = t('stories:fieldErrors.gainDescription', {
        min: GAIN_DESCRIPTION_MIN,
        max: GAIN_DESCRIPTION_MAX,
      });
    }
    const hasValue = gain.value.trim() !== '';
    const hasUnit = gain.unit.trim() !== '';
    if (hasValue) {
      const value = parseGainNumber(gain.value);
      if (value === null) errors[`gains.${i}.value`] = t('stories:fieldErrors.gainValue');
      else if (value > GAIN_VALUE_MAX) errors[`gains.${i}.value`] = t('stories:fieldErrors.gainValueMax');
      if (!hasUnit) errors[`gains.${i}.unit`] = t('stories:fieldErrors.gainUnitMissing');
    } else if (hasUnit) {
      errors[`gains.${i}.value`] = t('stories:fieldErrors.gainValueMissing');
    }
    if (chars(gain.unit) > GAIN_UNIT_MAX)
      errors[`gains.${i}.unit`] = t('stories:fieldErrors.gainUnit', { max: GAIN_UNIT_MAX });
  });
  for (const path of identifierFields(draft)) errors[path] = t('translation:fieldErrors.patientIdentifier');
  return errors;
}

/** The order errors are met in the form, so focus goes to the first one. */
export function errorOrder(draft: StoryDraft): string[] {
  return [
    'title',
    'summary',
    'problem',
    'solution',
    'technology',
    'lessons',
    'trainingTips',
    'contactPersonId',
    'suggestionIds',
    'gains',
    ...draft.gains.flatMap((_, i) => ['category', 'description', 'value', 'unit'].map((f) => `gains.${i}.${f}`)),
  ];
}

function gainInputs(draft: StoryDraft): GainInput[] {
  return draft.gains
    .filter((g) => !isBlankGain(g))
    .map((g) => {
      const value = parseGainNumber(g.value);
      return {
        category: g.category as GainCategory,
        description: g.description.trim(),
        ...(value === null ? {} : { value, unit: g.unit.trim() }),
      };
    });
}

/**
 * What the API gets. Gains left blank are not sent, so their indexes in the API's field errors can
 * differ from the form's: `formGainIndex` maps them back.
 */
export function draftToInput(draft: StoryDraft): CreateSuccessStoryInput {
  const text = (value: string) => value.trim() || null;
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    problem: text(draft.problem),
    solution: text(draft.solution),
    technology: technologyNames(draft.technology),
    lessons: text(draft.lessons),
    trainingTips: text(draft.trainingTips),
    contactPersonId: draft.contactPersonId || null,
    suggestionIds: draft.suggestionIds,
    gains: gainInputs(draft),
  };
}

/** The form's index of the n-th gain that was sent. */
export function formGainIndex(draft: StoryDraft, sentIndex: number): number {
  let seen = -1;
  for (let i = 0; i < draft.gains.length; i++) {
    if (isBlankGain(draft.gains[i])) continue;
    seen += 1;
    if (seen === sentIndex) return i;
  }
  return sentIndex;
}

const GAIN_CATEGORY_SET = new Set<string>(GAIN_CATEGORIES);

/**
 * A story draft as kept in this browser (web/src/lib/drafts.ts), for the story it edits at the
 * version it was based on (`null` for a new story); anything that does not fit is dropped.
 */
export function parseStoredStoryDraft(value: unknown): { version: number | null; draft: StoryDraft } | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as { version?: unknown; draft?: unknown };
  const d = stored.draft as Record<string, unknown> | null | undefined;
  if (typeof d !== 'object' || d === null) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const gains = Array.isArray(d.gains) ? d.gains : [];
  return {
    version: typeof stored.version === 'number' ? stored.version : null,
    draft: {
      title: str(d.title),
      summary: str(d.summary),
      problem: str(d.problem),
      solution: str(d.solution),
      technology: str(d.technology),
      lessons: str(d.lessons),
      trainingTips: str(d.trainingTips),
      contactPersonId: str(d.contactPersonId),
      suggestionIds: Array.isArray(d.suggestionIds)
        ? d.suggestionIds.filter((x): x is string => typeof x === 'string')
        : [],
      gains: gains
        .filter((g): g is Record<string, unknown> => typeof g === 'object' && g !== null)
        .map((g) => ({
          key: newGainKey(),
          category: GAIN_CATEGORY_SET.has(str(g.category)) ? (str(g.category) as GainCategory) : '',
          description: str(g.description),
          value: str(g.value),
          unit: str(g.unit),
        })),
    },
  };
}

/** Whether the draft holds nothing worth keeping (a new, untouched form). */
export function isEmptyStoryDraft(draft: StoryDraft): boolean {
  return (
    !draft.title.trim() &&
    !draft.summary.trim() &&
    LONG_TEXT_FIELDS.every((f) => !draft[f].trim()) &&
    !draft.technology.trim() &&
    draft.gains.every(isBlankGain)
  );
}
