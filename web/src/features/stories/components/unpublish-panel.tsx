import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/feedback';
import { useUnpublishSuccessStory } from '../api/unpublish-success-story';
import '@/i18n/namespaces/daily';

/** For a published story's author or an admin: take it back to draft, after a confirmation. */
export function UnpublishPanel({ storyId, onUnpublished }: { storyId: string; onUnpublished?: () => void }) {
  const { t } = useTranslation('daily');
  const id = useId();
  const [unpublish, { loading, error }] = useUnpublishSuccessStory();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('unpublish.heading')}</h2>
      <p>{t('unpublish.explain')}</p>
      <ErrorMessage error={error} />
      {confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={`${id}-c`} tabIndex={-1} ref={confirmRef}>
          <p id={`${id}-c`}>{t('unpublish.confirmText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={() =>
                void unpublish({ variables: { id: storyId } })
                  .then(() => onUnpublished?.())
                  .catch(() => setConfirming(false))
              }
            >
              {loading ? t('unpublish.working') : t('unpublish.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('unpublish.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('unpublish.button')}
        </button>
      )}
    </section>
  );
}
