import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import '@/i18n/namespaces/orgadmin';

/**
 * «Mine data» (GDPR art. 15 and 20): everyone downloads what is stored about them; leaders and
 * admins also the suggestions they answer for. Plain links: the browser sends the session cookie
 * and marks the request same-origin, which the API requires for these audited downloads.
 */
export function MyDataPage() {
  const { t } = useTranslation('orgadmin');
  const { isLeader } = useViewer();
  return (
    <Page title={t('myData.title')} lead={t('myData.lead')}>
      <p>
        <a className="button" href="/api/me/export" download>
          {t('myData.download')}
        </a>
      </p>
      {isLeader ? (
        <section aria-labelledby="my-data-suggestions" className="card stack">
          <h2 id="my-data-suggestions">{t('myData.suggestions')}</h2>
          <p>{t('myData.suggestionsLead')}</p>
          <p>
            <a className="button button--secondary" href="/api/suggestions.csv" download>
              {t('myData.csv')}
            </a>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
