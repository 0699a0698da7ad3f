import { type FormEvent, useId, useState } from 'react';
import { MIN_RESPONSE_MESSAGE_LENGTH } from '@idehub/libs/workflow';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import { problemOf } from '@/lib/errors';
import { serverFieldError } from '@/lib/field-errors';
import { useMergeSuggestion } from '../api/merge-suggestion';
import { useSuggestions } from '../api/suggestions';
import '@/i18n/namespaces/suggestion';

const OPEN = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS'] as const;

/** Leaders merge a duplicate into another open suggestion; the submitter is told where it went. */
export function MergeForm({ suggestionId }: { suggestionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const candidates = useSuggestions({ status: [...OPEN], ...(query ? { search: query } : {}) }, 30);
  const [merge, { loading, error }] = useMergeSuggestion();
  const [targetId, setTargetId] = useState('');
  const [message, setMessage] = useState('');
  const [localErrors, setLocalErrors] = useState<{ targetId?: string; message?: string }>({});

  const options =
    candidates.dataState === 'complete'
      ? candidates.data.suggestions.edges.map((e) => e.node).filter((s) => s.id !== suggestionId)
      : [];
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors = {
      targetId: targetId ? undefined : t('suggestion:merge.chooseTarget'),
      message:
        [...message.trim()].length >= MIN_RESPONSE_MESSAGE_LENGTH
          ? undefined
          : t('fieldErrors.message', { min: MIN_RESPONSE_MESSAGE_LENGTH }),
    };
    setLocalErrors(errors);
    if (errors.targetId || errors.message) return;
    try {
      await merge({ variables: { input: { suggestionId, targetId, message: message.trim() } } });
    } catch {
      // shown below
    }
  }

  return (
    <details className="card">
      <summary>{t('suggestion:merge.summary')}</summary>
      <div className="stack">
        <p>{t('suggestion:merge.explain')}</p>
        <form
          role="search"
          aria-label={t('suggestion:merge.searchLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(search.trim());
          }}
          className="filters"
        >
          <div className="field">
            <label htmlFor={`${id}-s`} className="field__label">
              {t('suggestion:merge.search')}
            </label>
            <input id={`${id}-s`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="filters__actions">
            <button type="submit" className="button button--secondary">
              {t('suggestion:merge.searchButton')}
            </button>
          </div>
        </form>
        <form onSubmit={onSubmit} className="stack" noValidate>
          {problem && problem.fields.length === 0 ? <ErrorMessage error={error} /> : null}
          <FieldShell
            label={t('suggestion:merge.target')}
            required
            error={localErrors.targetId ?? serverFieldError(t, problem, 'targetId')}
          >
            {({ id: fid, describedBy, invalid }) => (
              <select
                id={fid}
                name="targetId"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={targetId}
                onChange={(e) => setTargetId(e.target.value)}
              >
                <option value="">{t('suggestion:merge.chooseTarget')}</option>
                {options.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title} ({s.unit.name})
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <FieldShell
            label={t('suggestion:merge.message')}
            required
            hint={t('suggestion:merge.messageHint', { min: MIN_RESPONSE_MESSAGE_LENGTH })}
            error={localErrors.message ?? serverFieldError(t, problem, 'message')}
          >
            {({ id: fid, describedBy, invalid }) => (
              <textarea
                id={fid}
                name="mergeMessage"
                rows={4}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
              />
            )}
          </FieldShell>
          <div>
            <button type="submit" className="button button--secondary" disabled={loading}>
              {t('suggestion:merge.confirm')}
            </button>
          </div>
        </form>
      </div>
    </details>
  );
}
