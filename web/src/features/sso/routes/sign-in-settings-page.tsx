import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { AdminNav } from '@/features/admin/components/admin-nav';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useUnits } from '@/features/suggestions/api/units';
import { usePeopleWaiting } from '../api/people-waiting';
import { useSsoSettings } from '../api/sso-settings';
import { GroupsOverageNotice } from '../components/groups-overage-notice';
import { SignInSettingsForm } from '../components/sign-in-settings-form';
import '../sso.css';
import '@/i18n/namespaces/sso';

/** /admin/innlogging: the municipality's identity provider, and the people waiting to be placed. */
export function SignInSettingsPage() {
  const { t, i18n } = useTranslation('sso');
  const { me, isAdmin } = useViewer();
  const settings = useSsoSettings();
  const units = useUnits();
  const waiting = usePeopleWaiting();

  if (me && !isAdmin) {
    return (
      <Page title={t('page.title')}>
        <p>{t('page.adminsOnly')}</p>
      </Page>
    );
  }

  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  });
  const redirectUri = settings.data?.ssoSettings?.redirectUri ?? `${window.location.origin}/auth/oidc/callback`;
  const overage = settings.data?.ssoSettings?.groupsOverage;

  return (
    <Page title={t('page.title')} lead={t('page.lead')}>
      <AdminNav />
      <ErrorMessage error={settings.error ?? units.error} onRetry={() => void settings.refetch()} />
      {overage ? <GroupsOverageNotice overage={overage} /> : null}
      {(settings.loading && !settings.data) || (units.loading && !units.data) ? <Loading /> : null}
      {settings.data && units.data ? (
        <SignInSettingsForm
          settings={settings.data.ssoSettings ?? null}
          units={units.data.units}
          redirectUri={redirectUri}
        />
      ) : null}
      <p className="field__hint">{t('page.guide')}</p>

      <section aria-labelledby="waiting-heading" className="stack">
        <h2 id="waiting-heading">{t('waiting.heading')}</h2>
        <p>{t('waiting.lead')}</p>
        <ErrorMessage error={waiting.error} onRetry={() => void waiting.refetch()} />
        {waiting.loading && !waiting.data ? <Loading /> : null}
        {waiting.data && waiting.data.peopleWaitingForPlacement.length === 0 ? (
          <EmptyState>{t('waiting.none')}</EmptyState>
        ) : null}
        {waiting.data && waiting.data.peopleWaitingForPlacement.length > 0 ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="waiting-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('waiting.name')}</th>
                  <th scope="col">{t('waiting.email')}</th>
                  <th scope="col">{t('waiting.since')}</th>
                  <th scope="col">{t('waiting.action')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.data.peopleWaitingForPlacement.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{p.email ?? ''}</td>
                    <td>{date.format(new Date(p.lastSignInAt ?? p.createdAt))}</td>
                    <td>
                      <Link to={`/admin/personer?person=${encodeURIComponent(p.id)}`}>
                        {t('waiting.place', { name: p.name })}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
