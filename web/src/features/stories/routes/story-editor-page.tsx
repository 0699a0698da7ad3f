import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useImplementedSuggestions } from '../api/implemented-suggestions';
import { useStoryContacts } from '../api/story-contacts';
import { useStoryTechnologies } from '../api/story-technologies';
import { useSuccessStory } from '../api/success-story';
import { StoryEditorForm } from '../components/story-editor-form';
import { isStoryWriter } from '../lib/story-roles';
import '../stories.css';
import '@/i18n/namespaces/stories';

/** `/historier/ny` (a new draft, `?forslag=<id>` ticks the suggestion it grew from) and `/historier/:id/rediger`. */
export function StoryEditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('stories');
  const [, navigate] = useLocation();
  const { me, roles } = useViewer();
  const writer = isStoryWriter(roles);
  const story = useSuccessStory(id ?? '', { skip: !id });
  const contacts = useStoryContacts();
  const implemented = useImplementedSuggestions();
  const technologies = useStoryTechnologies();

  const title = id ? t('editor.editTitle') : t('editor.newTitle');
  if (!me) return <Loading />;
  if (!writer) {
    return (
      <Page title={title}>
        <p>{t('editor.notWriter')}</p>
        <p>
          <Link to="/historier">{t('story.backToList')}</Link>
        </p>
      </Page>
    );
  }
  const loading =
    (id && story.loading && !story.data) ||
    (contacts.loading && !contacts.data) ||
    (implemented.loading && !implemented.data);
  if (loading) return <Loading />;
  const error = story.error ?? contacts.error ?? implemented.error;
  const existing = id ? (story.data?.successStory ?? null) : null;
  if (id && !existing) {
    return (
      <Page title={title}>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void story.refetch()} />
        ) : (
          <p>{t('translation:errors.NOT_FOUND')}</p>
        )}
        <p>
          <Link to="/historier">{t('story.backToList')}</Link>
        </p>
      </Page>
    );
  }
  if (existing && !existing.canEdit) {
    return (
      <Page title={title}>
        <p>{existing.status === 'PUBLISHED' ? t('editor.publishedReadOnly') : t('editor.notYours')}</p>
        <p>
          <Link to={`/historier/${existing.id}`}>{t('editor.backToStory')}</Link>
        </p>
      </Page>
    );
  }

  const people = (contacts.data?.people ?? []).filter((p) => p.id !== (existing?.author.id ?? me.id));
  const suggestionOptions = (implemented.data?.suggestions.edges ?? []).map((e) => e.node);
  const fromSuggestion = params.get('forslag');

  return (
    <Page title={existing ? t('editor.editTitleNamed', { title: existing.title }) : title} lead={t('editor.lead')}>
      {error ? <ErrorMessage error={error} /> : null}
      <StoryEditorForm
        key={existing?.id ?? 'new'}
        story={existing}
        initialSuggestionIds={
          fromSuggestion && suggestionOptions.some((s) => s.id === fromSuggestion) ? [fromSuggestion] : []
        }
        contacts={people}
        suggestions={suggestionOptions}
        technologies={technologies.data?.successStoryTechnologies ?? []}
        onSaved={(saved) => navigate(`/historier/${saved.id}`, { state: { saved: true } })}
        onConflict={() => void story.refetch()}
        draftOwnerId={me.id}
      />
    </Page>
  );
}
