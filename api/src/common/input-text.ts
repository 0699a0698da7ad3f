import { textProblem } from '@idehub/libs';
import { badInput, FieldProblem } from './errors';

/** Secrets are taken exactly as typed: never trimmed (but still refused when they hold control characters). */
const UNTRIMMED_FIELDS = new Set(['password', 'currentPassword', 'newPassword']);

/**
 * Every text argument of every GraphQL operation, before validation and before any resolver (GraphQLInputInterceptor):
 * control characters, NUL bytes and lone surrogates are refused as BAD_USER_INPUT (PostgreSQL would otherwise fail on
 * them), and text is trimmed in place, so every length check that follows counts what will be stored
 * («      x      » is one character, not thirteen).
 */
export function checkInputText(args: unknown): void {
  const problems = cleanArgs(args);
  if (problems.length) throw badInput(problems);
}

/** Trims strings in place (objects and arrays) and returns what cannot be accepted. */
export function cleanArgs(value: unknown, path: string[] = []): FieldProblem[] {
  if (Array.isArray(value)) {
    const problems: FieldProblem[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string') {
        const problem = textProblem(item);
        if (problem) problems.push({ field: fieldName([...path, String(i)]), message: problem });
        else value[i] = item.trim();
      } else problems.push(...cleanArgs(item, [...path, String(i)]));
    });
    return problems;
  }
  if (!value || typeof value !== 'object') return [];
  const problems: FieldProblem[] = [];
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(record)) {
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) problems.push({ field: fieldName([...path, key]), message: problem });
      else if (!UNTRIMMED_FIELDS.has(key)) record[key] = item.trim();
    } else if (item && typeof item === 'object' && !(item instanceof Date)) {
      problems.push(...cleanArgs(item, [...path, key]));
    }
  }
  return problems;
}

/** `input.title` is reported as `title`: the field as the form knows it. */
function fieldName(path: string[]): string {
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}
