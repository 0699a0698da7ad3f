import { GAIN_CATEGORY_LABELS } from '@idehub/libs/suggestion-rules';
import { STORY_STATUS_LABELS } from '@idehub/libs/story-rules';
import { addNamespace, labels } from '../i18n';
import bokmal from '../stories.nb.json';

/** Success stories and gains; names gain categories and story statuses from the shared libs tables. */
addNamespace('stories', bokmal, (language) => ({
  gainCategory: labels(GAIN_CATEGORY_LABELS, language),
  storyStatus: labels(STORY_STATUS_LABELS, language),
}));
