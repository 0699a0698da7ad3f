import type { GainCategory } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { formatGainValue } from '../lib/gain-format';
import '@/i18n/namespaces/stories';

export interface GainView {
  category: GainCategory;
  description: string;
  value?: number | null;
  unit?: string | null;
}

/** A shape per category, so a category is never told by colour alone (the label is always written). */
export const GAIN_CATEGORY_ICONS: Record<GainCategory, string> = {
  PATIENT_SAFETY_QUALITY: '✚',
  RESOURCE_USE: '◷',
  USER_INDEPENDENCE: '⌂',
  STAFF_MASTERY: '★',
};

export function GainCategoryLabel({ category }: { category: GainCategory }) {
  const { t } = useTranslation('stories');
  return (
    <span className={`gain-category gain-category--${category.toLowerCase().replace(/_/g, '-')}`}>
      <span aria-hidden="true" className="gain-category__icon">
        {GAIN_CATEGORY_ICONS[category]}
      </span>
      {t(`gainCategory.${category}`)}
    </span>
  );
}

/** Documented gains: category, the measured number with its unit (Intl-formatted), the description. */
export function GainList({ gains }: { gains: GainView[] }) {
  const { t, i18n } = useTranslation('stories');
  if (gains.length === 0) return <p className="empty">{t('gains.none')}</p>;
  return (
    <ul className="gain-list">
      {gains.map((gain, i) => {
        const measured = formatGainValue(t, i18n.language, gain.value, gain.unit);
        return (
          <li key={i} className="gain">
            <GainCategoryLabel category={gain.category} />
            {measured ? <strong className="gain__value">{measured}</strong> : null}
            <span className="gain__description">{gain.description}</span>
          </li>
        );
      })}
    </ul>
  );
}
