import { MIN_RESPONSE_MESSAGE_LENGTH } from '@idehub/libs/workflow';
import type { TFunction } from 'i18next';
import { fieldProblem, type Problem } from './errors';

/**
 * The sentence to show next to `field` for a server answer, in the user's language.
 * The API explains field problems in English; the web says the same per field and code.
 */
export function serverFieldError(t: TFunction, problem: Problem | null, field: string): string | undefined {
  if (!problem) return undefined;
  const match = fieldProblem(problem, field);
  if (!match) return undefined;
  if (problem.code === 'PATIENT_IDENTIFIER') return t('fieldErrors.patientIdentifier');
  if (problem.code === 'RESPONSE_REQUIRED' || field === 'message') {
    return t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH });
  }
  return t(`fieldErrors.${field}`, { defaultValue: t('fieldErrors.generic') });
}

/** True when the problem was explained next to one of the given fields (no page-level alert needed). */
export function explainedAtFields(problem: Problem | null, fields: string[]): boolean {
  return Boolean(problem?.fields.some((f) => fields.includes(f.field)));
}
