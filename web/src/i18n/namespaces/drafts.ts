import { addNamespace } from '../i18n';
import bokmal from '../drafts.nb.json';

/** Drafts kept across an expired session: said by every form's refusal, so part of the shell. */
addNamespace('drafts', bokmal);
