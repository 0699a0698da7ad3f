import { type FormEvent, lazy, Suspense, useId } from 'react';
import { GAIN_CATEGORIES } from '@idehub/libs/suggestion-rules';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import type { GainsDashboardFilter } from '@/gql/graphql';
import { useFormat } from '@/i18n/format';
import { useGainsDashboard } from '../api/gains-dashboard';
import { useStoryMunicipalities } from '../api/story-municipalities';
import { ChartFigure, type CountGroup, countsByGroup, GainTotalsTable } from '../components/gains-charts';
import '../stories.css';
import '@/i18n/namespaces/stories';

const GainCountChart = lazy(() => import('../components/gain-count-chart'));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day typed in the form as the start of that day in the reader's time zone (Europe/Oslo for the hub). */
function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

/** The day after, so «to 31 March» includes that day (the API's `to` is exclusive). */
function startOfNextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + 1).toISOString();
}

/** «2026-03» as «mars 2026» / «Mar 2026». */
function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** `/gevinster`: documented gains of published stories by category, municipality and month, and the CSV export. */
export function GainsPage() {
  const { t, i18n } = useTranslation('stories');
  const format = useFormat();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const municipalityId = params.get('kommune') ?? '';
  const from = DATE.test(params.get('fra') ?? '') ? params.get('fra')! : '';
  const to = DATE.test(params.get('til') ?? '') ? params.get('til')! : '';
  const filter: GainsDashboardFilter = {
    ...(municipalityId ? { municipalityId } : {}),
    ...(from ? { from: startOfDay(from) } : {}),
    ...(to ? { to: startOfNextDay(to) } : {}),
  };
  const { data, loading, error, refetch } = useGainsDashboard(filter);
  const municipalities = useStoryMunicipalities();
  const csv = new URLSearchParams(
    Object.entries({ municipalityId: filter.municipalityId, from: filter.from, to: filter.to }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  ).toString();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['kommune', 'fra', 'til']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  }

  const dashboard = data?.gainsDashboard;
  /** What a chart shows, in one sentence for screen readers: each bar and its number of gains. */
  const summary = (title: string, groups: CountGroup[]) =>
    t('dashboard.chartSummary', {
      title,
      bars: format.list(
        groups.map((g) => {
          const count = Object.values(g.counts).reduce((n, c) => n + c, 0);
          return t('dashboard.chartBar', { label: g.label, count, formatted: format.number(count) });
        }),
      ),
    });
  const chart = (title: string, groups: CountGroup[], layout: 'horizontal' | 'vertical' = 'horizontal') => (
    <Suspense fallback={<Loading />}>
      <GainCountChart groups={groups} layout={layout} summary={summary(title, groups)} />
    </Suspense>
  );
  const months = dashboard ? [...dashboard.byMonth].sort((a, b) => a.month.localeCompare(b.month)) : [];
  const categoryGroups = dashboard
    ? GAIN_CATEGORIES.map((c) => ({
        key: c,
        label: t(`gainCategory.${c}`),
        counts: Object.fromEntries(
          GAIN_CATEGORIES.map((x) => [
            x,
            x === c ? dashboard.byCategory.filter((r) => r.category === c).reduce((n, r) => n + r.count, 0) : 0,
          ]),
        ) as Record<(typeof GAIN_CATEGORIES)[number], number>,
      }))
    : [];

  return (
    <Page title={t('dashboard.title')} lead={t('dashboard.lead')}>
      <form
        role="search"
        aria-label={t('dashboard.filterLabel')}
        className="story-filters story-filters--dashboard"
        onSubmit={onSubmit}
        key={params.toString()}
      >
        <div className="field">
          <label htmlFor={`${id}-m`} className="field__label">
            {t('list.municipality')}
          </label>
          <select id={`${id}-m`} name="kommune" defaultValue={municipalityId}>
            <option value="">{t('list.allMunicipalities')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`} className="field__label">
            {t('dashboard.from')}
          </label>
          <input id={`${id}-from`} name="fra" type="date" defaultValue={from} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`} className="field__label">
            {t('dashboard.to')}
          </label>
          <input id={`${id}-to`} name="til" type="date" defaultValue={to} />
        </div>
        <div className="story-filters__actions button-row">
          <button type="submit" className="button">
            {t('dashboard.show')}
          </button>
        </div>
      </form>

      <p>
        <a className="button button--secondary" href={`/api/stories.csv${csv ? `?${csv}` : ''}`} download>
          <span aria-hidden="true">⇩ </span>
          {t('dashboard.csv')}
        </a>
      </p>

      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !dashboard ? <Loading /> : null}
      {dashboard ? (
        <>
          <ul className="stat-grid" aria-label={t('dashboard.totals')}>
            <li className="stat">
              <span className="stat__value">{format.number(dashboard.storyCount)}</span>
              <span className="stat__label">{t('dashboard.stories', { count: dashboard.storyCount })}</span>
            </li>
            <li className="stat">
              <span className="stat__value">{format.number(dashboard.gainCount)}</span>
              <span className="stat__label">{t('dashboard.gains', { count: dashboard.gainCount })}</span>
            </li>
            <li className="stat">
              <span className="stat__value">{format.number(dashboard.adoptionCount)}</span>
              <span className="stat__label">{t('dashboard.adoptions', { count: dashboard.adoptionCount })}</span>
            </li>
          </ul>
          {dashboard.gainCount === 0 ? (
            <p className="empty">{t('dashboard.noGains')}</p>
          ) : (
            <>
              <ChartFigure
                title={t('dashboard.byCategory')}
                description={t('dashboard.byCategoryDescription')}
                chart={chart(t('dashboard.byCategory'), categoryGroups, 'vertical')}
                table={<GainTotalsTable caption={t('dashboard.byCategoryTable')} rows={dashboard.byCategory} />}
              />
              <ChartFigure
                title={t('dashboard.byMunicipality')}
                description={t('dashboard.byMunicipalityDescription')}
                chart={chart(
                  t('dashboard.byMunicipality'),
                  countsByGroup(dashboard.byMunicipality, (r) => ({
                    key: r.municipality.id,
                    label: r.municipality.name,
                  })),
                )}
                table={
                  <GainTotalsTable
                    caption={t('dashboard.byMunicipalityTable')}
                    rows={dashboard.byMunicipality}
                    groupHeader={t('dashboard.municipality')}
                    groupOf={(r) => r.municipality.name}
                  />
                }
              />
              <ChartFigure
                title={t('dashboard.byMonth')}
                description={t('dashboard.byMonthDescription')}
                chart={chart(
                  t('dashboard.byMonth'),
                  countsByGroup(months, (r) => ({ key: r.month, label: monthLabel(r.month, i18n.language) })),
                )}
                table={
                  <GainTotalsTable
                    caption={t('dashboard.byMonthTable')}
                    rows={months}
                    groupHeader={t('dashboard.month')}
                    groupOf={(r) => monthLabel(r.month, i18n.language)}
                  />
                }
              />
            </>
          )}
          <p>
            <Link to="/historier">{t('dashboard.toStories')}</Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
