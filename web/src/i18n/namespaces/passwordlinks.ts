import { addNamespace } from '../i18n';
import bokmal from '../passwordlinks.nb.json';

/** Password links: «Glemt passord?», «Send invitasjon», /velg-passord. */
addNamespace('passwordlinks', bokmal);
