import { addNamespace } from '../i18n';
import bokmal from '../notifications.nb.json';

/** Notifications: the list, its sentences and the latest ones on the home page (the menu's unread count is the shell's). */
addNamespace('notifications', bokmal);
