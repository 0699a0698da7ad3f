/**
 * The API's schema has no `notifications` query or `markNotificationsRead` mutation yet (see
 * web/API-WISHES.md). Until it does, the notification pages show a placeholder instead of
 * sending an operation the server would refuse; the list component is ready for the data.
 */
export const NOTIFICATIONS_AVAILABLE = false;
