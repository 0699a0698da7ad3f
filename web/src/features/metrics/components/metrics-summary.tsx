import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format';
import '@/i18n/namespaces/metrics';

/** The figures both the unit and the municipality have (FeedbackMetricsFields without the series). */
export interface MetricsFigures {
  submitted: number;
  firstResponsesDue: number;
  firstResponsesAnsweredOnTime: number;
  firstResponsesOnTime?: number | null;
  medianDaysToFirstResponse?: number | null;
  openNow: number;
  overdueNow: number;
  deadlinesMissed: number;
  escalations: number;
  ratedAnswers: number;
  ratedUseful?: number | null;
  ratedUsefulCount: number;
  /** «Ikke nå»: parked now, and back for review during the period. */
  parkedNow?: number;
  returnedFromParking?: number;
}

interface Props {
  metrics: MetricsFigures;
  /** The whole municipality, to compare with when `metrics` is a unit's. */
  compareWith?: MetricsFigures | null;
  /** Name of what is measured, for the list's label. */
  scopeName: string;
}

type Key = 'submitted' | 'onTime' | 'median' | 'open' | 'parked' | 'missed' | 'escalations' | 'useful';
const KEYS: Key[] = ['submitted', 'onTime', 'median', 'open', 'parked', 'missed', 'escalations', 'useful'];

/** The period's key figures in words and numbers, each with how it was counted. */
export function MetricsSummary({ metrics, compareWith, scopeName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('metrics:noValue');
  const days = (v: number | null | undefined) =>
    v === null || v === undefined
      ? none
      : t('metrics:days', { count: v, formatted: format.number(v, { maximumFractionDigits: 1 }) });
  const percent = (v: number | null | undefined) => (v === null || v === undefined ? none : format.percent(v));

  function figure(key: Key, m: MetricsFigures): { value: string; detail?: string } {
    switch (key) {
      case 'submitted':
        return { value: format.number(m.submitted) };
      case 'onTime':
        return {
          value: percent(m.firstResponsesOnTime),
          detail: t('metrics:detail.onTime', {
            count: m.firstResponsesDue,
            onTime: format.number(m.firstResponsesAnsweredOnTime),
            due: format.number(m.firstResponsesDue),
          }),
        };
      case 'median':
        return { value: days(m.medianDaysToFirstResponse) };
      case 'open':
        return {
          value: format.number(m.openNow),
          detail: t('metrics:detail.overdueNow', { count: m.overdueNow, formatted: format.number(m.overdueNow) }),
        };
      case 'parked': {
        const back = m.returnedFromParking ?? 0;
        return {
          value: format.number(m.parkedNow ?? 0),
          detail: t('metrics:detail.returnedFromParking', { count: back, formatted: format.number(back) }),
        };
      }
      case 'missed':
        return { value: format.number(m.deadlinesMissed) };
      case 'escalations':
        return { value: format.number(m.escalations) };
      case 'useful':
        return {
          value: percent(m.ratedUseful),
          detail: t('metrics:detail.useful', {
            count: m.ratedAnswers,
            yes: format.number(m.ratedUsefulCount),
            rated: format.number(m.ratedAnswers),
          }),
        };
    }
  }

  return (
    <ul className="stat-grid stat-grid--metrics" aria-label={t('metrics:summaryLabel', { name: scopeName })}>
      {KEYS.map((key) => {
        const own = figure(key, metrics);
        const other = compareWith ? figure(key, compareWith) : null;
        return (
          <li key={key} className="stat">
            <span className="stat__label">{t(`metrics:figures.${key}`)}</span>
            <span className="stat__value">{own.value}</span>
            {own.detail ? <span className="stat__detail">{own.detail}</span> : null}
            {other ? (
              <span className="stat__compare">{t('metrics:municipalityValue', { value: other.value })}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
