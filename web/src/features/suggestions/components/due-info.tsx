import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format';

interface Props {
  responseDueAt?: string | null;
  overdue: boolean;
  escalatedAt?: string | null;
  owedBy?: { name: string }[] | null;
  /** «Ikke nå»: while parked, when it comes back for review (no deadline runs until then). */
  reviewOn?: string | null;
}

/** When the next answer is due and who owes it; overdue and escalation stated in words. */
export function DueInfo({ responseDueAt, overdue, escalatedAt, owedBy, reviewOn }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reviewOn) {
    return (
      <span className="due due--parked">
        {t('due.parkedUntil', { date: format.date(reviewOn), relative: format.relativeDays(reviewOn) })}
      </span>
    );
  }
  if (!responseDueAt) return <span className="due due--none">{t('due.noDeadline')}</span>;
  return (
    <span className={`due${overdue ? ' due--overdue' : ''}`}>
      {overdue ? (
        <strong className="tag tag--overdue">
          <span aria-hidden="true">⚠ </span>
          {t('due.overdue')}
        </strong>
      ) : null}{' '}
      {t('due.nextAnswer', { date: format.date(responseDueAt), relative: format.relativeDays(responseDueAt) })}
      {owedBy?.length ? <> {t('due.owedBy', { names: format.list(owedBy.map((p) => p.name)) })}</> : null}
      {escalatedAt ? (
        <>
          {' '}
          <strong className="tag tag--escalated">
            <span aria-hidden="true">↑ </span>
            {t('due.escalated', { date: format.date(escalatedAt) })}
          </strong>
        </>
      ) : null}
    </span>
  );
}
