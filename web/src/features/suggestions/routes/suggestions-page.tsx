import { type FormEvent, useId } from 'react';
import { isSuggestionStatus, SUGGESTION_STATUSES } from '@idehub/libs/workflow';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useFormat } from '@/i18n/format';
import { PAGE_SIZE, useSuggestions } from '../api/suggestions';
import { useUnits } from '../api/units';
import { SuggestionList } from '../components/suggestion-list';

export function SuggestionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const search = params.get('q') ?? '';
  const unitId = params.get('enhet') ?? '';
  const status = params.get('status') ?? '';
  const filter = {
    ...(search ? { search } : {}),
    ...(unitId ? { unitId } : {}),
    ...(isSuggestionStatus(status) ? { status: [status] } : {}),
  };
  const { data, dataState, loading, error, refetch, fetchMore } = useSuggestions(filter);
  const units = useUnits();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'enhet', 'status']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  }

  const connection = dataState === 'complete' ? data.suggestions : undefined;
  const items = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Page
      title={t('suggestions.title')}
      actions={
        <Link className="button" to="/forslag/ny">
          {t('nav.newSuggestion')}
        </Link>
      }
    >
      <form
        role="search"
        aria-label={t('suggestions.searchLabel')}
        className="filters"
        onSubmit={onSubmit}
        key={params.toString()}
      >
        <div className="field">
          <label htmlFor={`${id}-q`} className="field__label">
            {t('suggestions.search')}
          </label>
          <input id={`${id}-q`} name="q" type="search" defaultValue={search} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`} className="field__label">
            {t('suggestions.unit')}
          </label>
          <select id={`${id}-unit`} name="enhet" defaultValue={unitId}>
            <option value="">{t('suggestions.allUnits')}</option>
            {(units.data?.units ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`} className="field__label">
            {t('suggestions.status')}
          </label>
          <select id={`${id}-status`} name="status" defaultValue={status}>
            <option value="">{t('suggestions.allStatuses')}</option>
            {SUGGESTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('suggestions.searchButton')}
          </button>
        </div>
      </form>

      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <Loading /> : null}
      {connection ? (
        <>
          <p role="status" className="count">
            {/* Totals over a thousand are not counted exactly: «av over 1 000». */}
            {t(connection.totalCountIsExact ? 'suggestions.showing' : 'suggestions.showingOver', {
              shown: format.number(items.length),
              total: format.number(connection.totalCount),
              count: connection.totalCount,
            })}
          </p>
          {items.length === 0 ? <EmptyState>{t('suggestions.empty')}</EmptyState> : <SuggestionList items={items} />}
          {connection.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: PAGE_SIZE } })}
            >
              {loading ? t('common.loading') : t('suggestions.showMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
