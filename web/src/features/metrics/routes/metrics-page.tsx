import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useUnits } from '@/features/suggestions/api/units';
import { useFormat } from '@/i18n/format';
import { inTreeOrder, unitsInMyCare } from '@/lib/units';
import { useFeedbackMetrics } from '../api/feedback-metrics';
import { type MetricsFilter, MetricsFilterForm, type UnitOption } from '../components/metrics-filter-form';
import { MetricsSummary } from '../components/metrics-summary';
import { MetricsTable } from '../components/metrics-table';
import { customPeriod, DEFAULT_PRESET, isPeriodPreset, monthLabelDate, type Period, presetPeriod } from '../lib/period';
import '@/i18n/namespaces/metrics';

const MetricsChart = lazy(() => import('../components/metrics-chart'));

/** `?enhet=` value for the whole municipality (an absent `enhet` means «my unit»). */
const MUNICIPALITY = 'kommunen';

export function MetricsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useViewer();
  const units = useUnits();
  const [params, setParams] = useSearchParams();

  // Units I may see metrics for: those I lead and below (admins: all), as the API allows.
  const options: UnitOption[] = useMemo(() => {
    const all = units.data?.units ?? [];
    const mine = unitsInMyCare(me?.memberships ?? [], all);
    return inTreeOrder(all, mine).map(({ unit, depth }) => ({ id: unit.id, name: unit.name, depth }));
  }, [units.data, me]);
  const isAdmin = (me?.memberships ?? []).some((m) => m.role === 'ADMIN');

  const requested = params.get('enhet');
  const defaultUnit = isAdmin ? '' : (options[0]?.id ?? '');
  const unitId =
    requested === MUNICIPALITY ? '' : requested && options.some((o) => o.id === requested) ? requested : defaultUnit;
  const presetParam = params.get('periode');
  const preset = isPeriodPreset(presetParam) ? presetParam : DEFAULT_PRESET;
  const custom = preset === 'custom' ? customPeriod(params.get('fra') ?? '', params.get('til') ?? '').period : null;
  const period: Period = custom ?? presetPeriod(preset === 'custom' ? DEFAULT_PRESET : preset);
  const filter: MetricsFilter = {
    unitId,
    preset: custom ? 'custom' : preset === 'custom' ? DEFAULT_PRESET : preset,
    from: custom ? (params.get('fra') ?? '') : '',
    to: custom ? (params.get('til') ?? '') : '',
  };

  // The unit picker and the default unit need both the units and my memberships.
  const unitsReady = units.dataState === 'complete' && Boolean(me);
  const metrics = useFeedbackMetrics(unitId || null, period.from, period.to, { skip: !unitsReady });
  const data = metrics.data;
  const shown = unitId ? data?.unitMetrics : data?.municipalityMetrics;
  const unitName = options.find((o) => o.id === unitId)?.name;
  const scopeName = unitName ? t('metrics:unitWithChildren', { name: unitName }) : t('metrics:wholeMunicipality');
  const lastDay = new Date(period.to.getTime() - 1);

  function onApply(next: MetricsFilter) {
    const search = new URLSearchParams();
    search.set('enhet', next.unitId || MUNICIPALITY);
    search.set('periode', next.preset);
    if (next.preset === 'custom') {
      search.set('fra', next.from);
      search.set('til', next.to);
    }
    setParams(search);
  }

  const series = shown?.series ?? [];
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(format.language === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric' }).format(
      monthLabelDate(m),
    );
  const chartSummary =
    shown && series.length
      ? t('metrics:chartSummary', {
          from: monthName(series[0].month),
          to: monthName(series[series.length - 1].month),
          submitted: format.number(series.reduce((sum, m) => sum + m.submitted, 0)),
          onTime: format.number(series.reduce((sum, m) => sum + m.answeredOnTime, 0)),
          late: format.number(series.reduce((sum, m) => sum + m.answeredLateOrMissing, 0)),
        })
      : '';

  return (
    <Page title={t('metrics:title')} lead={t('metrics:lead')}>
      {unitsReady ? (
        <MetricsFilterForm
          key={`${params.toString()}|${unitId}|${options.length}`}
          value={filter}
          units={options}
          onApply={onApply}
        />
      ) : null}
      {unitsReady && options.length === 0 ? <p className="notice">{t('metrics:municipalityOnly')}</p> : null}
      <ErrorMessage
        error={units.error ?? metrics.error}
        onRetry={() => void Promise.all([units.refetch(), metrics.refetch()])}
      />
      {!shown && !metrics.error && !units.error ? <Loading /> : null}
      {shown ? (
        <>
          <section aria-labelledby="metrics-summary-heading">
            <h2 id="metrics-summary-heading">
              {t('metrics:summaryHeading', {
                name: scopeName,
                from: format.date(period.from),
                to: format.date(lastDay),
              })}
            </h2>
            <MetricsSummary
              metrics={shown}
              compareWith={unitId ? data?.municipalityMetrics : null}
              scopeName={scopeName}
            />
            <p className="field__hint">{t('metrics:explain')}</p>
          </section>
          <section aria-labelledby="metrics-chart-heading">
            <h2 id="metrics-chart-heading">{t('metrics:chartHeading')}</h2>
            {series.length ? (
              <>
                <Suspense fallback={<Loading />}>
                  <MetricsChart series={series} summary={chartSummary} />
                </Suspense>
                <MetricsTable series={series} captionId="metrics-table-caption" />
              </>
            ) : (
              <p className="empty">{t('metrics:noSeries')}</p>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
