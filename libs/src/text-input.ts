/**
 * Rules every free-text input follows, in the API and in the web's forms alike: text is
 * trimmed before its length is counted (and stored trimmed), lengths count characters (code
 * points, as PostgreSQL's char_length does), and control characters or broken UTF-16 are refused.
 */

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be accepted at all, whatever its length; null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (CONTROL_CHARACTER.test(value)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode text (a lone surrogate)';
  return null;
}

/** The length of a text as it will be stored: trimmed, in characters (an emoji is one). */
export function textLength(value: string): number {
  return [...value.trim()].length;
}

/** Whether a text has between min and max characters once trimmed. */
export function isTextLengthWithin(value: string, min: number, max: number): boolean {
  const length = textLength(value);
  return length >= min && length <= max;
}
