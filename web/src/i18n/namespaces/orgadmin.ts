import { addNamespace } from '../i18n';
import bokmal from '../orgadmin.nb.json';

/** Units and people (admin), and «Mine data». */
addNamespace('orgadmin', bokmal);
