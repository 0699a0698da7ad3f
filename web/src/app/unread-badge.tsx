import { useTranslation } from 'react-i18next';

/**
 * The unread count next to «Varsler» in the menu: a number to see, and the same in words for a
 * screen reader (the link is read as «Varsler (3 uleste varsler)»), never a coloured dot alone.
 */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="badge" aria-hidden="true">
        {count > 99 ? '99+' : count}
      </span>
      <span className="visually-hidden"> ({t('notifications.unreadCount', { count })})</span>
    </>
  );
}
