import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import { problemOf } from '@/lib/errors';
import { useRequestPasswordReset } from '../api/request-password-reset';
import '@/i18n/namespaces/passwordlinks';

/** «Glemt passord?» on /logg-inn: asks for a link by e-mail. The answer never says whether the address exists. */
export function ForgotPassword() {
  const { t } = useTranslation('passwordlinks');
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useRequestPasswordReset();
  const regionId = useId();
  const problem = problemOf(error);
  const serverFieldError = problem?.fields.some((f) => f.field === 'email') ? t('forgot.invalidEmail') : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setFieldError(t('forgot.invalidEmail'));
      return;
    }
    setFieldError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="button button--link"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('forgot.toggle')}
        </button>
      </div>
      {open ? (
        <form id={regionId} onSubmit={onSubmit} noValidate className="card stack" aria-label={t('forgot.title')}>
          <p>{t('forgot.lead')}</p>
          {sent ? <SuccessMessage>{t('forgot.sent')}</SuccessMessage> : null}
          {problem && !serverFieldError ? <ErrorMessage error={error} /> : null}
          <FieldShell label={t('forgot.email')} required error={fieldError ?? serverFieldError}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="email"
                name="reset-email"
                autoComplete="username"
                inputMode="email"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                aria-required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </FieldShell>
          <div>
            <button type="submit" className="button button--secondary" disabled={loading}>
              {t('forgot.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
