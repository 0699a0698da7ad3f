import {
  GAIN_DESCRIPTION_MAX,
  GAIN_DESCRIPTION_MIN,
  GAIN_UNIT_MAX,
  STORY_SUMMARY_MAX,
  STORY_SUMMARY_MIN,
  STORY_TECHNOLOGY_NAME_MAX,
  STORY_TECHNOLOGY_NAME_MIN,
  STORY_TEXT_MAX,
} from '@idehub/libs/story-rules';
import { TITLE_MAX, TITLE_MIN } from '@idehub/libs/suggestion-rules';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { problemOf, type Problem } from '@/lib/errors';
import { formGainIndex, type StoryDraft, type StoryErrors } from './story-draft';
import '@/i18n/namespaces/stories';

/**
 * The field paths of a refusal as the API sends them (`input.gains.1.value`), unlike the shared
 * `problemOf`, which keeps only the last segment: the editor must know which gain is meant.
 */
function fieldPaths(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const raw = (e.extensions as Record<string, unknown> | undefined)?.fields;
    if (!Array.isArray(raw)) return [];
    return raw
      .map((f) => (f && typeof f === 'object' ? (f as { field?: unknown }).field : undefined))
      .filter((f): f is string => typeof f === 'string')
      .map((f) => f.replace(/^input\./, ''));
  });
}

function sentence(t: TFunction, code: Problem['code'], field: string): string {
  if (code === 'PATIENT_IDENTIFIER') return t('translation:fieldErrors.patientIdentifier');
  switch (field) {
    case 'title':
      return t('stories:fieldErrors.title', { min: TITLE_MIN, max: TITLE_MAX });
    case 'summary':
      return t('stories:fieldErrors.summary', { min: STORY_SUMMARY_MIN, max: STORY_SUMMARY_MAX });
    case 'problem':
    case 'solution':
    case 'lessons':
    case 'trainingTips':
      return t('stories:fieldErrors.longText', { max: STORY_TEXT_MAX });
    case 'technology':
      return t('stories:fieldErrors.technologyName', {
        min: STORY_TECHNOLOGY_NAME_MIN,
        max: STORY_TECHNOLOGY_NAME_MAX,
      });
    case 'contactPersonId':
      return t('stories:fieldErrors.contactPersonId');
    case 'suggestionIds':
      return t('stories:fieldErrors.suggestionIds');
    case 'category':
      return t('stories:fieldErrors.gainCategory');
    case 'description':
      return t('stories:fieldErrors.gainDescription', { min: GAIN_DESCRIPTION_MIN, max: GAIN_DESCRIPTION_MAX });
    case 'value':
      return t('stories:fieldErrors.gainValue');
    case 'unit':
      return t('stories:fieldErrors.gainUnit', { max: GAIN_UNIT_MAX });
    default:
      return t('translation:fieldErrors.generic');
  }
}

/** A refusal from the API as sentences next to the form's fields, plus what is left for the page. */
export function storyServerErrors(
  error: unknown,
  draft: StoryDraft,
  t: TFunction,
): { problem: Problem | null; errors: StoryErrors } {
  const problem = problemOf(error);
  const errors: StoryErrors = {};
  if (!problem) return { problem, errors };
  for (const raw of fieldPaths(error)) {
    const parts = raw.split('.');
    let path = raw;
    if (parts[0] === 'gains' && parts.length >= 3 && /^\d+$/.test(parts[1])) {
      path = `gains.${formGainIndex(draft, Number(parts[1]))}.${parts.slice(2).join('.')}`;
    } else if (parts.length > 1 && /^\d+$/.test(parts[1])) {
      path = parts[0]; // technology.2, suggestionIds.0: the field as a whole
    }
    const field = path.split('.').pop() ?? path;
    errors[path] ??= sentence(t, problem.code, field);
  }
  return { problem, errors };
}
