import { type FormEvent, useId, useState } from 'react';
import { STORY_SUMMARY_MAX, STORY_SUMMARY_MIN, STORY_TEXT_MAX } from '@idehub/libs/story-rules';
import { TITLE_MAX, TITLE_MIN } from '@idehub/libs/suggestion-rules';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import type { StoryDetailFragment } from '@/gql/graphql';
import { DraftRestored, ProblemAlert } from '@/components/feedback';
import { loadDraft, useDraft } from '@/lib/drafts';
import { PROBLEM_MESSAGE_KEYS, type Problem } from '@/lib/errors';
import { useCreateSuccessStory } from '../api/create-success-story';
import { useUpdateSuccessStory } from '../api/update-success-story';
import {
  draftFromStory,
  draftToInput,
  emptyDraft,
  errorOrder,
  identifierFields,
  isEmptyStoryDraft,
  type LongTextField,
  parseStoredStoryDraft,
  type StoryDraft,
  type StoryErrors,
  validateDraft,
} from '../lib/story-draft';
import { storyServerErrors } from '../lib/story-server-errors';
import { GainsFieldset } from './gains-fieldset';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/stories';

export interface ContactOption {
  id: string;
  name: string;
}

export interface SuggestionOption {
  id: string;
  title: string;
  unit: { name: string };
}

interface Props {
  /** The draft being edited; omitted for a new story. */
  story?: StoryDetailFragment | null;
  /** A new story usually grows from an implemented suggestion: these are ticked from the start. */
  initialSuggestionIds?: string[];
  contacts: ContactOption[];
  suggestions: SuggestionOption[];
  technologies?: string[];
  onSaved: (story: { id: string }) => void;
  /** Someone else changed the draft meanwhile: the page fetches it again. */
  onConflict?: () => void;
  /** The signed-in person: the story is kept as their draft in this browser until it is saved. */
  draftOwnerId?: string | null;
}

/** The draft without the gains' React keys (new ones are made each time a story is read). */
const comparable = (draft: StoryDraft) =>
  JSON.stringify({ ...draft, gains: draft.gains.map(({ key: _k, ...g }) => g) });

/** Write or edit a draft success story with structured gains. Publishing happens on the story page. */
export function StoryEditorForm({
  story,
  initialSuggestionIds = [],
  contacts,
  suggestions,
  technologies = [],
  onSaved,
  onConflict,
  draftOwnerId,
}: Props) {
  const { t, i18n } = useTranslation('stories');
  const id = useId();
  const [create, createState] = useCreateSuccessStory();
  const [update, updateState] = useUpdateSuccessStory();
  const scope = story?.id ?? 'new';
  const fresh = () => (story ? draftFromStory(story, i18n.language) : emptyDraft(initialSuggestionIds));
  // A kept draft of an existing story counts only if nobody has saved the story since it was made.
  const [restoredDraft] = useState(() => {
    const kept = loadDraft(draftOwnerId, 'story', scope, parseStoredStoryDraft);
    return kept && (story ? kept.version === story.version : kept.version === null) ? kept.draft : null;
  });
  const [restored, setRestored] = useState(restoredDraft !== null);
  const [draft, setDraft] = useState<StoryDraft>(() => restoredDraft ?? fresh());
  // An edit is kept once it differs from the story as saved; a new story once it holds any text.
  const [asSaved] = useState(() => (story ? comparable(draftFromStory(story, i18n.language)) : null));
  const unchanged = asSaved !== null ? comparable(draft) === asSaved : isEmptyStoryDraft(draft);
  const kept = useDraft(draftOwnerId, 'story', scope, { version: story?.version ?? null, draft }, unchanged);
  const [clientErrors, setClientErrors] = useState<StoryErrors>({});
  const [serverErrors, setServerErrors] = useState<StoryErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const loading = createState.loading || updateState.loading;

  // The guard runs while typing, so nobody learns of the rule from a refusal.
  const warnings: StoryErrors = Object.fromEntries(
    [...identifierFields(draft)].map((path) => [path, t('daily:identifierWarning.story')]),
  );
  // A field marked wrong shows its error only while it is still wrong: it goes as soon as the field is valid.
  const stillWrong = validateDraft(draft, t);
  const errorFor = (path: string) => (clientErrors[path] ? stillWrong[path] : undefined) ?? serverErrors[path];
  const set = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function focusFirst(form: HTMLFormElement, errors: StoryErrors) {
    const first = errorOrder(draft).find((path) => errors[path]);
    if (!first) return;
    const target =
      first === 'gains'
        ? form.querySelector<HTMLElement>('.gains-fieldset button')
        : first === 'suggestionIds'
          ? form.querySelector<HTMLElement>('input[name=suggestionIds]')
          : form.querySelector<HTMLElement>(`[name="${first}"]`);
    target?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setServerErrors({});
    const errors = validateDraft(draft, t);
    setClientErrors(errors);
    if (Object.keys(errors).length) {
      focusFirst(form, errors);
      return;
    }
    const input = draftToInput(draft);
    try {
      const result = story
        ? await update({ variables: { input: { ...input, id: story.id, expectedVersion: story.version } } })
        : await create({ variables: { input } });
      const saved =
        result.data && 'updateSuccessStory' in result.data
          ? result.data.updateSuccessStory
          : result.data && 'createSuccessStory' in result.data
            ? result.data.createSuccessStory
            : null;
      if (saved) {
        kept.clear();
        onSaved({ id: saved.id });
      }
    } catch (e) {
      const { problem: p, errors: fieldErrors } = storyServerErrors(e, draft, t);
      setProblem(p);
      setServerErrors(fieldErrors);
      if (p?.code === 'CONFLICT') onConflict?.();
      focusFirst(form, fieldErrors);
    }
  }

  const longText = (field: LongTextField, rows = 5) => (
    <FieldShell
      label={t(`editor.${field}`)}
      hint={t(`editor.${field}Hint`, { max: STORY_TEXT_MAX })}
      warning={warnings[field]}
      error={errorFor(field)}
    >
      {({ id: fid, describedBy, invalid }) => (
        <textarea
          id={fid}
          name={field}
          rows={rows}
          maxLength={STORY_TEXT_MAX}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FieldShell>
  );

  const pageProblem =
    problem && !Object.keys(serverErrors).length
      ? problem.code === 'CONFLICT'
        ? t('editor.conflict')
        : t(`translation:${PROBLEM_MESSAGE_KEYS[problem.code]}`)
      : null;

  return (
    <form onSubmit={onSubmit} noValidate className="stack story-editor" aria-describedby={`${id}-privacy`}>
      {problem && pageProblem ? (
        <ProblemAlert problem={problem} message={pageProblem} draftKept={!!draftOwnerId} />
      ) : null}
      {restored ? (
        <DraftRestored
          onDiscard={() => {
            kept.clear();
            setRestored(false);
            setDraft(fresh());
            setClientErrors({});
            setServerErrors({});
          }}
        />
      ) : null}
      <p id={`${id}-privacy`} className="notice">
        {t('editor.privacyNotice')}
      </p>
      <FieldShell
        label={t('editor.title')}
        required
        hint={t('editor.titleHint', { min: TITLE_MIN, max: TITLE_MAX })}
        warning={warnings.title}
        error={errorFor('title')}
      >
        {({ id: fid, describedBy, invalid }) => (
          <input
            id={fid}
            name="title"
            type="text"
            maxLength={TITLE_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FieldShell>
      <FieldShell
        label={t('editor.summary')}
        required
        hint={t('editor.summaryHint', { min: STORY_SUMMARY_MIN, max: STORY_SUMMARY_MAX })}
        warning={warnings.summary}
        error={errorFor('summary')}
      >
        {({ id: fid, describedBy, invalid }) => (
          <textarea
            id={fid}
            name="summary"
            rows={3}
            maxLength={STORY_SUMMARY_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={draft.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </FieldShell>
      {longText('problem')}
      {longText('solution')}
      <FieldShell
        label={t('editor.technology')}
        hint={
          technologies.length
            ? t('editor.technologyHintWithExamples', { examples: technologies.slice(0, 4).join(', ') })
            : t('editor.technologyHint')
        }
        warning={warnings.technology}
        error={errorFor('technology')}
      >
        {({ id: fid, describedBy, invalid }) => (
          <input
            id={fid}
            name="technology"
            type="text"
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={draft.technology}
            onChange={(e) => set('technology', e.target.value)}
          />
        )}
      </FieldShell>

      <GainsFieldset
        gains={draft.gains}
        onChange={(gains) => set('gains', gains)}
        errorFor={errorFor}
        warnings={warnings}
      />

      {longText('lessons', 4)}
      {longText('trainingTips', 4)}

      <FieldShell label={t('editor.contact')} hint={t('editor.contactHint')} error={errorFor('contactPersonId')}>
        {({ id: fid, describedBy, invalid }) => (
          <select
            id={fid}
            name="contactPersonId"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={draft.contactPersonId}
            onChange={(e) => set('contactPersonId', e.target.value)}
          >
            <option value="">
              {story ? t('editor.contactAuthor', { name: story.author.name }) : t('editor.contactMe')}
            </option>
            {contacts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>

      <fieldset
        className="checkboxes"
        aria-describedby={`${id}-sugg-hint${errorFor('suggestionIds') ? ` ${id}-sugg-err` : ''}`}
      >
        <legend>{t('editor.suggestions')}</legend>
        <p id={`${id}-sugg-hint`} className="field__hint">
          {t('editor.suggestionsHint')}
        </p>
        {suggestions.length === 0 ? <p className="empty">{t('editor.noImplemented')}</p> : null}
        {suggestions.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              name="suggestionIds"
              value={s.id}
              checked={draft.suggestionIds.includes(s.id)}
              onChange={(e) =>
                set(
                  'suggestionIds',
                  e.target.checked ? [...draft.suggestionIds, s.id] : draft.suggestionIds.filter((x) => x !== s.id),
                )
              }
            />
            <span>
              {s.title} <span className="muted">({s.unit.name})</span>
            </span>
          </label>
        ))}
        {errorFor('suggestionIds') ? (
          <p id={`${id}-sugg-err`} className="field__error">
            <span aria-hidden="true">✕ </span>
            {errorFor('suggestionIds')}
          </p>
        ) : null}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('translation:common.saving') : story ? t('editor.saveChanges') : t('editor.saveDraft')}
        </button>
      </div>
    </form>
  );
}
