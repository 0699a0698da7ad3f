import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, SuccessMessage } from '@/components/feedback';
import { useFormat } from '@/i18n/format';
import { useSendPasswordLink } from '../api/send-password-link';
import '@/i18n/namespaces/passwordlinks';

/**
 * «Send invitasjon» (a person without a password) or «Send ny lenke» (one who forgot it) in the
 * person editor at /admin/personer: e-mails a one-time link to /velg-passord.
 */
export function PasswordLinkPanel({
  person,
}: {
  person: { id: string; email?: string | null; hasPassword: boolean; active: boolean };
}) {
  const { t } = useTranslation('passwordlinks');
  const [send, { loading, error }] = useSendPasswordLink();
  const [sentUntil, setSentUntil] = useState<string | null>(null);
  const format = useFormat();
  if (!person.active || !person.email) return null;

  async function onSend() {
    setSentUntil(null);
    try {
      const result = await send({ variables: { personId: person.id } });
      setSentUntil(String(result.data?.sendPasswordLink ?? ''));
    } catch {
      // shown through `error`
    }
  }

  return (
    <div className="stack" role="group" aria-labelledby="password-link-heading">
      <h3 id="password-link-heading">{t('panel.title')}</h3>
      <p className="field__hint">{person.hasPassword ? t('panel.leadHasPassword') : t('panel.leadNoPassword')}</p>
      <ErrorMessage error={error} />
      {sentUntil ? (
        <SuccessMessage>{t('panel.sent', { email: person.email, until: format.dateTime(sentUntil) })}</SuccessMessage>
      ) : null}
      <div>
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void onSend()}>
          {person.hasPassword ? t('panel.sendNew') : t('panel.sendInvite')}
        </button>
      </div>
    </div>
  );
}
