import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROBLEM_MESSAGE_KEYS, problemOf } from '@/lib/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** An API or network error as a plain sentence in the user's language; never a raw error object. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  if (!problem) return null;
  return (
    <div role="alert" className="alert alert--error">
      <p>{t(PROBLEM_MESSAGE_KEYS[problem.code])}</p>
      {problem.code === 'UNAUTHENTICATED' ? (
        <p>
          <Link to="/logg-inn">{t('auth.signInAgain')}</Link>
        </p>
      ) : null}
      {onRetry && problem.code !== 'UNAUTHENTICATED' ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="alert alert--success">
      {children}
    </div>
  );
}
