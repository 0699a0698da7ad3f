import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { SuggestionList } from '@/features/suggestions/components/suggestion-list';
import { useFormat } from '@/i18n/format';
import { problemOf } from '@/lib/errors';
import { useInbox } from '../api/inbox';
import {
  filtersFromParams,
  filtersToParams,
  type InboxFilters,
  type InboxToggle,
  isFiltering,
  NO_FILTERS,
  toInboxFilterInput,
  unitChoices,
} from '../lib/inbox-filters';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/inbox';
import '@/i18n/namespaces/promise';

const COUNTS = ['open', 'overdue', 'dueSoon', 'unanswered'] as const;
const TOGGLES: InboxToggle[] = ['overdue', 'dueThisWeek', 'assignedToMe', 'confidential'];

export function InboxPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('daily');
  const { t: ti } = useTranslation('inbox');
  const format = useFormat();
  const id = useId();
  const [params, setParams] = useSearchParams();
  // The address is the truth (reload, shared link, back); the local copy answers a click at once,
  // since the router may apply the new address a moment later (a transition).
  const paramsKey = params.toString();
  const [filters, setLocalFilters] = useState<InboxFilters>(() => filtersFromParams(params));
  useEffect(() => setLocalFilters(filtersFromParams(new URLSearchParams(paramsKey))), [paramsKey]);
  const filtering = isFiltering(filters);
  const { data, previousData, loading, error, refetch, showMore } = useInbox(toInboxFilterInput(filters));
  const listRef = useRef<HTMLDivElement>(null);
  // While new filters load, the last answer stays on screen (marked busy), so the form keeps its focus.
  const inbox = (data ?? previousData)?.inbox;
  const stale = !data && Boolean(previousData);
  const unknownUnit = Boolean(filters.unitId) && problemOf(error)?.fields.some((f) => f.field === 'unitId');

  function setFilters(next: InboxFilters) {
    setLocalFilters(next);
    setParams(filtersToParams(next, params), { replace: true });
  }

  // After «Vis flere», focus the first of the new ones, so keyboard and screen-reader users go on from there.
  const focusAt = useRef<number | null>(null);
  const shownCount = inbox?.suggestions.length ?? 0;
  useEffect(() => {
    if (focusAt.current === null || shownCount <= focusAt.current) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.suggestion-card__title a')[focusAt.current]?.focus();
    focusAt.current = null;
  }, [shownCount]);

  function onShowMore(after: string) {
    focusAt.current = shownCount;
    showMore(after).catch(() => {
      focusAt.current = null;
    });
  }

  return (
    <Page title={t('inbox:title')} lead={t('inbox:lead')}>
      {unknownUnit ? (
        <div role="alert" className="alert alert--error">
          <p>{ti('unknownUnit')}</p>
          <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
            {td('inbox.clear')}
          </button>
        </div>
      ) : error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : null}
      {loading && !inbox && !error ? <Loading /> : null}
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
          <ul className="stat-grid" aria-label={t('inbox:countsLabel')}>
            {COUNTS.map((key) => (
              <li key={key} className={`stat${key === 'overdue' && inbox.overdue > 0 ? ' stat--alert' : ''}`}>
                <span className="stat__value">{format.number(inbox[key])}</span>
                <span className="stat__label">{t(`inbox:counts.${key}`)}</span>
              </li>
            ))}
          </ul>
          {inbox.open === 0 ? (
            <EmptyState>{t('inbox:empty')}</EmptyState>
          ) : (
            <section aria-labelledby="inbox-list-heading" aria-busy={stale || loading}>
              <h2 id="inbox-list-heading">{t('inbox:listHeading')}</h2>
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
                    onChange={(e) => setFilters({ ...filters, unitId: e.target.value })}
                  >
                    <option value="">{td('inbox.allUnits')}</option>
                    {unitChoices(inbox.units).map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.withBelow ? ti('unitWithBelow', { name: u.name }) : u.name}
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
                        onChange={(e) => setFilters({ ...filters, [key]: e.target.checked })}
                      />
                      {td(`inbox.${key}`)}
                    </label>
                  ))}
                </fieldset>
                <p className="field__hint">{ti('hint')}</p>
                {filtering ? (
                  <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
                    {td('inbox.clear')}
                  </button>
                ) : null}
              </form>
              <p className="count" role="status">
                {stale
                  ? t('common.loading')
                  : filtering
                    ? ti('matching', {
                        shown: format.number(inbox.suggestions.length),
                        total: format.number(inbox.totalCount),
                        count: inbox.totalCount,
                      })
                    : inbox.totalCount > inbox.suggestions.length
                      ? t('inbox:showingFirst', {
                          shown: format.number(inbox.suggestions.length),
                          total: format.number(inbox.totalCount),
                        })
                      : null}
              </p>
              <div ref={listRef}>
                {inbox.suggestions.length ? (
                  <SuggestionList items={inbox.suggestions} headingLevel={3} />
                ) : (
                  <EmptyState>{td('inbox.noMatch')}</EmptyState>
                )}
              </div>
              {inbox.pageInfo.hasNextPage && inbox.pageInfo.endCursor && !stale ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={loading}
                  onClick={() => onShowMore(inbox.pageInfo.endCursor!)}
                >
                  {loading ? t('common.loading') : ti('showMore')}
                </button>
              ) : null}
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
