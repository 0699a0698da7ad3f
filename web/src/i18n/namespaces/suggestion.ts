import { addNamespace } from '../i18n';
import bokmal from '../suggestion.nb.json';

/**
 * One suggestion's page and the new-suggestion page: the suggestion's details, its timeline and the forms
 * (submit, respond, rate, withdraw, assign, merge). The list's texts (date, supporters) are the shell's.
 */
addNamespace('suggestion', bokmal);
