import { useTranslation } from 'react-i18next';
import '@/i18n/namespaces/sso';

interface Props {
  /** Sign-ins of the last 30 days whose token left the group list out (their roles from groups were kept). */
  overage: { signIns: number; lastAt?: string | null };
}

/** On /admin/innlogging, when Entra ID has sent tokens without the group list: what happened and how to fix it. */
export function GroupsOverageNotice({ overage }: Props) {
  const { t, i18n } = useTranslation('sso');
  if (overage.signIns === 0 || !overage.lastAt) return null;
  const last = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(overage.lastAt));
  return (
    <div className="alert alert--warning stack" role="status">
      <p>
        <strong>{t('overage.heading')}</strong>
      </p>
      <p>{t('overage.text', { count: overage.signIns, last })}</p>
      <p>{t('overage.fix')}</p>
    </div>
  );
}
