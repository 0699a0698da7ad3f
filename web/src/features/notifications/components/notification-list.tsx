import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format';

export interface NotificationItem {
  id: string;
  kind: string;
  createdAt: string;
  readAt?: string | null;
  suggestion?: { id: string; title: string } | null;
}

interface Props {
  items: NotificationItem[];
  onMarkRead?: (id: string) => void;
}

export function NotificationList({ items, onMarkRead }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="notification-list">
      {items.map((n) => (
        <li key={n.id} className={`notification${n.readAt ? '' : ' notification--unread'}`}>
          <p className="notification__what">
            {n.readAt ? null : (
              <strong className="tag tag--unread">
                <span aria-hidden="true">● </span>
                {t('notifications.unread')}
              </strong>
            )}{' '}
            {t(`notifications.kind.${n.kind}`, { defaultValue: t('notifications.kind.OTHER') })}
            {n.suggestion ? (
              <>
                {': '}
                <Link to={`/forslag/${n.suggestion.id}`}>{n.suggestion.title}</Link>
              </>
            ) : null}
          </p>
          <p className="notification__meta">
            <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
            {!n.readAt && onMarkRead ? (
              <button type="button" className="button button--link" onClick={() => onMarkRead(n.id)}>
                {t('notifications.markRead')}
                <span className="visually-hidden">
                  {n.suggestion ? `: ${n.suggestion.title}` : ''}
                </span>
              </button>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
