import { addNamespace } from '../i18n';
import bokmal from '../orgimport.nb.json';

/** The organisation import (admin). */
addNamespace('orgimport', bokmal);
