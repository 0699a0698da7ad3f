import { type FormEvent, useState } from 'react';
import { DEADLINE_DAYS_MAX, DEADLINE_DAYS_MIN } from '@idehub/libs/deadlines';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import { problemOf } from '@/lib/errors';
import { serverFieldError } from '@/lib/field-errors';
import { useUpdateMunicipalitySettings } from '../api/municipality-settings';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/admin';

function validDays(value: string): boolean {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= DEADLINE_DAYS_MIN && n <= DEADLINE_DAYS_MAX;
}

type Key = 'firstResponseDays' | 'updateIntervalDays' | 'escalationGraceDays' | 'reminderDaysBefore';
const KEYS: Key[] = ['firstResponseDays', 'updateIntervalDays', 'escalationGraceDays', 'reminderDaysBefore'];
type DayKind = 'CALENDAR' | 'WORKING';
const DAY_KINDS: DayKind[] = ['CALENDAR', 'WORKING'];

export interface SettingsValues extends Record<Key, number> {
  deadlineDays: DayKind;
}

/**
 * The municipality's deadlines. `readOnly` (leaders): the same numbers shown, not editable, with
 * no «Lagre» that would only end in «Du har ikke tilgang».
 */
export function SettingsForm({ settings, readOnly = false }: { settings: SettingsValues; readOnly?: boolean }) {
  const { t } = useTranslation();
  const { t: td } = useTranslation('daily');
  const [update, { loading, error }] = useUpdateMunicipalitySettings();
  const [values, setValues] = useState<Record<Key, string>>({
    firstResponseDays: String(settings.firstResponseDays),
    updateIntervalDays: String(settings.updateIntervalDays),
    escalationGraceDays: String(settings.escalationGraceDays),
    reminderDaysBefore: String(settings.reminderDaysBefore),
  });
  const [deadlineDays, setDeadlineDays] = useState<DayKind>(settings.deadlineDays);
  const [invalid, setInvalid] = useState<Partial<Record<Key, boolean>>>({});
  const [saved, setSaved] = useState(false);
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (readOnly) return;
    setSaved(false);
    const bad: Partial<Record<Key, boolean>> = {};
    for (const key of KEYS) if (!validDays(values[key])) bad[key] = true;
    setInvalid(bad);
    if (Object.keys(bad).length) return;
    try {
      await update({
        variables: {
          input: {
            ...(Object.fromEntries(KEYS.map((k) => [k, Number(values[k])])) as Record<Key, number>),
            deadlineDays,
          },
        },
      });
      setSaved(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading">{t('admin:deadlines')}</h2>
      <p>{t('admin:deadlinesLead')}</p>
      {readOnly ? (
        <p className="alert alert--info" id="settings-read-only">
          {td('admin.readOnly')}
        </p>
      ) : null}
      {problem && problem.fields.length === 0 ? <ErrorMessage error={error} /> : null}
      {saved ? <SuccessMessage>{t('common.saved')}</SuccessMessage> : null}
      {KEYS.map((key) => (
        <FieldShell
          key={key}
          label={t(`admin:settings.${key}`)}
          hint={
            key === 'reminderDaysBefore'
              ? t('admin:reminderHint', { min: DEADLINE_DAYS_MIN, max: DEADLINE_DAYS_MAX })
              : t('admin:daysHint', { min: DEADLINE_DAYS_MIN, max: DEADLINE_DAYS_MAX })
          }
          error={
            // Marked wrong at «Lagre», and still wrong: the error goes as soon as the number is valid.
            invalid[key] && !validDays(values[key])
              ? t('admin:daysError', { min: DEADLINE_DAYS_MIN, max: DEADLINE_DAYS_MAX })
              : serverFieldError(t, problem, key)
          }
        >
          {({ id, describedBy, invalid: isInvalid }) => (
            <input
              id={id}
              name={key}
              type="number"
              inputMode="numeric"
              min={DEADLINE_DAYS_MIN}
              max={DEADLINE_DAYS_MAX}
              aria-describedby={readOnly ? `${describedBy ?? ''} settings-read-only`.trim() : describedBy}
              aria-invalid={isInvalid || undefined}
              readOnly={readOnly}
              value={values[key]}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            />
          )}
        </FieldShell>
      ))}
      <fieldset
        className="radios"
        aria-describedby={readOnly ? 'deadline-days-hint settings-read-only' : 'deadline-days-hint'}
      >
        <legend>{t('admin:settings.deadlineDays')}</legend>
        <p className="field__hint" id="deadline-days-hint">
          {t('admin:deadlineDaysHint')}
        </p>
        {DAY_KINDS.map((kind) => (
          <label className="radio" key={kind}>
            <input
              type="radio"
              name="deadlineDays"
              value={kind}
              checked={deadlineDays === kind}
              disabled={readOnly}
              onChange={() => setDeadlineDays(kind)}
            />
            {t(`admin:deadlineDays.${kind}`)}
          </label>
        ))}
      </fieldset>
      {readOnly ? null : (
        <div>
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
