import { type FormEvent, useState } from 'react';
import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { PROBLEM_MESSAGE_KEYS, problemOf, type Problem } from '@/lib/errors';
import { useCreateFocusArea } from '../api/create-focus-area';
import {
  FOCUS_AREA_MAX_DAYS,
  FOCUS_AREA_QUESTION_MAX,
  FOCUS_AREA_QUESTION_MIN,
  FOCUS_AREA_TITLE_MAX,
  FOCUS_AREA_TITLE_MIN,
} from '../lib/focus-area-rules';
import '@/i18n/namespaces/cocreation';
import '@/i18n/namespaces/daily';

interface Props {
  /** The units this person may put a focus area to. */
  units: { id: string; name: string }[];
  /** Admins may put one to the whole municipality. */
  wholeMunicipality: boolean;
  onCreated?: (area: { id: string; title: string }) => void;
}

type Field = 'title' | 'question' | 'unitId' | 'opensAt' | 'closesAt';
const FIELDS: Field[] = ['title', 'question', 'unitId', 'opensAt', 'closesAt'];
const DAY = 24 * 60 * 60 * 1000;
const chars = (text: string) => [...text.trim()].length;

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day in the form: opens at its start, closes at its end (local time). */
function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}
function dayEnd(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59);
}

/** Leaders publish a time-boxed question for their units; admins also for the whole municipality. */
export function FocusAreaForm({ units, wholeMunicipality, onCreated }: Props) {
  const { t } = useTranslation('cocreation');
  const [create, { loading }] = useCreateFocusArea();
  const today = localDay(new Date());
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [unitId, setUnitId] = useState(wholeMunicipality ? '' : (units[0]?.id ?? ''));
  const [opensAt, setOpensAt] = useState(today);
  const [closesAt, setClosesAt] = useState(localDay(new Date(Date.now() + 30 * DAY)));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const warning = (text: string) =>
    findNationalIdentityNumbers(text).length ? t('daily:identifierWarning.focusArea') : undefined;

  function validate(): Partial<Record<Field, string>> {
    const next: Partial<Record<Field, string>> = {};
    if (chars(title) < FOCUS_AREA_TITLE_MIN || chars(title) > FOCUS_AREA_TITLE_MAX)
      next.title = t('focusAreas.form.titleError', { min: FOCUS_AREA_TITLE_MIN, max: FOCUS_AREA_TITLE_MAX });
    else if (warning(title)) next.title = t('translation:fieldErrors.patientIdentifier');
    if (chars(question) < FOCUS_AREA_QUESTION_MIN || chars(question) > FOCUS_AREA_QUESTION_MAX)
      next.question = t('focusAreas.form.questionError', {
        min: FOCUS_AREA_QUESTION_MIN,
        max: FOCUS_AREA_QUESTION_MAX,
      });
    else if (warning(question)) next.question = t('translation:fieldErrors.patientIdentifier');
    if (!unitId && !wholeMunicipality) next.unitId = t('focusAreas.form.unitError');
    const opens = opensAt ? dayStart(opensAt) : new Date();
    if (!closesAt) next.closesAt = t('focusAreas.form.closesRequired');
    else {
      const closes = dayEnd(closesAt);
      if (closes.getTime() <= Date.now() || closes.getTime() <= opens.getTime())
        next.closesAt = t('focusAreas.form.closesAfterOpens');
      else if (closes.getTime() - opens.getTime() > FOCUS_AREA_MAX_DAYS * DAY)
        next.closesAt = t('focusAreas.form.closesTooLate', { days: FOCUS_AREA_MAX_DAYS });
    }
    return next;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setCreated(null);
    const next = validate();
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) {
      (form.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    try {
      const result = await create({
        variables: {
          input: {
            title: title.trim(),
            question: question.trim(),
            ...(unitId ? { unitId } : {}),
            // Today means now; a later day opens at its start.
            ...(opensAt && opensAt !== today ? { opensAt: dayStart(opensAt).toISOString() } : {}),
            closesAt: dayEnd(closesAt).toISOString(),
          },
        },
      });
      const area = result.data?.createFocusArea;
      if (area) {
        setCreated(area.title);
        setTitle('');
        setQuestion('');
        onCreated?.({ id: area.id, title: area.title });
      }
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      const serverErrors: Partial<Record<Field, string>> = {};
      for (const f of p?.fields ?? []) {
        if ((FIELDS as string[]).includes(f.field)) {
          serverErrors[f.field as Field] =
            p?.code === 'PATIENT_IDENTIFIER'
              ? t('translation:fieldErrors.patientIdentifier')
              : t(`focusAreas.form.server.${f.field}`);
        }
      }
      setErrors(serverErrors);
      const field = FIELDS.find((f) => serverErrors[f]);
      if (field) (form.elements.namedItem(field) as HTMLElement | null)?.focus();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {problem && !problem.fields.some((f) => (FIELDS as string[]).includes(f.field)) ? (
        <div role="alert" className="alert alert--error">
          <p>{t(`translation:${PROBLEM_MESSAGE_KEYS[problem.code]}`)}</p>
        </div>
      ) : null}
      {created ? (
        <div role="status" className="alert alert--success">
          {t('focusAreas.form.created', { title: created })}
        </div>
      ) : null}
      <FieldShell
        label={t('focusAreas.form.title')}
        hint={t('focusAreas.form.titleHint', { min: FOCUS_AREA_TITLE_MIN, max: FOCUS_AREA_TITLE_MAX })}
        required
        warning={warning(title)}
        error={errors.title}
      >
        {({ id: fid, describedBy, invalid }) => (
          <input
            id={fid}
            name="title"
            type="text"
            maxLength={FOCUS_AREA_TITLE_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FieldShell>
      <FieldShell
        label={t('focusAreas.form.question')}
        hint={t('focusAreas.form.questionHint')}
        required
        warning={warning(question)}
        error={errors.question}
      >
        {({ id: fid, describedBy, invalid }) => (
          <textarea
            id={fid}
            name="question"
            rows={4}
            maxLength={FOCUS_AREA_QUESTION_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
        )}
      </FieldShell>
      <FieldShell label={t('focusAreas.form.unit')} hint={t('focusAreas.form.unitHint')} required error={errors.unitId}>
        {({ id: fid, describedBy, invalid }) => (
          <select
            id={fid}
            name="unitId"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
          >
            {wholeMunicipality ? (
              <option value="">{t('focusAreas.wholeMunicipality')}</option>
            ) : (
              <option value="">{t('focusAreas.form.chooseUnit')}</option>
            )}
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <div className="date-pair">
        <FieldShell label={t('focusAreas.form.opensAt')} hint={t('focusAreas.form.opensAtHint')} error={errors.opensAt}>
          {({ id: fid, describedBy, invalid }) => (
            <input
              id={fid}
              name="opensAt"
              type="date"
              min={today}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={opensAt}
              onChange={(e) => setOpensAt(e.target.value)}
            />
          )}
        </FieldShell>
        <FieldShell
          label={t('focusAreas.form.closesAt')}
          hint={t('focusAreas.form.closesAtHint', { days: FOCUS_AREA_MAX_DAYS })}
          required
          error={errors.closesAt}
        >
          {({ id: fid, describedBy, invalid }) => (
            <input
              id={fid}
              name="closesAt"
              type="date"
              min={today}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={closesAt}
              onChange={(e) => setClosesAt(e.target.value)}
            />
          )}
        </FieldShell>
      </div>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('focusAreas.form.publishing') : t('focusAreas.form.publish')}
        </button>
      </div>
    </form>
  );
}
