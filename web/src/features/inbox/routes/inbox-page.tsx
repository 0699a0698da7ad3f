import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useSuggestions } from '@/features/suggestions/api/suggestions';
import { useUnits } from '@/features/suggestions/api/units';
import { SuggestionList } from '@/features/suggestions/components/suggestion-list';
import { useFormat } from '@/i18n/format';
import { inboxCounts, sortForInbox, unitsInMyCare } from '../lib/inbox';

const OPEN = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS'] as const;

export function InboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useViewer();
  const units = useUnits();
  const open = useSuggestions({ status: [...OPEN] }, 100);

  const ready = open.dataState === 'complete' && units.dataState === 'complete';
  const mine = ready ? unitsInMyCare(me?.memberships ?? [], units.data.units) : new Set<string>();
  const items = ready ? sortForInbox(open.data.suggestions.edges.map((e) => e.node).filter((s) => mine.has(s.unit.id))) : [];
  const counts = inboxCounts(items);
  const error = open.error ?? units.error;

  return (
    <Page title={t('inbox.title')} lead={t('inbox.lead')}>
      {error ? <ErrorMessage error={error} onRetry={() => void Promise.all([open.refetch(), units.refetch()])} /> : null}
      {!ready && !error ? <Loading /> : null}
      {ready ? (
        <>
          <ul className="stat-grid" aria-label={t('inbox.countsLabel')}>
            {(
              [
                ['open', counts.open],
                ['overdue', counts.overdue],
                ['dueThisWeek', counts.dueThisWeek],
                ['escalated', counts.escalated],
              ] as const
            ).map(([key, value]) => (
              <li key={key} className="stat">
                <span className="stat__value">{format.number(value)}</span>
                <span className="stat__label">{t(`inbox.counts.${key}`)}</span>
              </li>
            ))}
          </ul>
          {items.length === 0 ? (
            <EmptyState>{t('inbox.empty')}</EmptyState>
          ) : (
            <section aria-labelledby="inbox-list-heading">
              <h2 id="inbox-list-heading">{t('inbox.listHeading')}</h2>
              <SuggestionList items={items} headingLevel={3} />
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
