import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FieldShell } from '@/components/fields';
import { Page } from '@/components/page';
import { currentLanguage, hasStoredLanguage, isLanguage, setLanguage } from '@/i18n/i18n';
import { PROBLEM_MESSAGE_KEYS, problemOf } from '@/lib/errors';
import { useNavigationState } from '@/lib/navigation-state';
import { useDemoAccounts } from '../api/demo-accounts';
import { useLogin } from '../api/login';
import { useSetMyLocale } from '../api/set-my-locale';
import { DemoAccounts } from '../components/demo-accounts';
import { SsoSignInButtons, SsoSignInError } from '@/features/sso/components/sso-sign-in';
import { ForgotPassword } from '@/features/password-links/components/forgot-password';
import '@/i18n/namespaces/sso';

export function LoginPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [login, { loading }] = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [setMyLocale] = useSetMyLocale();
  const demo = useDemoAccounts();
  const passwordRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [failureCount, setFailureCount] = useState(0);

  // After a failed attempt, focus goes to the error summary so it is read out and the
  // keyboard user starts from it (WCAG 3.3.1); each new failure moves focus there again.
  useEffect(() => {
    if (failureCount > 0) failureRef.current?.focus();
  }, [failureCount]);

  const from = useNavigationState<{ from: string }>()?.from;

  /**
   * A language chosen in this browser wins and is stored on the person; without one, the web
   * takes the language the person chose before (on another device, say).
   */
  async function syncLanguage(personLocale: string | undefined) {
    if (hasStoredLanguage()) {
      if (personLocale !== currentLanguage()) {
        await setMyLocale({ variables: { locale: currentLanguage() } }).catch(() => undefined);
      }
    } else if (isLanguage(personLocale) && personLocale !== currentLanguage()) {
      await setLanguage(personLocale);
    }
  }

  function onPickDemoAccount(demoEmail: string) {
    setEmail(demoEmail);
    setFailure(null);
    passwordRef.current?.focus();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await login({ variables: { email: email.trim(), password } });
      await syncLanguage(result.data?.login.person.locale);
      await client.resetStore();
      // Leaders start their day in the inbox; a deep link the person came from wins.
      const isLeader = (result.data?.login.person.memberships ?? []).some((m) => m.role === 'LEADER');
      navigate(from && from !== '/logg-inn' ? from : isLeader ? '/innboks' : '/', { replace: true });
    } catch (error) {
      const problem = problemOf(error);
      setFailure(
        problem?.code === 'UNAUTHENTICATED' || problem?.code === 'BAD_USER_INPUT'
          ? t('auth.failed')
          : problem?.code === 'FORBIDDEN'
            ? t('sso:signIn.localLoginOff')
            : t(PROBLEM_MESSAGE_KEYS[problem?.code ?? 'UNKNOWN']),
      );
      setFailureCount((n) => n + 1);
    }
  }

  return (
    <div className="narrow">
      <Page title={t('auth.title')} lead={t('auth.lead')}>
        <SsoSignInError />
        <SsoSignInButtons returnTo={from} />
        <form onSubmit={onSubmit} noValidate className="card stack">
          {failure ? (
            <div role="alert" className="alert alert--error" tabIndex={-1} ref={failureRef} id="login-error">
              <p>{failure}</p>
            </div>
          ) : null}
          <FieldShell label={t('auth.email')} required>
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </FieldShell>
          <FieldShell label={t('auth.password')} required>
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                ref={passwordRef}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FieldShell>
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
        <ForgotPassword />
        <DemoAccounts accounts={demo.data?.demoAccounts ?? []} onPick={onPickDemoAccount} />
      </Page>
    </div>
  );
}
