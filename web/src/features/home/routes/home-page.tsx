import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { LatestNotifications } from '@/features/notifications/components/latest-notifications';
import { useSuggestions } from '@/features/suggestions/api/suggestions';
import { SuggestionList } from '@/features/suggestions/components/suggestion-list';
import '@/i18n/namespaces/digest';

export function HomePage() {
  const { t } = useTranslation();
  const { t: tDigest } = useTranslation('digest');
  const { me } = useViewer();
  // «Dere sa – vi gjorde» of each unit I belong to.
  const myUnits = [
    ...new Map((me?.memberships ?? []).flatMap((m) => (m.unit ? [[m.unit.id, m.unit] as const] : []))).values(),
  ];
  const mine = useSuggestions({ mine: true }, 50);
  const items = mine.dataState === 'complete' ? mine.data.suggestions.edges.map((e) => e.node) : [];

  return (
    <Page
      title={t('home.title', { name: me?.name ?? '' })}
      actions={
        <Link className="button" to="/forslag/ny">
          {t('nav.newSuggestion')}
        </Link>
      }
    >
      <div className="columns">
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t('home.mySuggestions')}</h2>
          {mine.error ? <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} /> : null}
          {mine.loading && mine.dataState !== 'complete' ? <Loading /> : null}
          {mine.dataState === 'complete' ? (
            items.length === 0 ? (
              <EmptyState>
                {t('home.noSuggestions')} <Link to="/forslag/ny">{t('home.submitFirst')}</Link>
              </EmptyState>
            ) : (
              <SuggestionList items={items} headingLevel={3} />
            )
          ) : null}
        </section>
        <LatestNotifications headingId="latest-heading" />
      </div>
      {myUnits.length ? (
        <section aria-labelledby="digest-heading">
          <h2 id="digest-heading">{tDigest('title')}</h2>
          <p>{tDigest('homeLead')}</p>
          <ul>
            {myUnits.map((unit) => (
              <li key={unit.id}>
                <Link to={`/enheter/${unit.id}/resultater`}>{tDigest('homeLink', { unit: unit.name })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
