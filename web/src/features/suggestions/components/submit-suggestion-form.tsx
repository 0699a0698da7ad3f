import { type FormEvent, useState } from 'react';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  findNationalIdentityNumbers,
  TITLE_MAX,
  TITLE_MIN,
} from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { PROBLEM_MESSAGE_KEYS, problemOf, type Problem } from '@/lib/errors';
import { explainedAtFields, serverFieldError } from '@/lib/field-errors';
import { useSubmitSuggestion } from '../api/submit-suggestion';

export interface UnitOption {
  id: string;
  name: string;
}

interface Props {
  units: UnitOption[];
  defaultUnitId?: string;
  onSubmitted: (suggestion: { id: string; title: string }) => void;
}

type Field = 'unitId' | 'title' | 'description';

function length(text: string): number {
  return [...text.trim()].length;
}

export function SubmitSuggestionForm({ units, defaultUnitId, onSubmitted }: Props) {
  const { t } = useTranslation();
  const [submit, { loading }] = useSubmitSuggestion();
  const [unitId, setUnitId] = useState(defaultUnitId ?? (units.length === 1 ? units[0].id : ''));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [hideName, setHideName] = useState(false);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  // The guard runs while typing, so nobody has to learn of the rule from a refusal.
  const titleIds = findNationalIdentityNumbers(title);
  const descriptionIds = findNationalIdentityNumbers(description);
  const guardWarning = (found: unknown[]) => (found.length > 0 ? t('submit.patientIdentifierWarning') : undefined);

  function validate(): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    if (!unitId) errors.unitId = t('fieldErrors.unitId');
    if (length(title) < TITLE_MIN || length(title) > TITLE_MAX) errors.title = t('fieldErrors.title');
    else if (titleIds.length) errors.title = t('fieldErrors.patientIdentifier');
    if (length(description) < DESCRIPTION_MIN || length(description) > DESCRIPTION_MAX)
      errors.description = t('fieldErrors.description');
    else if (descriptionIds.length) errors.description = t('fieldErrors.patientIdentifier');
    return errors;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    const errors = validate();
    setClientErrors(errors);
    const firstInvalid = (['unitId', 'title', 'description'] as Field[]).find((f) => errors[f]);
    if (firstInvalid) {
      (form.elements.namedItem(firstInvalid) as HTMLElement | null)?.focus();
      return;
    }
    try {
      const result = await submit({
        variables: {
          input: { unitId, title: title.trim(), description: description.trim(), confidential, hideName },
        },
      });
      const created = result.data?.submitSuggestion;
      if (created) onSubmitted({ id: created.id, title: created.title });
    } catch (error) {
      const p = problemOf(error);
      setProblem(p);
      const field = p?.fields.find((f) => ['unitId', 'title', 'description'].includes(f.field))?.field;
      if (field) (form.elements.namedItem(field) as HTMLElement | null)?.focus();
    }
  }

  const errorFor = (field: Field) => clientErrors[field] ?? serverFieldError(t, problem, field);

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-describedby="submit-privacy">
      {problem && !explainedAtFields(problem, ['unitId', 'title', 'description']) ? (
        <div role="alert" className="alert alert--error">
          <p>{t(PROBLEM_MESSAGE_KEYS[problem.code])}</p>
        </div>
      ) : null}
      <p id="submit-privacy" className="notice">
        
        {t('submit.privacyNotice')}
      </p>
      <FieldShell label={t('submit.unit')} required error={errorFor('unitId')}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="unitId"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
          >
            <option value="">{t('submit.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell
        label={t('submit.title')}
        required
        hint={t('submit.titleHint', { min: TITLE_MIN, max: TITLE_MAX })}
        warning={guardWarning(titleIds)}
        error={errorFor('title')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="title"
            type="text"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FieldShell>
      <FieldShell
        label={t('submit.description')}
        required
        hint={t('submit.descriptionHint', { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX })}
        warning={guardWarning(descriptionIds)}
        error={errorFor('description')}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="description"
            rows={8}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FieldShell>
      <fieldset className="checkboxes">
        <legend>{t('submit.visibility')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            name="confidential"
            checked={confidential}
            onChange={(e) => setConfidential(e.target.checked)}
          />
          {t('submit.confidential')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="hideName" checked={hideName} onChange={(e) => setHideName(e.target.checked)} />
          {t('submit.hideName')}
        </label>
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('submit.sending') : t('submit.send')}
        </button>
      </div>
    </form>
  );
}
