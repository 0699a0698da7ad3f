import { useEffect } from 'react';
import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import '@/i18n/namespaces/suggestion';

export interface TimelineResponse {
  id: string;
  kind: 'RESPONSE' | 'MERGE' | 'WITHDRAWAL';
  message: string;
  previousStatus: SuggestionStatusName;
  status: SuggestionStatusName;
  statusChanged: boolean;
  wasLate: boolean;
  createdAt: string;
  /** «Ikke nå»: the date this answer parked the suggestion until, or moved it to. */
  reviewOn?: string | null;
  author: { name: string };
}

interface Props {
  submittedAt: string;
  submitterName: string;
  responses: TimelineResponse[];
  /** An answer to move focus to (the one just sent), once it is shown. */
  focusResponseId?: string | null;
}

export const responseAnchor = (id: string) => `response-${id}`;

/**
 * What happened to a suggestion, oldest first: the submission, then every written answer. An
 * answer that changed the status says so in words, from which status to which; one that parked the suggestion
 * («Ikke nå») or moved its date says until when.
 */
export function Timeline({ submittedAt, submitterName, responses, focusResponseId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const present = Boolean(focusResponseId && responses.some((r) => r.id === focusResponseId));

  useEffect(() => {
    if (present && focusResponseId) document.getElementById(responseAnchor(focusResponseId))?.focus();
  }, [present, focusResponseId]);

  return (
    <section aria-labelledby="timeline-heading" className="timeline-section">
      <h2 id="timeline-heading">{t('suggestion:timeline.heading')}</h2>
      <ol className="timeline">
        <li className="timeline__entry">
          <p className="timeline__meta">
            <time dateTime={submittedAt}>{format.dateTime(submittedAt)}</time>
          </p>
          <p className="timeline__what">
            {t('suggestion:timeline.submitted', { name: submitterName })} <StatusBadge status="SUBMITTED" />
          </p>
        </li>
        {responses.map((response) => (
          <li className="timeline__entry" key={response.id} id={responseAnchor(response.id)} tabIndex={-1}>
            <p className="timeline__meta">
              <time dateTime={response.createdAt}>{format.dateTime(response.createdAt)}</time>
              {' · '}
              {response.author.name}
              {response.wasLate ? (
                <>
                  {' · '}
                  <span className="tag tag--overdue">{t('suggestion:timeline.late')}</span>
                </>
              ) : null}
            </p>
            <p className="timeline__what">
              {response.kind === 'MERGE' ? (
                <>
                  {t('suggestion:timeline.merged')} <StatusBadge status={response.status} />
                </>
              ) : response.kind === 'WITHDRAWAL' ? (
                <>
                  {t('suggestion:timeline.withdrawn')} <StatusBadge status={response.status} />
                </>
              ) : response.statusChanged ? (
                <>
                  {t('suggestion:timeline.statusChanged', {
                    from: t(`status.${response.previousStatus}`),
                    to: t(`status.${response.status}`),
                  })}{' '}
                  <StatusBadge status={response.status} />
                </>
              ) : response.reviewOn ? (
                <>
                  {t('suggestion:timeline.reviewOnMoved')} <StatusBadge status={response.status} />
                </>
              ) : (
                t('suggestion:timeline.progressUpdate')
              )}
            </p>
            {response.reviewOn ? (
              <p className="timeline__review">
                {t('suggestion:timeline.reviewOn', { date: format.date(response.reviewOn) })}
              </p>
            ) : null}
            {response.message ? <blockquote className="timeline__message">{response.message}</blockquote> : null}
          </li>
        ))}
      </ol>
      {responses.length === 0 ? <p className="empty">{t('suggestion:timeline.noResponses')}</p> : null}
    </section>
  );
}
