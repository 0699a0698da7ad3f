import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorMessage } from '@/components/feedback';
import { usePublishSuccessStory } from '../api/publish-success-story';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/stories';

/**
 * For a draft the reader may write: edit it, or publish it to every municipality of the hub.
 * Publishing asks first, in the page (not a browser dialog), since the story then reaches everyone.
 */
export function PublishPanel({ storyId, onPublished }: { storyId: string; onPublished?: () => void }) {
  const { t } = useTranslation('stories');
  const { t: td } = useTranslation('daily');
  const id = useId();
  const [publish, { loading, error }] = usePublishSuccessStory();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const publishRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) publishRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section className="card notice-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('publish.heading')}</h2>
      <p>{t('publish.explain')}</p>
      <ErrorMessage error={error} />
      {confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={`${id}-c`} tabIndex={-1} ref={confirmRef}>
          <h3 id={`${id}-c`}>{td('publish.confirmHeading')}</h3>
          <p>{td('publish.confirmText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={() =>
                void publish({ variables: { id: storyId } })
                  .then(() => onPublished?.())
                  .catch(() => setConfirming(false))
              }
            >
              {loading ? t('publish.publishing') : td('publish.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {td('publish.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <Link className="button button--secondary" to={`/historier/${storyId}/rediger`}>
            {t('publish.edit')}
          </Link>
          <button type="button" className="button" ref={publishRef} onClick={() => setConfirming(true)}>
            {t('publish.publish')}
          </button>
        </div>
      )}
    </section>
  );
}
