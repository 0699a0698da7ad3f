import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '@/i18n/format';
import { LINK_MARK, notificationSentence, type NotificationItem, previewMessage } from '../lib/notification-text';
import '@/i18n/namespaces/notifications';

interface Props {
  items: NotificationItem[];
  /** Mark one notification read (its button, and when its link is followed). */
  onMarkRead?: (id: string) => void;
  /** Heading level of each notification's kind label. */
  headingLevel?: 2 | 3;
}

/** A notification's sentence with the suggestion's title as a link where the sentence names it. */
function Sentence({ item }: { item: NotificationItem }) {
  const { t, i18n } = useTranslation();
  const { text, link } = notificationSentence(t, i18n.language, item);
  const parts = text.split(LINK_MARK);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && link ? <Link to={link.to}>{link.text}</Link> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

export function NotificationList({ items, onMarkRead, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="notification-list">
      {items.map((n) => {
        const unread = !n.readAt;
        const message = n.kind === 'RESPONSE_RECEIVED' ? previewMessage(n.message) : null;
        return (
          <li
            key={n.id}
            className={`notification${unread ? ' notification--unread' : ''}`}
            // Following the suggestion link counts as reading the notification.
            onClickCapture={(event) => {
              if (unread && onMarkRead && (event.target as HTMLElement).closest('a')) onMarkRead(n.id);
            }}
          >
            <Heading className="notification__kind">
              {unread ? (
                <span className="tag tag--unread">
                  <span aria-hidden="true">● </span>
                  {t('notifications:unread')}
                  <span className="visually-hidden">: </span>
                </span>
              ) : null}{' '}
              {t(`notifications:kind.${n.kind}`, { defaultValue: t('notifications:kind.OTHER') })}
            </Heading>
            <p className="notification__text">
              <Sentence item={n} />
            </p>
            {message ? <blockquote className="notification__message">{message}</blockquote> : null}
            <p className="notification__meta">
              <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
              {unread && onMarkRead ? (
                <button type="button" className="button button--link" onClick={() => onMarkRead(n.id)}>
                  {t('notifications:markRead')}
                  <span className="visually-hidden">
                    {': '}
                    {t(`notifications:kind.${n.kind}`, { defaultValue: t('notifications:kind.OTHER') })}
                    {n.suggestion || n.title ? ` – ${n.suggestion?.title ?? n.title}` : ''}
                  </span>
                </button>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
