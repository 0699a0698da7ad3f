import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { SuggestionList } from '@/features/suggestions/components/suggestion-list';
import { useFormat } from '@/i18n/format';
import { useInbox } from '../api/inbox';

const COUNTS = ['open', 'overdue', 'dueSoon', 'unanswered'] as const;

export function InboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useInbox();
  const inbox = data?.inbox;

  return (
    <Page title={t('inbox.title')} lead={t('inbox.lead')}>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !inbox ? <Loading /> : null}
      {inbox && inbox.assignedToMe.length ? (
        <section aria-labelledby="inbox-assigned-heading">
          <h2 id="inbox-assigned-heading">{t('promise:inbox.assignedHeading')}</h2>
          <p>{t('promise:inbox.assignedLead')}</p>
          <SuggestionList items={inbox.assignedToMe} headingLevel={3} />
        </section>
      ) : null}
      {/* Someone with only assigned suggestions (e.g. a digital agent) sees just those. */}
      {inbox && (inbox.open > 0 || !inbox.assignedToMe.length) ? (
        <>
          <ul className="stat-grid" aria-label={t('inbox.countsLabel')}>
            {COUNTS.map((key) => (
              <li key={key} className={`stat${key === 'overdue' && inbox.overdue > 0 ? ' stat--alert' : ''}`}>
                <span className="stat__value">{format.number(inbox[key])}</span>
                <span className="stat__label">{t(`inbox.counts.${key}`)}</span>
              </li>
            ))}
          </ul>
          {inbox.suggestions.length === 0 ? (
            <EmptyState>{t('inbox.empty')}</EmptyState>
          ) : (
            <section aria-labelledby="inbox-list-heading">
              <h2 id="inbox-list-heading">{t('inbox.listHeading')}</h2>
              {inbox.open > inbox.suggestions.length ? (
                <p className="count">
                  {t('inbox.showingFirst', {
                    shown: format.number(inbox.suggestions.length),
                    total: format.number(inbox.open),
                  })}
                </p>
              ) : null}
              <SuggestionList items={inbox.suggestions} headingLevel={3} />
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
