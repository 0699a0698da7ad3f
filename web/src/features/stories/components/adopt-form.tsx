import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { adoptionDescription, adoptionTitle } from '@idehub/libs/story-rules';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX, TITLE_MIN } from '@idehub/libs/suggestion-rules';
import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { Loading } from '@/components/feedback';
import { fieldProblem, PROBLEM_MESSAGE_KEYS, problemOf, type Problem } from '@/lib/errors';
import { explainedAtFields, serverFieldError } from '@/lib/field-errors';
import { useAdoptionUnits } from '../api/adoption-units';
import { useAdoptSuccessStory } from '../api/adopt-success-story';
import '@/i18n/namespaces/promise';
import '@/i18n/namespaces/stories';

interface Props {
  story: {
    id: string;
    title: string;
    summary: string;
    municipality: { name: string };
    /** Units that already try it: each unit adopts a story once. */
    adoptingUnitIds?: string[];
    adoptions?: { unit: { id: string; name: string } }[];
  };
  /** The units the person belongs to, chosen first. */
  myUnitIds: string[];
  onAdopted: (suggestion: { id: string; title: string }) => void;
}

type Field = 'unitId' | 'title' | 'description';
const chars = (text: string) => [...text.trim()].length;

/**
 * «Vi vil prøve dette»: a suggestion in a unit of my municipality, linked to the story and
 * prefilled from it. It gets the feedback guarantee like any other suggestion.
 */
export function AdoptForm({ story, myUnitIds, onAdopted }: Props) {
  const { t } = useTranslation('stories');
  const { t: tBase } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const units = useAdoptionUnits({ skip: !open });
  const [adopt, { loading }] = useAdoptSuccessStory(story.id);
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState(() => adoptionTitle(story.title));
  const [description, setDescription] = useState(() =>
    adoptionDescription({ title: story.title, summary: story.summary, municipalityName: story.municipality.name }),
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const unitRef = useRef<HTMLSelectElement>(null);

  // The button that opened the form is gone: start the keyboard at the form's first field.
  useEffect(() => {
    if (open) unitRef.current?.focus();
  }, [open]);

  const trying = new Set(story.adoptingUnitIds ?? []);
  // «Dere prøver dette allerede»: my own units that already adopted it.
  const myTryingUnits = myUnitIds.filter((u) => trying.has(u));
  const myTryingNames = [
    ...new Set((story.adoptions ?? []).filter((a) => myTryingUnits.includes(a.unit.id)).map((a) => a.unit.name)),
  ];
  const allMineTrying = myUnitIds.length > 0 && myTryingUnits.length === myUnitIds.length;
  const unitList = [...(units.data?.units ?? [])].sort(
    (a, b) => Number(myUnitIds.includes(b.id)) - Number(myUnitIds.includes(a.id)),
  );
  const chosenUnit = unitId || unitList.find((u) => myUnitIds.includes(u.id) && !trying.has(u.id))?.id || '';
  const identifierWarning = (text: string) =>
    findNationalIdentityNumbers(text).length ? t('translation:submit.patientIdentifierWarning') : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    const next: Partial<Record<Field, string>> = {};
    if (!chosenUnit) next.unitId = t('adopt.chooseUnitError');
    if (chars(title) < TITLE_MIN || chars(title) > TITLE_MAX) next.title = t('translation:fieldErrors.title');
    else if (findNationalIdentityNumbers(title).length) next.title = t('translation:fieldErrors.patientIdentifier');
    if (chars(description) < DESCRIPTION_MIN || chars(description) > DESCRIPTION_MAX)
      next.description = t('translation:fieldErrors.description');
    else if (findNationalIdentityNumbers(description).length)
      next.description = t('translation:fieldErrors.patientIdentifier');
    setErrors(next);
    const first = (['unitId', 'title', 'description'] as Field[]).find((f) => next[f]);
    if (first) {
      (form.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    try {
      const result = await adopt({
        variables: {
          input: { storyId: story.id, unitId: chosenUnit, title: title.trim(), description: description.trim() },
        },
      });
      const created = result.data?.adoptSuccessStory;
      if (created) onAdopted({ id: created.id, title: created.title });
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      const field = p?.fields.find((f) => ['unitId', 'title', 'description'].includes(f.field))?.field;
      if (field) (form.elements.namedItem(field) as HTMLElement | null)?.focus();
    }
  }

  const alreadyTryingError =
    problem && fieldProblem(problem, 'unitId')?.message.includes('already tries')
      ? t('promise:adopt.alreadyTryingAll')
      : undefined;
  const errorFor = (field: Field) =>
    errors[field] ?? (field === 'unitId' ? alreadyTryingError : undefined) ?? serverFieldError(tBase, problem, field);

  return (
    <section className="card adopt" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('adopt.heading')}</h2>
      <p>{t('adopt.explain')}</p>
      {myTryingUnits.length ? (
        <p className="alert alert--info">
          {myTryingNames.length
            ? t('promise:adopt.alreadyTrying', { unit: myTryingNames.join(', ') })
            : t('promise:adopt.alreadyTryingAll')}
        </p>
      ) : null}
      {allMineTrying && !open ? null : !open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('adopt.start')}
        </button>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          {problem && !explainedAtFields(problem, ['unitId', 'title', 'description']) ? (
            <div role="alert" className="alert alert--error">
              <p>{t(`translation:${PROBLEM_MESSAGE_KEYS[problem.code]}`)}</p>
            </div>
          ) : null}
          {units.loading && !units.data ? <Loading /> : null}
          <FieldShell label={t('adopt.unit')} hint={t('adopt.unitHint')} required error={errorFor('unitId')}>
            {({ id: fid, describedBy, invalid }) => (
              <select
                ref={unitRef}
                id={fid}
                name="unitId"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={chosenUnit}
                onChange={(e) => setUnitId(e.target.value)}
              >
                <option value="">{t('adopt.chooseUnit')}</option>
                {unitList.map((u) => (
                  <option key={u.id} value={u.id} disabled={trying.has(u.id)}>
                    {trying.has(u.id) ? t('promise:adopt.unitTrying', { unit: u.name }) : u.name}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <FieldShell
            label={t('adopt.title')}
            required
            hint={t('translation:submit.titleHint', { min: TITLE_MIN, max: TITLE_MAX })}
            warning={identifierWarning(title)}
            error={errorFor('title')}
          >
            {({ id: fid, describedBy, invalid }) => (
              <input
                id={fid}
                name="title"
                type="text"
                maxLength={TITLE_MAX}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </FieldShell>
          <FieldShell
            label={t('adopt.description')}
            required
            hint={t('adopt.descriptionHint')}
            warning={identifierWarning(description)}
            error={errorFor('description')}
          >
            {({ id: fid, describedBy, invalid }) => (
              <textarea
                id={fid}
                name="description"
                rows={6}
                maxLength={DESCRIPTION_MAX}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </FieldShell>
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('adopt.sending') : t('adopt.send')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('translation:common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
