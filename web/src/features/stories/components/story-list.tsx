import type { GainCategory, StoryStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '@/i18n/format';
import { GainCategoryLabel } from './gain-list';
import { StoryStatusBadge } from './story-status-badge';
import '@/i18n/namespaces/stories';

export interface StoryListItem {
  id: string;
  title: string;
  summary: string;
  status: StoryStatusName;
  technology: string[];
  publishedAt?: string | null;
  createdAt: string;
  adoptionCount: number;
  municipality: { name: string };
  gains: { category: GainCategory }[];
}

export function StoryList({ items }: { items: StoryListItem[] }) {
  const { t } = useTranslation('stories');
  const format = useFormat();
  return (
    <ul className="story-list">
      {items.map((story) => {
        const categories = [...new Set(story.gains.map((g) => g.category))];
        return (
          <li key={story.id} className="story-card">
            <h2 className="story-card__title">
              <Link to={`/historier/${story.id}`}>{story.title}</Link>
            </h2>
            <p className="story-card__meta">
              {story.status === 'DRAFT' ? <StoryStatusBadge status="DRAFT" /> : null}
              <span>{story.municipality.name}</span>
              <span>
                {story.publishedAt
                  ? t('list.publishedOn', { date: format.date(story.publishedAt) })
                  : t('list.writtenOn', { date: format.date(story.createdAt) })}
              </span>
              {story.adoptionCount ? (
                <span>
                  {t('list.adoptionCount', {
                    count: story.adoptionCount,
                    formatted: format.number(story.adoptionCount),
                  })}
                </span>
              ) : null}
            </p>
            <p className="story-card__summary">{story.summary}</p>
            {categories.length ? (
              <p className="story-card__gains">
                <span className="visually-hidden">{t('list.gainCategories')} </span>
                {categories.map((c) => (
                  <GainCategoryLabel key={c} category={c} />
                ))}
              </p>
            ) : null}
            {story.technology.length ? (
              <p className="story-card__technology">
                {t('list.technology')} {format.list(story.technology)}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
