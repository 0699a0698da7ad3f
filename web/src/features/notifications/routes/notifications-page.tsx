import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';

export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notifications.title')}>
      <p className="empty">{t('notifications.unavailable')}</p>
    </Page>
  );
}
