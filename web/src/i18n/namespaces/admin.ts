import { addNamespace } from '../i18n';
import bokmal from '../admin.nb.json';

/** Administration: deadline settings, the audit log and the admin pages' sub-navigation. */
addNamespace('admin', bokmal);
