import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { usePeople } from '@/features/suggestions/api/people';
import { useUnits } from '@/features/suggestions/api/units';
import { useMunicipalitySettings } from '../api/municipality-settings';
import { AdminNav } from '../components/admin-nav';
import { AuditLog } from '../components/audit-log';
import { SettingsForm } from '../components/settings-form';
import { ScrollableTable } from '@/components/scrollable-table';

export function AdminPage() {
  const { t } = useTranslation();
  const { isAdmin } = useViewer();
  const settings = useMunicipalitySettings();
  const people = usePeople();
  const units = useUnits();
  const unitName = new Map((units.data?.units ?? []).map((u) => [u.id, u.name]));

  return (
    <Page title={t('admin.title')}>
      <AdminNav />
      <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />
      {settings.loading && !settings.data ? <Loading /> : null}
      {settings.data ? <SettingsForm settings={settings.data.municipalitySettings} readOnly={!isAdmin} /> : null}

      {/* The audit log is for admins (the API refuses others). */}
      {isAdmin ? <AuditLog /> : null}

      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{t('admin.units')}</h2>
        <ErrorMessage error={units.error} />
        {units.loading && !units.data ? <Loading /> : null}
        {units.data ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="units-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.unitName')}</th>
                  <th scope="col">{t('admin.parentUnit')}</th>
                </tr>
              </thead>
              <tbody>
                {units.data.units.map((u) => (
                  <tr key={u.id}>
                    <td>{u.name}</td>
                    <td>{u.parentId ? (unitName.get(u.parentId) ?? '') : t('admin.topUnit')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('admin.people')}</h2>
        <ErrorMessage error={people.error} />
        {people.loading && !people.data ? <Loading /> : null}
        {people.data ? (
          <ScrollableTable labelledBy="people-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.personName')}</th>
                  <th scope="col">{t('admin.email')}</th>
                  <th scope="col">{t('admin.roles')}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.people.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{p.email ?? ''}</td>
                    <td>
                      {p.memberships
                        .map((m) => `${t(`roles.${m.role}`)} – ${m.unit?.name ?? t('admin.wholeMunicipality')}`)
                        .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        ) : null}
      </section>
    </Page>
  );
}
