import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { useMarkNotificationsRead, useNotifications } from '../api/notifications';
import { NotificationList } from './notification-list';
import '@/i18n/namespaces/notifications';

const LATEST = 5;

/** The home page's box: my latest notifications, the unread count, and marking them read. */
export function LatestNotifications({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useNotifications();
  const { markRead, markAllRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const items = (data?.notifications.edges ?? []).slice(0, LATEST).map((e) => e.node);
  const unread = data?.unreadCount ?? 0;

  return (
    <section aria-labelledby={headingId} className="latest-notifications">
      <h2 id={headingId}>{t('home.latestNotifications')}</h2>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      <ErrorMessage error={markError} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p className="button-row">
            <span role="status">{t('notifications.unreadCount', { count: unread })}</span>
            {unread > 0 ? (
              <button
                type="button"
                className="button button--link"
                disabled={marking}
                onClick={() => void markAllRead().catch(() => undefined)}
              >
                {t('notifications:markAllRead')}
              </button>
            ) : null}
          </p>
          {items.length === 0 ? (
            <EmptyState>{t('notifications:empty')}</EmptyState>
          ) : (
            <NotificationList
              items={items}
              headingLevel={3}
              onMarkRead={(id) => void markRead([id]).catch(() => undefined)}
            />
          )}
        </>
      ) : null}
      <p>
        <Link to="/varsler">{t('home.allNotifications')}</Link>
      </p>
    </section>
  );
}
