import { addNamespace } from '../i18n';
import bokmal from '../cocreation.nb.json';

/** Co-creation: support, «Bli med», comments, similar suggestions, focus areas, a person's page. */
addNamespace('cocreation', bokmal);
