import { useTranslation } from 'react-i18next';
import { Page } from './page';

/** A page that exists in the routes but whose feature comes later. */
export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t(titleKey)}>
      <p className="empty">{t('common.comingSoon')}</p>
    </Page>
  );
}
