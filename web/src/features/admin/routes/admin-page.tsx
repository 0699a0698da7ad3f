import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useMunicipalitySettings } from '../api/municipality-settings';
import { AdminNav } from '../components/admin-nav';
import { AuditLog } from '../components/audit-log';
import { SettingsForm } from '../components/settings-form';
import '@/i18n/namespaces/admin';

export function AdminPage() {
  const { t } = useTranslation();
  const { isAdmin } = useViewer();
  const settings = useMunicipalitySettings();

  return (
    <Page title={t('admin:title')}>
      {isAdmin ? <AdminNav /> : null}
      <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />
      {settings.loading && !settings.data ? <Loading /> : null}
      {settings.data ? <SettingsForm settings={settings.data.municipalitySettings} readOnly={!isAdmin} /> : null}

      {/* The audit log is for admins (the API refuses others). Units and people have their own sections. */}
      {isAdmin ? <AuditLog /> : null}
    </Page>
  );
}
