import { type ReactNode, useId } from 'react';
import { GAIN_CATEGORIES, type GainCategory } from '@idehub/libs/suggestion-rules';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format';
import { formatGainValue, unitLabel } from '../lib/gain-format';
import '@/i18n/namespaces/stories';

export interface CountGroup {
  key: string;
  label: string;
  counts: Record<GainCategory, number>;
}

export interface GainTotalRow {
  category: GainCategory;
  unit?: string | null;
  sum?: number | null;
  count: number;
}

/** Gains counted per category for each group (a municipality, a month), for a stacked bar chart. */
export function countsByGroup<R extends GainTotalRow>(
  rows: R[],
  groupOf: (row: R) => { key: string; label: string },
): CountGroup[] {
  const groups = new Map<string, CountGroup>();
  for (const row of rows) {
    const { key, label } = groupOf(row);
    const group =
      groups.get(key) ?? ({ key, label, counts: Object.fromEntries(GAIN_CATEGORIES.map((c) => [c, 0])) } as CountGroup);
    group.counts[row.category] += row.count;
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface ChartFigureProps {
  title: string;
  /** A sentence that says what the chart shows. */
  description: string;
  chart: ReactNode;
  table: ReactNode;
}

/** A chart with a sentence on what it shows, and the same numbers as a table below it. */
export function ChartFigure({ title, description, chart, table }: ChartFigureProps) {
  const id = useId();
  return (
    <section className="chart-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      <p className="chart-section__description">{description}</p>
      {chart}
      {table}
    </section>
  );
}

/** The numbers behind a chart: per group, category and unit of measure, the sum and how many gains. */
export function GainTotalsTable<R extends GainTotalRow>({
  caption,
  rows,
  groupHeader,
  groupOf,
}: {
  caption: string;
  rows: R[];
  groupHeader?: string;
  groupOf?: (row: R) => string;
}) {
  const { t, i18n } = useTranslation('stories');
  const format = useFormat();
  const id = useId();
  if (rows.length === 0) return <p className="empty">{t('dashboard.noGains')}</p>;
  return (
    <div className="table-wrap table-wrap--contained" role="region" aria-labelledby={`${id}-c`} tabIndex={0}>
      <table>
        <caption id={`${id}-c`}>{caption}</caption>
        <thead>
          <tr>
            {groupHeader ? <th scope="col">{groupHeader}</th> : null}
            <th scope="col">{t('dashboard.category')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col" className="number">
              {t('dashboard.sum')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {groupOf ? <td>{groupOf(row)}</td> : null}
              <td>{t(`gainCategory.${row.category}`)}</td>
              <td>{row.unit ? unitLabel(t, row.unit) : t('dashboard.noNumber')}</td>
              <td className="number">
                {row.sum === null || row.sum === undefined ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">{t('dashboard.noSum')}</span>
                  </>
                ) : (
                  formatGainValue(t, i18n.language, row.sum, row.unit)
                )}
              </td>
              <td className="number">{format.number(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
