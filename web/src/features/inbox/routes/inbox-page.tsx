import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { SuggestionList } from '@/features/suggestions/components/suggestion-list';
import { useFormat } from '@/i18n/format';
import { useInbox } from '../api/inbox';
import { applyInboxFilters, type InboxFilters, NO_FILTERS } from '../lib/inbox-filters';

const COUNTS = ['open', 'overdue', 'dueSoon', 'unanswered'] as const;
const TOGGLES = ['overdue', 'dueThisWeek', 'assignedToMe', 'confidential'] as const;

export function InboxPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('daily');
  const format = useFormat();
  const id = useId();
  const { me } = useViewer();
  const { data, loading, error, refetch } = useInbox();
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const inbox = data?.inbox;

  const units = inbox
    ? [...new Map(inbox.suggestions.map((s) => [s.unit.id, s.unit.name])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1], 'nb'),
      )
    : [];
  const shown = inbox ? applyInboxFilters(inbox.suggestions, filters, { personId: me?.id, now: new Date() }) : [];
  const filtering = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

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
              <form
                className="card inbox-filters"
                aria-label={td('inbox.filtersLegend')}
                onSubmit={(e) => e.preventDefault()}
              >
                <div className="field">
                  <label htmlFor={`${id}-unit`} className="field__label">
                    {td('inbox.unit')}
                  </label>
                  <select
                    id={`${id}-unit`}
                    value={filters.unitId}
                    onChange={(e) => setFilters((f) => ({ ...f, unitId: e.target.value }))}
                  >
                    <option value="">{td('inbox.allUnits')}</option>
                    {units.map(([unitId, name]) => (
                      <option key={unitId} value={unitId}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
                <fieldset className="checkboxes">
                  <legend>{td('inbox.filtersLegend')}</legend>
                  {TOGGLES.map((key) => (
                    <label className="checkbox" key={key}>
                      <input
                        type="checkbox"
                        name={key}
                        checked={filters[key]}
                        onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.checked }))}
                      />
                      {td(`inbox.${key}`)}
                    </label>
                  ))}
                </fieldset>
                {filtering ? (
                  <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
                    {td('inbox.clear')}
                  </button>
                ) : null}
              </form>
              <p className="count" role="status">
                {filtering
                  ? td('inbox.showing', {
                      shown: format.number(shown.length),
                      total: format.number(inbox.suggestions.length),
                    })
                  : null}
                {filtering && inbox.open > inbox.suggestions.length
                  ? ` ${td('inbox.filtersApplyToLoaded', { count: inbox.suggestions.length })}`
                  : null}
              </p>
              {inbox.open > inbox.suggestions.length ? (
                <p className="count">
                  {t('inbox.showingFirst', {
                    shown: format.number(inbox.suggestions.length),
                    total: format.number(inbox.open),
                  })}
                </p>
              ) : null}
              {shown.length ? (
                <SuggestionList items={shown} headingLevel={3} />
              ) : (
                <EmptyState>{td('inbox.noMatch')}</EmptyState>
              )}
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
