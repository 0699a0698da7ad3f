import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorMessage } from '@/components/feedback';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useFormat } from '@/i18n/format';
import '../co-creation.css';
import { useSuggestionCoCreation } from '../api/suggestion-co-creation';
import { CommentForm } from './comment-form';
import '@/i18n/namespaces/cocreation';

/** The comment thread of a suggestion, oldest first, with the form to add one. */
export function CommentThread({ suggestionId }: { suggestionId: string }) {
  const { t } = useTranslation('cocreation');
  const format = useFormat();
  const id = useId();
  const { data, error } = useSuggestionCoCreation(suggestionId);
  const { me } = useViewer();
  const comments = data?.suggestion?.comments ?? [];

  return (
    <section aria-labelledby={`${id}-h`} className="comments">
      <h2 id={`${id}-h`}>
        {t('comments.heading', { count: comments.length, formatted: format.number(comments.length) })}
      </h2>
      <ErrorMessage error={error} />
      {data && comments.length === 0 ? <p className="empty">{t('comments.none')}</p> : null}
      {comments.length ? (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id} className={`comment${c.byMe ? ' comment--mine' : ''}`}>
              <p className="comment__meta">
                {c.author ? <Link to={`/personer/${c.author.id}`}>{c.authorName}</Link> : <span>{c.authorName}</span>}
                {c.bySubmitter ? <span className="tag tag--unread">{t('comments.submitter')}</span> : null}
                {c.byMe ? <span className="tag">{t('comments.you')}</span> : null}
                <time dateTime={c.createdAt}>{format.dateTime(c.createdAt)}</time>
              </p>
              <p className="comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <CommentForm key={suggestionId} suggestionId={suggestionId} draftOwnerId={me?.id} />
    </section>
  );
}
