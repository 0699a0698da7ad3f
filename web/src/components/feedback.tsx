import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PROBLEM_MESSAGE_KEYS, type Problem, problemOf } from '@/lib/errors';
import { useCurrentAddress } from '@/lib/navigation-state';
import '@/i18n/namespaces/drafts';

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
      {problem.code === 'UNAUTHENTICATED' ? <SignInAgain /> : null}
      {onRetry && problem.code !== 'UNAUTHENTICATED' ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * «Logg inn på nytt», right where a session turned out to have ended: the sign-in page brings the
 * person back to this page (with its search), where the form is filled from the draft kept in this
 * browser (web/src/lib/drafts.ts).
 */
export function SignInAgain({ draftKept = false }: { draftKept?: boolean }) {
  const { t } = useTranslation();
  const here = useCurrentAddress();
  return (
    <>
      {draftKept ? <p>{t('drafts:kept')}</p> : null}
      <p>
        <Link to="/logg-inn" state={{ from: here }}>
          {t('auth.signInAgain')}
        </Link>
      </p>
    </>
  );
}

/**
 * A form's refusal as a sentence (`message`, or the code's own sentence); when the session has ended,
 * with the way to sign in again and, for forms that keep drafts, the news that nothing is lost.
 */
export function ProblemAlert({
  problem,
  message,
  draftKept = false,
}: {
  problem: Problem;
  message?: string;
  draftKept?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const signedOut = problem.code === 'UNAUTHENTICATED';
  // The way to sign in again sits at the top of the form, far from «Send» on a phone: focus goes there.
  useEffect(() => {
    if (signedOut) ref.current?.focus();
  }, [signedOut]);
  return (
    <div role="alert" className="alert alert--error" ref={ref} tabIndex={signedOut ? -1 : undefined}>
      <p>{message ?? t(PROBLEM_MESSAGE_KEYS[problem.code])}</p>
      {signedOut ? <SignInAgain draftKept={draftKept} /> : null}
    </div>
  );
}

/** Said above a form filled from a kept draft, with the way to start afresh. */
export function DraftRestored({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--info draft-restored">
      <p>{t('drafts:restored')}</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        {t('drafts:discard')}
      </button>
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
