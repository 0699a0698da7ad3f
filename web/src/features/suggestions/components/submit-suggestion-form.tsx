import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX, TITLE_MIN } from '@idehub/libs/suggestion-rules';
import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { DraftRestored, ProblemAlert } from '@/components/feedback';
import { isRecord, loadDraft, text, useDraft } from '@/lib/drafts';
import { fieldProblem, problemOf, type Problem } from '@/lib/errors';
import { explainedAtFields, serverFieldError } from '@/lib/field-errors';
import { useSubmitSuggestion } from '../api/submit-suggestion';
import '@/i18n/namespaces/cocreation';
import '@/i18n/namespaces/promise';
import '@/i18n/namespaces/suggestion';

export interface UnitOption {
  id: string;
  name: string;
  parentId?: string | null;
}

/** An open focus area (innsatsområde) a suggestion may answer; `unit` null means the whole municipality. */
export interface FocusAreaOption {
  id: string;
  title: string;
  question: string;
  unit?: { id: string } | null;
}

interface Props {
  units: UnitOption[];
  defaultUnitId?: string;
  onSubmitted: (suggestion: { id: string; title: string }) => void;
  /** Open focus areas; the picker offers those put to the chosen unit or a unit above it. */
  focusAreas?: FocusAreaOption[];
  defaultFocusAreaId?: string;
  /** Given for digital agents: the colleagues they may submit on behalf of (with their units, to default to). */
  colleagues?: { id: string; name: string; memberships?: { unit?: { id: string } | null }[] | null }[];
  /** Shows similar suggestions while typing (co-creation), so people support instead of duplicating. */
  renderSimilar?: (draft: { title: string; description: string; unitId: string }) => ReactNode;
  /**
   * The signed-in person: what they write is kept as their draft in this browser until it is sent
   * (web/src/lib/drafts.ts), so it survives an expired session or a look at a similar suggestion.
   */
  draftOwnerId?: string | null;
}

/** What a new suggestion's draft holds. */
export interface SuggestionDraft {
  unitId: string;
  title: string;
  description: string;
  confidential: boolean;
  hideName: boolean;
  focusAreaId: string;
  onBehalfOfId: string;
}

function parseSuggestionDraft(value: unknown): SuggestionDraft | null {
  if (!isRecord(value)) return null;
  return {
    unitId: text(value.unitId),
    title: text(value.title),
    description: text(value.description),
    confidential: value.confidential === true,
    hideName: value.hideName === true,
    focusAreaId: text(value.focusAreaId),
    onBehalfOfId: text(value.onBehalfOfId),
  };
}

/** The unit and every unit above it. */
function selfAndAncestors(unitId: string, units: UnitOption[]): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result = new Set<string>();
  let current: string | null | undefined = unitId;
  while (current && !result.has(current)) {
    result.add(current);
    current = byId.get(current)?.parentId;
  }
  return result;
}

type Field = 'unitId' | 'title' | 'description';

function length(text: string): number {
  return [...text.trim()].length;
}

export function SubmitSuggestionForm({
  units,
  defaultUnitId,
  onSubmitted,
  focusAreas = [],
  defaultFocusAreaId,
  colleagues,
  renderSimilar,
  draftOwnerId,
}: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const [submit, { loading }] = useSubmitSuggestion();
  const [initialDraft] = useState(() => loadDraft(draftOwnerId, 'suggestion', 'new', parseSuggestionDraft));
  const [unitId, setUnitId] = useState(
    (initialDraft?.unitId && units.some((u) => u.id === initialDraft.unitId) ? initialDraft.unitId : '') ||
      defaultUnitId ||
      (units.length === 1 ? units[0].id : ''),
  );
  const [title, setTitle] = useState(initialDraft?.title ?? '');
  const [description, setDescription] = useState(initialDraft?.description ?? '');
  const [confidential, setConfidential] = useState(initialDraft?.confidential ?? false);
  const [hideName, setHideName] = useState(initialDraft?.hideName ?? false);
  const [focusAreaId, setFocusAreaId] = useState(initialDraft?.focusAreaId || defaultFocusAreaId || '');
  const [onBehalfOfId, setOnBehalfOfId] = useState(
    colleagues?.some((p) => p.id === initialDraft?.onBehalfOfId) ? (initialDraft?.onBehalfOfId ?? '') : '',
  );
  const [restored, setRestored] = useState(
    !!(initialDraft && (initialDraft.title.trim() || initialDraft.description.trim())),
  );
  // Kept as soon as there is any text; the unit and ticks alone are not worth a draft.
  const draft = useDraft(
    draftOwnerId,
    'suggestion',
    'new',
    { unitId, title, description, confidential, hideName, focusAreaId, onBehalfOfId } satisfies SuggestionDraft,
    !title.trim() && !description.trim(),
  );
  /** The colleague whose unit was filled in for the agent (the hint says so until the unit is changed). */
  const [unitFromColleague, setUnitFromColleague] = useState<string | null>(null);

  // On behalf of a colleague, the suggestion belongs to the colleague's unit, so that its leaders owe
  // the answer; the agent may still choose another unit.
  function chooseOnBehalfOf(personId: string) {
    setOnBehalfOfId(personId);
    const colleague = colleagues?.find((p) => p.id === personId);
    const unit = colleague?.memberships
      ?.map((m) => m.unit?.id)
      .find((id): id is string => !!id && units.some((u) => u.id === id));
    if (colleague && unit) {
      setUnitId(unit);
      setUnitFromColleague(colleague.name);
    } else {
      if (!personId) setUnitId(defaultUnitId ?? (units.length === 1 ? units[0].id : ''));
      setUnitFromColleague(null);
    }
  }
  function discardDraft() {
    draft.clear();
    setRestored(false);
    setUnitId(defaultUnitId || (units.length === 1 ? units[0].id : ''));
    setTitle('');
    setDescription('');
    setConfidential(false);
    setHideName(false);
    setFocusAreaId(defaultFocusAreaId ?? '');
    setOnBehalfOfId('');
    setUnitFromColleague(null);
  }
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  // The guard runs while typing, so nobody has to learn of the rule from a refusal.
  const titleIds = findNationalIdentityNumbers(title);
  const descriptionIds = findNationalIdentityNumbers(description);
  const guardWarning = (found: unknown[]) =>
    found.length > 0 ? t('suggestion:submit.patientIdentifierWarning') : undefined;

  // A focus area is put to a unit and the units below it (or to the whole municipality).
  const covering = unitId ? selfAndAncestors(unitId, units) : new Set<string>();
  const availableAreas = focusAreas.filter((a) => !a.unit || covering.has(a.unit.id));
  const chosenArea = availableAreas.find((a) => a.id === focusAreaId);

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
          input: {
            unitId,
            title: title.trim(),
            description: description.trim(),
            confidential,
            hideName,
            ...(chosenArea ? { focusAreaId: chosenArea.id } : {}),
            ...(colleagues && onBehalfOfId ? { onBehalfOfId } : {}),
          },
        },
      });
      const created = result.data?.submitSuggestion;
      if (created) draft.clear();
      if (created) onSubmitted({ id: created.id, title: created.title });
    } catch (error) {
      const p = problemOf(error);
      setProblem(p);
      const field = p?.fields.find((f) => ['unitId', 'title', 'description'].includes(f.field))?.field;
      if (field) (form.elements.namedItem(field) as HTMLElement | null)?.focus();
    }
  }

  // A field marked wrong shows its error only while it is still wrong: it goes as soon as the field is valid.
  const stillWrong = validate();
  const errorFor = (field: Field) =>
    (clientErrors[field] ? stillWrong[field] : undefined) ?? serverFieldError(t, problem, field);

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-describedby="submit-privacy">
      {problem && !explainedAtFields(problem, ['unitId', 'title', 'description']) ? (
        <ProblemAlert problem={problem} draftKept={!!draftOwnerId} />
      ) : null}
      {restored ? <DraftRestored onDiscard={discardDraft} /> : null}
      <p id="submit-privacy" className="notice">
        {t('suggestion:submit.privacyNotice')}
      </p>
      {colleagues ? (
        <FieldShell
          label={t('cocreation:submit.onBehalfOf')}
          hint={t('cocreation:submit.onBehalfOfHint')}
          error={fieldProblem(problem, 'onBehalfOfId') ? t('cocreation:submit.onBehalfOfError') : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="onBehalfOfId"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={onBehalfOfId}
              onChange={(e) => chooseOnBehalfOf(e.target.value)}
            >
              <option value="">{t('cocreation:submit.myself')}</option>
              {colleagues.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      <FieldShell
        label={t('suggestion:submit.unit')}
        required
        hint={unitFromColleague ? t('promise:submit.unitFollowsColleague', { name: unitFromColleague }) : undefined}
        error={errorFor('unitId')}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="unitId"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
            value={unitId}
            onChange={(e) => {
              setUnitId(e.target.value);
              setUnitFromColleague(null);
            }}
          >
            <option value="">{t('suggestion:submit.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell
        label={t('suggestion:submit.title')}
        required
        hint={t('suggestion:submit.titleHint', { min: TITLE_MIN, max: TITLE_MAX })}
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
        label={t('suggestion:submit.description')}
        required
        hint={t('suggestion:submit.descriptionHint', { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX })}
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
      {renderSimilar ? renderSimilar({ title, description, unitId }) : null}
      {availableAreas.length ? (
        <FieldShell
          label={t('cocreation:submit.focusArea')}
          hint={
            chosenArea
              ? t('cocreation:submit.focusAreaQuestion', { question: chosenArea.question })
              : t('cocreation:submit.focusAreaHint')
          }
          error={fieldProblem(problem, 'focusAreaId') ? t('cocreation:submit.focusAreaError') : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="focusAreaId"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={chosenArea?.id ?? ''}
              onChange={(e) => setFocusAreaId(e.target.value)}
            >
              <option value="">{t('cocreation:submit.noFocusArea')}</option>
              {availableAreas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      <fieldset className="checkboxes">
        <legend>{t('suggestion:submit.visibility')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            name="confidential"
            checked={confidential}
            aria-describedby={`${formId}-confidential`}
            onChange={(e) => setConfidential(e.target.checked)}
          />
          {t('suggestion:submit.confidential')}
        </label>
        <p id={`${formId}-confidential`} className="field__hint checkbox__hint">
          {t('cocreation:submit.confidentialExplained')}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            name="hideName"
            checked={hideName}
            aria-describedby={`${formId}-hide-name`}
            onChange={(e) => setHideName(e.target.checked)}
          />
          {t('suggestion:submit.hideName')}
        </label>
        <p id={`${formId}-hide-name`} className="field__hint checkbox__hint">
          {t('cocreation:submit.hideNameExplained')}
        </p>
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('suggestion:submit.sending') : t('suggestion:submit.send')}
        </button>
      </div>
    </form>
  );
}
