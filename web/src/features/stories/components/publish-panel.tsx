import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/feedback';
import { usePublishSuccessStory } from '../api/publish-success-story';

/** For a draft the reader may write: edit it, or publish it to every municipality of the hub. */
export function PublishPanel({ storyId, onPublished }: { storyId: string; onPublished?: () => void }) {
  const { t } = useTranslation('stories');
  const id = useId();
  const [publish, { loading, error }] = usePublishSuccessStory();
  return (
    <section className="card notice-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('publish.heading')}</h2>
      <p>{t('publish.explain')}</p>
      <ErrorMessage error={error} />
      <div className="button-row">
        <Link className="button button--secondary" to={`/historier/${storyId}/rediger`}>
          {t('publish.edit')}
        </Link>
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            void publish({ variables: { id: storyId } })
              .then(() => onPublished?.())
              .catch(() => undefined)
          }
        >
          {loading ? t('publish.publishing') : t('publish.publish')}
        </button>
      </div>
    </section>
  );
}
