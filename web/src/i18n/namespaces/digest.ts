import { addNamespace } from '../i18n';
import bokmal from '../digest.nb.json';

/** «Dere sa – vi gjorde»: a unit's monthly page and its link on the home page. */
addNamespace('digest', bokmal);
