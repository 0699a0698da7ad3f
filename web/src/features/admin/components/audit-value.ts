import { isSuggestionStatus } from '@idehub/libs/workflow';
import type { TFunction } from 'i18next';
import '@/i18n/namespaces/admin';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STORY_STATUSES = new Set(['DRAFT', 'PUBLISHED']);

/**
 * The words the API records in English as reasons and scopes (`reason`, `kept`, `scope`), by their i18n key: a reader
 * of the log sees them in the page's language.
 */
const RECORDED_WORDS: Record<string, string> = {
  admin: 'admin',
  'owner deactivated': 'ownerDeactivated',
  'unit closed': 'unitClosed',
  'missing from the organisation import': 'missingFromImport',
  anonymised: 'anonymised',
  'last admin of the municipality': 'lastAdmin',
  'the identity provider sent no group list (groups overage)': 'groupsOverage',
  municipality: 'municipality',
  'leader units': 'leaderUnits',
};

/** Internal bookkeeping that says nothing to a reader of the log (kept in «before and after»). */
export const HIDDEN_AUDIT_FIELDS = new Set(['responseId', 'version']);

/** An action code (`suggestion.response`) as an i18n key segment; i18next reads dots as nesting. */
export function actionKey(action: string): string {
  return action.replace(/[^a-zA-Z0-9]/g, '_');
}

/** A recorded value (JSON text) in words: statuses translated, times formatted, lists joined. */
export function describeAuditValue(
  t: TFunction,
  json: string | null | undefined,
  formatDateTime: (value: string) => string,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (json === null || json === undefined) return t('admin:audit.noValue');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  // A membership or a group's mapping: «Leder, Hjemmetjenesten (fra innlogging)», «g-1 → Administrator, hele kommunen».
  const role = (m: AuditRole): string => {
    const where = m.unitId ? one(m.unitId) : t('admin:audit.wholeMunicipality');
    const text = `${t(`roles.${m.role}`, { defaultValue: m.role })}, ${where}`;
    const source =
      typeof m.source === 'string' ? ` (${t(`admin:audit.source.${m.source}`, { defaultValue: m.source })})` : '';
    return `${typeof m.group === 'string' ? `${m.group} → ` : ''}${text}${source}`;
  };
  const one = (v: unknown): string => {
    if (v === null || v === undefined) return t('admin:audit.noValue');
    if (typeof v === 'boolean') return t(v ? 'admin:audit.yes' : 'admin:audit.no');
    if (typeof v === 'string') {
      if (isSuggestionStatus(v)) return t(`status.${v}`);
      if (STORY_STATUSES.has(v)) return t(`admin:audit.storyStatus.${v}`);
      if (Object.hasOwn(RECORDED_WORDS, v)) return t(`admin:audit.recorded.${RECORDED_WORDS[v]}`);
      // People, units and suggestions by name (the API names those of this municipality).
      if (ID.test(v)) return names.get(v.toLowerCase()) ?? t('admin:audit.unknownReference');
      if (ISO_TIME.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(v);
      return v;
    }
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.length ? v.map(one).join(', ') : t('admin:audit.emptyList');
    if (typeof v === 'object') {
      const named = (v as { name?: unknown }).name;
      if (typeof named === 'string') return named;
      if (isRole(v)) return role(v);
      return JSON.stringify(v);
    }
    return String(v);
  };
  return one(value);
}

interface AuditRole {
  role: string;
  unitId?: string | null;
  source?: unknown;
  group?: unknown;
}

const isRole = (v: object): v is AuditRole => typeof (v as { role?: unknown }).role === 'string' && 'unitId' in v;

/** The recorded state as indented JSON for «before and after»; the raw text when it is not JSON. */
export function prettyJson(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
