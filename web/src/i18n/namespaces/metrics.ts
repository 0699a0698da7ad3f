import { addNamespace } from '../i18n';
import bokmal from '../metrics.nb.json';

/** The statistics page: figures, filters, chart and table. */
addNamespace('metrics', bokmal);
