import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/i18n/format';
import { monthLabelDate } from '../lib/period';
import { CHART_SERIES, type ChartSeries, type MetricsMonth } from './metrics-series';
import '@/i18n/namespaces/metrics';

/**
 * Each series has its own colour AND its own fill pattern (solid, stripes, dots), so the bars can
 * be told apart without colour; every colour has at least 3:1 contrast against white (WCAG 1.4.11).
 */
const LOOK: Record<ChartSeries, { colour: string; pattern: 'solid' | 'stripes' | 'dots' }> = {
  submitted: { colour: '#0b4f8a', pattern: 'solid' },
  answeredOnTime: { colour: '#1d6b2f', pattern: 'stripes' },
  answeredLateOrMissing: { colour: '#a4161a', pattern: 'dots' },
};

/**
 * Month by month: submitted suggestions and how their first responses went. Loaded on demand
 * (recharts is large). The drawing is one image with a summary for screen readers; the same
 * numbers are in the table next to it.
 */
export default function MetricsChart({ series, summary }: { series: MetricsMonth[]; summary: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const prefix = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fill = (key: ChartSeries) => (LOOK[key].pattern === 'solid' ? LOOK[key].colour : `url(#${prefix}-${key})`);
  const monthFormat = new Intl.DateTimeFormat(format.language === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'short',
    year: '2-digit',
  });
  const data = series.map((m) => ({ ...m, label: monthFormat.format(monthLabelDate(m.month)) }));

  return (
    <div role="img" aria-label={summary} className="chart">
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 320 }}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id={`${prefix}-answeredOnTime`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={LOOK.answeredOnTime.colour} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
          <pattern id={`${prefix}-answeredLateOrMissing`} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill={LOOK.answeredLateOrMissing.colour} />
            <circle cx="3" cy="3" r="1.2" fill="#ffffff" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#1b1b1f', fontSize: 13 }} />
        <YAxis allowDecimals={false} width={36} tick={{ fill: '#1b1b1f', fontSize: 13 }} />
        <Tooltip formatter={(value) => format.number(Number(value))} />
        <Legend wrapperStyle={{ color: '#1b1b1f' }} itemSorter={null} iconSize={16} />
        {CHART_SERIES.map((key) => (
          <Bar
            key={key}
            dataKey={key}
            name={t(`metrics:series.${key}`)}
            fill={fill(key)}
            stroke={LOOK[key].colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
