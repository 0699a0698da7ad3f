import { addNamespace } from '../i18n';
import bokmal from '../promise.nb.json';

/** The feedback promise: following, the inbox's owed answers, the submit form's and adopting's notes. */
addNamespace('promise', bokmal);
