import type { StoryStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import '@/i18n/namespaces/stories';

/** Draft or published, in words and with a shape. */
export function StoryStatusBadge({ status }: { status: StoryStatusName }) {
  const { t } = useTranslation('stories');
  return (
    <span className={`status ${status === 'DRAFT' ? 'status--withdrawn' : 'status--implemented'}`}>
      <span aria-hidden="true" className="status__icon">
        {status === 'DRAFT' ? '✎' : '✓'}
      </span>
      {t(`storyStatus.${status}`)}
    </span>
  );
}
