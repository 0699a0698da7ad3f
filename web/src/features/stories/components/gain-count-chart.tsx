import { useId } from 'react';
import { GAIN_CATEGORIES, type GainCategory } from '@idehub/libs/suggestion-rules';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/i18n/format';
import type { CountGroup } from './gains-charts';
import '@/i18n/namespaces/stories';

/**
 * Each category has its own colour AND its own fill pattern (solid, stripes, dots, grid), so the
 * segments can be told apart without colour; every colour has at least 4.5:1 against white.
 */
const LOOK: Record<GainCategory, { colour: string; pattern: 'solid' | 'stripes' | 'dots' | 'grid' }> = {
  PATIENT_SAFETY_QUALITY: { colour: '#0b4f8a', pattern: 'solid' },
  RESOURCE_USE: { colour: '#1d6b2f', pattern: 'stripes' },
  USER_INDEPENDENCE: { colour: '#8a4b00', pattern: 'dots' },
  STAFF_MASTERY: { colour: '#6b2c91', pattern: 'grid' },
};

/**
 * Gains counted per category, a stacked bar per group (category, municipality or month). Loaded on
 * demand (recharts is large). The drawing is one image with a summary for screen readers; the same
 * numbers are in the table below it.
 */
export default function GainCountChart({
  groups,
  summary,
  layout = 'horizontal',
}: {
  groups: CountGroup[];
  summary: string;
  layout?: 'horizontal' | 'vertical';
}) {
  const { t } = useTranslation('stories');
  const format = useFormat();
  const prefix = `gains${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fill = (c: GainCategory) => (LOOK[c].pattern === 'solid' ? LOOK[c].colour : `url(#${prefix}-${c})`);
  const data = groups.map((g) => ({ name: g.label, ...g.counts }));
  const vertical = layout === 'vertical';
  const tick = { fill: '#1b1b1f', fontSize: 13 };

  return (
    <div role="img" aria-label={summary} className="chart">
      <BarChart
        data={data}
        layout={vertical ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height: vertical ? Math.max(220, 56 * data.length + 90) : 320 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id={`${prefix}-RESOURCE_USE`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={LOOK.RESOURCE_USE.colour} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
          <pattern id={`${prefix}-USER_INDEPENDENCE`} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill={LOOK.USER_INDEPENDENCE.colour} />
            <circle cx="3" cy="3" r="1.2" fill="#ffffff" />
          </pattern>
          <pattern id={`${prefix}-STAFF_MASTERY`} patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" fill={LOOK.STAFF_MASTERY.colour} />
            <path d="M0 4H8M4 0V8" stroke="#ffffff" strokeWidth="1.2" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={vertical} horizontal={!vertical} />
        {vertical ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} tickFormatter={(v: number) => format.number(v)} />
            <YAxis type="category" dataKey="name" width={150} tick={tick} />
          </>
        ) : (
          <>
            <XAxis dataKey="name" tick={tick} />
            <YAxis allowDecimals={false} width={36} tick={tick} tickFormatter={(v: number) => format.number(v)} />
          </>
        )}
        <Tooltip formatter={(value) => format.number(Number(value))} />
        <Legend wrapperStyle={{ color: '#1b1b1f' }} />
        {GAIN_CATEGORIES.map((c) => (
          <Bar
            key={c}
            dataKey={c}
            name={t(`gainCategory.${c}`)}
            stackId="gains"
            fill={fill(c)}
            stroke={LOOK[c].colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
