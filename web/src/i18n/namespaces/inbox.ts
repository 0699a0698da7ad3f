import { addNamespace } from '../i18n';
import bokmal from '../inbox.nb.json';

/** The leader's inbox: filters by unit and what matches them. */
addNamespace('inbox', bokmal);
