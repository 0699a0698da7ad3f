import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/feedback';
import { useFormat } from '@/i18n/format';
import { useRateAnswer } from '../api/rate-answer';
import '@/i18n/namespaces/suggestion';

interface Props {
  suggestionId: string;
  rating: { useful: boolean; comment?: string | null; ratedAt: string } | null;
  canRate: boolean;
}

/** «Fikk du et svar du kan bruke?» — asked once the suggestion is closed. */
export function RatingForm({ suggestionId, rating, canRate }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [rate, { loading, error }] = useRateAnswer();
  const [useful, setUseful] = useState<'' | 'yes' | 'no'>('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  if (rating) {
    return (
      <section aria-labelledby={`${id}-h`} className="card">
        <h2 id={`${id}-h`}>{t('suggestion:rating.question')}</h2>
        <p>
          {t(rating.useful ? 'suggestion:rating.answeredYes' : 'suggestion:rating.answeredNo', {
            date: format.date(rating.ratedAt),
          })}
        </p>
        {rating.comment ? <blockquote className="timeline__message">{rating.comment}</blockquote> : null}
      </section>
    );
  }
  if (!canRate) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!useful) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await rate({ variables: { suggestionId, useful: useful === 'yes', comment: comment.trim() || null } });
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{t('suggestion:rating.question')}</h2>
      <ErrorMessage error={error} />
      <fieldset className="radios" aria-describedby={missing ? `${id}-err` : undefined}>
        <legend>{t('suggestion:rating.legend')}</legend>
        <label className="radio">
          <input type="radio" name="useful" value="yes" checked={useful === 'yes'} onChange={() => setUseful('yes')} />
          {t('suggestion:rating.yes')}
        </label>
        <label className="radio">
          <input type="radio" name="useful" value="no" checked={useful === 'no'} onChange={() => setUseful('no')} />
          {t('suggestion:rating.no')}
        </label>
      </fieldset>
      {missing ? (
        <p id={`${id}-err`} className="field__error">
          {t('suggestion:rating.chooseOne')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-c`} className="field__label">
          {t('suggestion:rating.comment')}
        </label>
        <textarea id={`${id}-c`} name="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {t('suggestion:rating.send')}
        </button>
      </div>
    </form>
  );
}
