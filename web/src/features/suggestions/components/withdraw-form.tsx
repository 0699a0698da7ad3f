import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/feedback';
import { useWithdrawSuggestion } from '../api/withdraw-suggestion';
import '@/i18n/namespaces/suggestion';

/** The submitter takes back their own suggestion (a disclosure, so it is not pressed by accident). */
export function WithdrawForm({ suggestionId }: { suggestionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [withdraw, { loading, error }] = useWithdrawSuggestion();
  const [reason, setReason] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await withdraw({ variables: { input: { suggestionId, reason: reason.trim() || null } } });
    } catch {
      // shown through `error`
    }
  }

  return (
    <details className="card">
      <summary>{t('suggestion:withdraw.summary')}</summary>
      <form onSubmit={onSubmit} className="stack">
        <p>{t('suggestion:withdraw.explain')}</p>
        <ErrorMessage error={error} />
        <div className="field">
          <label htmlFor={`${id}-r`} className="field__label">
            {t('suggestion:withdraw.reason')}
          </label>
          <textarea id={`${id}-r`} name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div>
          <button type="submit" className="button button--secondary" disabled={loading}>
            {t('suggestion:withdraw.confirm')}
          </button>
        </div>
      </form>
    </details>
  );
}
