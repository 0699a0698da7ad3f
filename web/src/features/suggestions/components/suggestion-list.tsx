import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { DueInfo } from './due-info';

export interface SuggestionListItem {
  id: string;
  title: string;
  status: SuggestionStatusName;
  submittedAt: string;
  responseDueAt?: string | null;
  overdue: boolean;
  escalatedAt?: string | null;
  reviewOn?: string | null;
  unit: { name: string };
  owedBy?: { name: string }[] | null;
  supportCount?: number;
  /** Marked «Fortrolig» in words where the list shows it (the inbox). */
  confidential?: boolean;
}

export function SuggestionList({ items, headingLevel = 2 }: { items: SuggestionListItem[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="suggestion-list">
      {items.map((s) => (
        <li key={s.id} className={`suggestion-card${s.overdue ? ' suggestion-card--overdue' : ''}`}>
          <Heading className="suggestion-card__title">
            <Link to={`/forslag/${s.id}`}>{s.title}</Link>
          </Heading>
          <p className="suggestion-card__meta">
            <StatusBadge status={s.status} />
            <span>{s.unit.name}</span>
            <span>{t('suggestion.submittedOn', { date: format.date(s.submittedAt) })}</span>
            {s.supportCount ? <span>{t('suggestion.supportCount', { count: s.supportCount })}</span> : null}
            {s.confidential ? (
              <span className="tag tag--confidential">
                <span aria-hidden="true">🔒 </span>
                {t('suggestion.confidential')}
              </span>
            ) : null}
          </p>
          <p className="suggestion-card__due">
            <DueInfo
              responseDueAt={s.responseDueAt}
              overdue={s.overdue}
              escalatedAt={s.escalatedAt}
              owedBy={s.owedBy}
              reviewOn={s.reviewOn}
            />
          </p>
        </li>
      ))}
    </ul>
  );
}
