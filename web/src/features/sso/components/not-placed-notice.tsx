import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import '@/i18n/namespaces/sso';

/** Shown instead of the suggestion form to a signed-in person an admin has not placed in a unit yet. */
export function NotPlacedNotice() {
  const { t } = useTranslation('sso');
  return (
    <div className="alert alert--info stack" role="status">
      <p>
        <strong>{t('notPlaced.heading')}</strong>
      </p>
      <p>{t('notPlaced.explain')}</p>
      <p>
        <Link to="/forslag">{t('notPlaced.read')}</Link>
      </p>
    </div>
  );
}
