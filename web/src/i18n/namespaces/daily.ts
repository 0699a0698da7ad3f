import { addNamespace } from '../i18n';
import bokmal from '../daily.nb.json';

/**
 * Daily work (leaders' inbox filters, answering, publishing and taking back stories, gain units, the
 * patient-identifier warnings of free-text forms, the hint on tables wider than the screen).
 */
addNamespace('daily', bokmal);
