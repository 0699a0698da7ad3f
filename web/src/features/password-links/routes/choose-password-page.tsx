import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'wouter';
import { FieldShell } from '@/components/fields';
import { Page } from '@/components/page';
import { PROBLEM_MESSAGE_KEYS, problemOf } from '@/lib/errors';
import { useSetPasswordWithToken } from '../api/set-password-with-token';
import '@/i18n/namespaces/passwordlinks';

export const MIN_PASSWORD_LENGTH = 12;

type Failure = { kind: 'link' | 'localOff' | 'other'; text: string };

/** /velg-passord?token=…: choose a password from an invitation or «Glemt passord?» link, then signed in. */
export function ChoosePasswordPage() {
  const { t } = useTranslation('passwordlinks');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [setPassword, { loading }] = useSetPasswordWithToken();
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (attempts === 0) return;
    if (failure) summaryRef.current?.focus();
    else if (errors.password || errors.repeat) passwordRef.current?.focus();
  }, [attempts, failure, errors]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found: { password?: string; repeat?: string } = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t('choose.tooShort', { count: MIN_PASSWORD_LENGTH });
    if (repeat !== password) found.repeat = t('choose.mismatch');
    setErrors(found);
    setAttempts((n) => n + 1);
    if (found.password || found.repeat) return;
    try {
      const result = await setPassword({ variables: { token, password } });
      await client.resetStore();
      const isLeader = (result.data?.setPasswordWithToken.person.memberships ?? []).some((m) => m.role === 'LEADER');
      navigate(isLeader ? '/innboks' : '/', { replace: true });
    } catch (error) {
      const problem = problemOf(error);
      const passwordProblem = problem?.fields.find((f) => f.field === 'password');
      if (problem?.fields.some((f) => f.field === 'token')) setFailure({ kind: 'link', text: t('choose.linkDead') });
      else if (passwordProblem)
        setErrors({
          password: /e-mail/.test(passwordProblem.message)
            ? t('choose.notEmail')
            : t('choose.tooShort', { count: MIN_PASSWORD_LENGTH }),
        });
      else if (problem?.code === 'FORBIDDEN') setFailure({ kind: 'localOff', text: t('choose.localLoginOff') });
      else setFailure({ kind: 'other', text: tc(PROBLEM_MESSAGE_KEYS[problem?.code ?? 'UNKNOWN']) });
      setAttempts((n) => n + 1);
    }
  }

  return (
    <div className="narrow">
      <Page title={t('choose.title')} lead={t('choose.lead')}>
        {!token ? (
          <div role="alert" className="alert alert--error">
            <p>{t('choose.noToken')}</p>
            <p>
              <Link to="/logg-inn">{t('choose.toSignIn')}</Link>
            </p>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate className="card stack">
            {failure ? (
              <div role="alert" className="alert alert--error" tabIndex={-1} ref={summaryRef}>
                <p>{failure.text}</p>
                {failure.kind !== 'other' ? (
                  <p>
                    <Link to="/logg-inn">{failure.kind === 'link' ? t('choose.askNew') : t('choose.toSignIn')}</Link>
                  </p>
                ) : null}
              </div>
            ) : null}
            <FieldShell
              label={t('choose.password')}
              hint={t('choose.hint', { count: MIN_PASSWORD_LENGTH })}
              required
              error={errors.password}
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  ref={passwordRef}
                  type="password"
                  name="new-password"
                  autoComplete="new-password"
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  aria-required
                  value={password}
                  onChange={(e) => setPasswordValue(e.target.value)}
                />
              )}
            </FieldShell>
            <FieldShell label={t('choose.repeat')} required error={errors.repeat}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="password"
                  name="repeat-password"
                  autoComplete="new-password"
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  aria-required
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                />
              )}
            </FieldShell>
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('choose.saving') : t('choose.submit')}
            </button>
          </form>
        )}
      </Page>
    </div>
  );
}
