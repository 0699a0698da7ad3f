import { type FormEvent, useState } from 'react';
import {
  allowedTargets,
  canPostProgressUpdate,
  PARK_REVIEW_DAYS_MAX,
  PARK_REVIEW_DAYS_MIN,
  MIN_RESPONSE_MESSAGE_LENGTH,
  type SuggestionStatusName,
} from '@idehub/libs/workflow';
import { checkParkReviewDate, defaultParkReviewDate, osloDateOf, parkReviewDateRange } from '@idehub/libs/park-review';
import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { DraftRestored, ProblemAlert } from '@/components/feedback';
import { isRecord, loadDraft, text, useDraft } from '@/lib/drafts';
import { problemOf, type Problem } from '@/lib/errors';
import { explainedAtFields, serverFieldError } from '@/lib/field-errors';
import { useRespondToSuggestion } from '../api/respond-to-suggestion';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/suggestion';

interface Props {
  /** reviewOn: the instant a parked («Ikke nå») suggestion comes back, which the form can move. */
  suggestion: { id: string; status: SuggestionStatusName; version?: number | null; reviewOn?: string | null };
  onConflict?: () => void;
  /** Called with the new answer's id once it is stored (the page moves focus to it). */
  onSent?: (responseId: string | undefined) => void;
  /** The signed-in person: the answer is kept as their draft in this browser until it is sent. */
  draftOwnerId?: string | null;
}

function parseResponseDraft(value: unknown): { message: string; status: string } | null {
  if (!isRecord(value)) return null;
  return { message: text(value.message), status: text(value.status) };
}

const NO_CHANGE = '';

/** A leader's written answer, optionally with a status change the shared table allows. */
export function RespondForm({ suggestion, onConflict, onSent, draftOwnerId }: Props) {
  const { t } = useTranslation();
  const [respond, { loading }] = useRespondToSuggestion();
  const [initialDraft] = useState(() => loadDraft(draftOwnerId, 'response', suggestion.id, parseResponseDraft));
  const [message, setMessage] = useState(initialDraft?.message ?? '');
  const [status, setStatus] = useState<string>(initialDraft?.status ?? NO_CHANGE);
  const draft = useDraft(draftOwnerId, 'response', suggestion.id, { message, status }, !message.trim());
  const [restored, setRestored] = useState(!!initialDraft?.message.trim());
  const [messageError, setMessageError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  // «Ikke nå»: the date to look at it again, suggested three months ahead; a parked suggestion's own date to move.
  const [reviewOn, setReviewOn] = useState(() =>
    suggestion.status === 'PARKED' && suggestion.reviewOn
      ? osloDateOf(new Date(suggestion.reviewOn))
      : defaultParkReviewDate(new Date()),
  );
  const [reviewOnError, setReviewOnError] = useState<string | undefined>();

  if (!canPostProgressUpdate(suggestion.status)) return null;
  // Only the transitions the one table allows a responder to make by responding; a parked suggestion can also have
  // its date moved (status PARKED again, with the new date).
  const parkedNow = suggestion.status === 'PARKED';
  const targets: string[] = [
    ...allowedTargets(suggestion.status, 'RESPONDER', 'RESPOND'),
    ...(parkedNow ? ['PARKED'] : []),
  ];
  // A status kept in a draft that the suggestion's status no longer allows is not offered (nor sent).
  const chosenStatus = targets.includes(status) ? status : NO_CHANGE;
  const length = [...message.trim()].length;
  const identifiers = findNationalIdentityNumbers(message);
  const parking = chosenStatus === 'PARKED';
  const reviewRange = parkReviewDateRange(new Date());
  const serverReviewOnError = serverFieldError(t, problem, 'reviewOn');

  function reviewOnProblem(value: string): string | undefined {
    return checkParkReviewDate(value, new Date()).ok
      ? undefined
      : t('suggestion:respond.reviewOnError', { min: PARK_REVIEW_DAYS_MIN, max: PARK_REVIEW_DAYS_MAX });
  }

  function onReviewOnChange(value: string) {
    setReviewOn(value);
    if (reviewOnError || serverReviewOnError) {
      const stillWrong = reviewOnProblem(value);
      setReviewOnError(stillWrong);
      if (!stillWrong && problem && explainedAtFields(problem, ['reviewOn'])) setProblem(null);
    }
  }

  const serverMessageError =
    serverFieldError(t, problem, 'message') ??
    (problem?.code === 'RESPONSE_REQUIRED'
      ? t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH })
      : undefined);

  function messageProblem(text: string): string | undefined {
    if ([...text.trim()].length < MIN_RESPONSE_MESSAGE_LENGTH)
      return t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH });
    if (findNationalIdentityNumbers(text).length) return t('fieldErrors.patientIdentifier');
    return undefined;
  }

  /** Once a field has been marked wrong, its error goes away as soon as the text is valid. */
  function onMessageChange(text: string) {
    setMessage(text);
    if (messageError || serverMessageError) {
      const stillWrong = messageProblem(text);
      setMessageError(stillWrong);
      if (!stillWrong && problem && (problem.code === 'RESPONSE_REQUIRED' || explainedAtFields(problem, ['message'])))
        setProblem(null);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setSent(false);
    const error = messageProblem(message);
    setMessageError(error);
    const dateError = parking ? reviewOnProblem(reviewOn) : undefined;
    setReviewOnError(dateError);
    if (error || dateError) {
      (form.elements.namedItem(error ? 'message' : 'reviewOn') as HTMLElement | null)?.focus();
      return;
    }
    try {
      const result = await respond({
        variables: {
          input: {
            suggestionId: suggestion.id,
            message: message.trim(),
            ...(chosenStatus ? { status: chosenStatus as SuggestionStatusName } : {}),
            ...(parking ? { reviewOn } : {}),
            ...(suggestion.version != null ? { expectedVersion: suggestion.version } : {}),
          },
        },
      });
      draft.clear();
      setRestored(false);
      setMessage('');
      setStatus(NO_CHANGE);
      setReviewOnError(undefined);
      setSent(true);
      onSent?.(result.data?.respondToSuggestion.responses.at(-1)?.id);
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      if (p?.code === 'CONFLICT') onConflict?.();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack card" aria-labelledby="respond-heading">
      <h2 id="respond-heading">{t('suggestion:respond.heading')}</h2>
      {restored ? (
        <DraftRestored
          onDiscard={() => {
            draft.clear();
            setRestored(false);
            setMessage('');
            setStatus(NO_CHANGE);
            setMessageError(undefined);
          }}
        />
      ) : null}
      {/* Always in the page, so the sentence is announced when it appears even as focus moves to the new answer. */}
      <div role="status" className={sent ? 'alert alert--success' : 'visually-hidden'}>
        {sent ? t('suggestion:respond.sent') : ''}
      </div>
      {problem && problem.code !== 'RESPONSE_REQUIRED' && !explainedAtFields(problem, ['message', 'reviewOn']) ? (
        <ProblemAlert problem={problem} draftKept={!!draftOwnerId} />
      ) : null}
      <FieldShell
        label={t('suggestion:respond.message')}
        required
        hint={t('suggestion:respond.messageHint', { min: MIN_RESPONSE_MESSAGE_LENGTH, count: length })}
        warning={identifiers.length ? t('daily:identifierWarning.answer') : undefined}
        error={messageError ?? serverMessageError}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="message"
            rows={5}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
            value={message}
            onChange={(e) => onMessageChange(e.target.value)}
          />
        )}
      </FieldShell>
      <fieldset className="radios">
        <legend>{t('suggestion:respond.statusLegend')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="status"
            value={NO_CHANGE}
            checked={chosenStatus === NO_CHANGE}
            onChange={() => setStatus(NO_CHANGE)}
          />
          {t('suggestion:respond.noStatusChange', { status: t(`status.${suggestion.status}`) })}
        </label>
        {targets.map((target) => (
          <label className="radio" key={target}>
            <input
              type="radio"
              name="status"
              value={target}
              checked={chosenStatus === target}
              onChange={() => setStatus(target)}
            />
            {target === suggestion.status
              ? t('suggestion:respond.moveReviewOn')
              : t('suggestion:respond.changeTo', { status: t(`status.${target}`) })}
          </label>
        ))}
      </fieldset>
      {parking ? (
        <FieldShell
          label={t('suggestion:respond.reviewOn')}
          required
          hint={t('suggestion:respond.reviewOnHint', { min: PARK_REVIEW_DAYS_MIN, max: PARK_REVIEW_DAYS_MAX })}
          error={reviewOnError ?? serverReviewOnError}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="reviewOn"
              type="date"
              required
              min={reviewRange.min}
              max={reviewRange.max}
              value={reviewOn}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => onReviewOnChange(e.target.value)}
            />
          )}
        </FieldShell>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('suggestion:respond.sending') : t('suggestion:respond.send')}
        </button>
      </div>
    </form>
  );
}
