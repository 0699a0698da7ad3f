import { type FormEvent, useState } from 'react';
import { findNationalIdentityNumbers } from '@idehub/libs/patient-identifier';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { DraftRestored, ProblemAlert } from '@/components/feedback';
import { loadDraft, text, useDraft } from '@/lib/drafts';
import { PROBLEM_MESSAGE_KEYS, problemOf, type Problem } from '@/lib/errors';
import { useAddComment } from '../api/add-comment';
import { COMMENT_MAX } from '../lib/comment-rules';
import '@/i18n/namespaces/cocreation';
import '@/i18n/namespaces/daily';

/** A comment on a suggestion; the patient-identifier guard warns while typing and refuses before sending. */
export function CommentForm({
  suggestionId,
  draftOwnerId,
}: {
  suggestionId: string;
  /** The signed-in person: the comment is kept as their draft in this browser until it is sent. */
  draftOwnerId?: string | null;
}) {
  const { t } = useTranslation('cocreation');
  const [addComment, { loading }] = useAddComment(suggestionId);
  const [body, setBody] = useState(() => loadDraft(draftOwnerId, 'comment', suggestionId, text) ?? '');
  const draft = useDraft(draftOwnerId, 'comment', suggestionId, body, !body.trim());
  const [restored, setRestored] = useState(() => !!body.trim());
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);

  const identifiers = findNationalIdentityNumbers(body);
  const length = [...body.trim()].length;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setSent(false);
    const next =
      length === 0
        ? t('comments.empty')
        : length > COMMENT_MAX
          ? t('comments.tooLong', { max: COMMENT_MAX })
          : identifiers.length
            ? t('translation:fieldErrors.patientIdentifier')
            : undefined;
    setError(next);
    if (next) {
      (form.elements.namedItem('body') as HTMLElement | null)?.focus();
      return;
    }
    try {
      await addComment({ variables: { suggestionId, body: body.trim() } });
      draft.clear();
      setRestored(false);
      setBody('');
      setSent(true);
    } catch (e) {
      const p = problemOf(e);
      setProblem(p);
      if (p?.fields.some((f) => f.field === 'body')) {
        setError(
          p.code === 'PATIENT_IDENTIFIER'
            ? t('translation:fieldErrors.patientIdentifier')
            : t('comments.tooLong', { max: COMMENT_MAX }),
        );
        (form.elements.namedItem('body') as HTMLElement | null)?.focus();
      }
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack comment-form">
      {problem && !problem.fields.some((f) => f.field === 'body') ? (
        <ProblemAlert
          problem={problem}
          message={t(`translation:${PROBLEM_MESSAGE_KEYS[problem.code]}`)}
          draftKept={!!draftOwnerId}
        />
      ) : null}
      {restored ? (
        <DraftRestored
          onDiscard={() => {
            draft.clear();
            setRestored(false);
            setBody('');
            setError(undefined);
          }}
        />
      ) : null}
      <FieldShell
        label={t('comments.label')}
        hint={t('comments.hint', { max: COMMENT_MAX })}
        warning={identifiers.length ? t('daily:identifierWarning.comment') : undefined}
        error={error}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="body"
            rows={3}
            maxLength={COMMENT_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              if (sent) setSent(false);
              // A marked error goes as soon as the comment is valid (issue 11).
              if (error) {
                const text = e.target.value;
                const n = [...text.trim()].length;
                if (n > 0 && n <= COMMENT_MAX && findNationalIdentityNumbers(text).length === 0) setError(undefined);
              }
            }}
          />
        )}
      </FieldShell>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={loading}>
          {loading ? t('comments.sending') : t('comments.send')}
        </button>
        <span role="status">{sent ? t('comments.sent') : ''}</span>
      </div>
    </form>
  );
}
