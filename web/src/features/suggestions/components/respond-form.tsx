import { type FormEvent, useState } from 'react';
import {
  allowedTargets,
  canPostProgressUpdate,
  findNationalIdentityNumbers,
  MIN_RESPONSE_MESSAGE_LENGTH,
  type SuggestionStatusName,
} from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { SuccessMessage } from '@/components/feedback';
import { PROBLEM_MESSAGE_KEYS, problemOf, type Problem } from '@/lib/errors';
import { explainedAtFields, serverFieldError } from '@/lib/field-errors';
import { useRespondToSuggestion } from '../api/respond-to-suggestion';

interface Props {
  suggestion: { id: string; status: SuggestionStatusName; version?: number | null };
  onConflict?: () => void;
}

const NO_CHANGE = '';

/** A leader's written answer, optionally with a status change the shared table allows. */
export function RespondForm({ suggestion, onConflict }: Props) {
  const { t } = useTranslation();
  const [respond, { loading }] = useRespondToSuggestion();
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<string>(NO_CHANGE);
  const [messageError, setMessageError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);

  if (!canPostProgressUpdate(suggestion.status)) return null;
  // Only the transitions the one table allows a responder to make by responding.
  const targets = allowedTargets(suggestion.status, 'RESPONDER', 'RESPOND');
  const length = [...message.trim()].length;
  const identifiers = findNationalIdentityNumbers(message);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setSent(false);
    const error =
      length < MIN_RESPONSE_MESSAGE_LENGTH
        ? t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH })
        : identifiers.length
          ? t('fieldErrors.patientIdentifier')
          : undefined;
    setMessageError(error);
    if (error) {
      (form.elements.namedItem('message') as HTMLElement | null)?.focus();
      return;
    }
    try {
      await respond({
        variables: {
          input: {
            suggestionId: suggestion.id,
            message: message.trim(),
            ...(status ? { status: status as SuggestionStatusName } : {}),
            ...(suggestion.version != null ? { expectedVersion: suggestion.version } : {}),
          },
        },
      });
      setMessage('');
      setStatus(NO_CHANGE);
      setSent(true);
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      if (p?.code === 'CONFLICT') onConflict?.();
    }
  }

  const serverMessageError =
    serverFieldError(t, problem, 'message') ??
    (problem?.code === 'RESPONSE_REQUIRED'
      ? t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH })
      : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="stack card" aria-labelledby="respond-heading">
      <h2 id="respond-heading">{t('respond.heading')}</h2>
      {sent ? <SuccessMessage>{t('respond.sent')}</SuccessMessage> : null}
      {problem && problem.code !== 'RESPONSE_REQUIRED' && !explainedAtFields(problem, ['message']) ? (
        <div role="alert" className="alert alert--error">
          <p>{t(PROBLEM_MESSAGE_KEYS[problem.code])}</p>
        </div>
      ) : null}
      <FieldShell
        label={t('respond.message')}
        required
        hint={t('respond.messageHint', { min: MIN_RESPONSE_MESSAGE_LENGTH, count: length })}
        warning={identifiers.length ? t('submit.patientIdentifierWarning') : undefined}
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
            onChange={(e) => setMessage(e.target.value)}
          />
        )}
      </FieldShell>
      <fieldset className="radios">
        <legend>{t('respond.statusLegend')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="status"
            value={NO_CHANGE}
            checked={status === NO_CHANGE}
            onChange={() => setStatus(NO_CHANGE)}
          />
          {t('respond.noStatusChange', { status: t(`status.${suggestion.status}`) })}
        </label>
        {targets.map((target) => (
          <label className="radio" key={target}>
            <input
              type="radio"
              name="status"
              value={target}
              checked={status === target}
              onChange={() => setStatus(target)}
            />
            {t('respond.changeTo', { status: t(`status.${target}`) })}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('respond.sending') : t('respond.send')}
        </button>
      </div>
    </form>
  );
}
