import { addNamespace } from '../i18n';
import bokmal from '../sso.nb.json';

/** Sign-in with the municipality's identity provider, and its settings (admin). */
addNamespace('sso', bokmal);
