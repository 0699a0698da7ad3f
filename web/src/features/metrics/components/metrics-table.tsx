import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format';
import { monthLabelDate } from '../lib/period';
import type { MetricsMonth } from './metrics-series';
import { ScrollableTable } from '@/components/scrollable-table';
import '@/i18n/namespaces/metrics';

/** The chart's numbers month by month: the text alternative to the chart, and more precise. */
export function MetricsTable({ series, captionId }: { series: MetricsMonth[]; captionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const month = (m: string) =>
    new Intl.DateTimeFormat(format.language === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric' }).format(
      monthLabelDate(m),
    );
  return (
    <ScrollableTable labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('metrics:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metrics:table.month')}</th>
            <th scope="col" className="number">
              {t('metrics:series.submitted')}
            </th>
            <th scope="col" className="number">
              {t('metrics:series.answeredOnTime')}
            </th>
            <th scope="col" className="number">
              {t('metrics:series.answeredLateOrMissing')}
            </th>
            <th scope="col" className="number">
              {t('metrics:table.onTimeShare')}
            </th>
            <th scope="col" className="number">
              {t('metrics:table.escalations')}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.map((m) => (
            <tr key={m.month}>
              <th scope="row">{month(m.month)}</th>
              <td className="number">{format.number(m.submitted)}</td>
              <td className="number">{format.number(m.answeredOnTime)}</td>
              <td className="number">{format.number(m.answeredLateOrMissing)}</td>
              <td className="number">
                {m.firstResponsesOnTime === null || m.firstResponsesOnTime === undefined
                  ? t('metrics:noValue')
                  : format.percent(m.firstResponsesOnTime)}
              </td>
              <td className="number">{format.number(m.escalations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
