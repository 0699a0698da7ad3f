import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { Page } from '@/components/page';
import { useFormat } from '@/i18n/format';
import { NOTIFICATIONS_PAGE_SIZE, useMarkNotificationsRead, useNotifications } from '../api/notifications';
import { NotificationList } from '../components/notification-list';
import '@/i18n/namespaces/notifications';

export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('vis') === 'uleste';
  const { data, loading, error, refetch, fetchMore } = useNotifications(unreadOnly);
  const { markRead, markAllRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const [allMarked, setAllMarked] = useState(false);

  const connection = data?.notifications;
  const items = connection?.edges.map((e) => e.node) ?? [];
  const unread = data?.unreadCount ?? 0;

  async function onMarkAll() {
    setAllMarked(false);
    try {
      await markAllRead();
      setAllMarked(true);
    } catch {
      // shown through markError
    }
  }

  function onMarkOne(notificationId: string) {
    setAllMarked(false);
    markRead([notificationId]).catch(() => undefined);
  }

  return (
    <Page title={t('notifications:title')}>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend>{t('notifications:show')}</legend>
          {(
            [
              ['alle', false],
              ['uleste', true],
            ] as const
          ).map(([value, only]) => (
            <label key={value} className="radio" htmlFor={`${id}-${value}`}>
              <input
                id={`${id}-${value}`}
                type="radio"
                name="vis"
                value={value}
                checked={unreadOnly === only}
                onChange={() => {
                  setAllMarked(false);
                  setParams(only ? { vis: 'uleste' } : {});
                }}
              />
              {t(only ? 'notifications:showUnread' : 'notifications:showAll')}
            </label>
          ))}
        </fieldset>
        {data ? (
          <p className="toolbar__status">
            <span role="status">{t('notifications.unreadCount', { count: unread })}</span>
            {unread > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={marking}
                onClick={() => void onMarkAll()}
              >
                {t('notifications:markAllRead')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {allMarked ? <SuccessMessage>{t('notifications:allMarked')}</SuccessMessage> : null}
      <ErrorMessage error={markError} />
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <Loading /> : null}
      {connection ? (
        <>
          {items.length === 0 ? (
            <EmptyState>{t(unreadOnly ? 'notifications:emptyUnread' : 'notifications:empty')}</EmptyState>
          ) : (
            <>
              <p className="count">
                {t('notifications:showing', {
                  shown: format.number(items.length),
                  total: format.number(connection.totalCount),
                  count: connection.totalCount,
                })}
              </p>
              <NotificationList items={items} onMarkRead={onMarkOne} />
            </>
          )}
          {connection.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor, first: NOTIFICATIONS_PAGE_SIZE },
                })
              }
            >
              {loading ? t('common.loading') : t('notifications:showMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
