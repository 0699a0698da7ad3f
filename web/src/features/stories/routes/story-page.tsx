import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { Page } from '@/components/page';
import { StatusBadge } from '@/components/status-badge';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useFormat } from '@/i18n/format';
import { problemCode } from '@/lib/errors';
import { useNavigationState } from '@/lib/navigation-state';
import { useSuccessStory } from '../api/success-story';
import { AdoptForm } from '../components/adopt-form';
import { AdoptionsTable } from '../components/adoptions-table';
import { GainList } from '../components/gain-list';
import { PublishPanel } from '../components/publish-panel';
import { UnpublishPanel } from '../components/unpublish-panel';
import { StoryStatusBadge } from '../components/story-status-badge';
import '../stories.css';
import '@/i18n/namespaces/daily';
import '@/i18n/namespaces/stories';

const TEXT_SECTIONS = ['problem', 'solution', 'lessons', 'trainingTips'] as const;

/** `/historier/:id`: the whole story, its gains, where it has spread, and «Vi vil prøve dette». */
export function StoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('stories');
  const { t: td } = useTranslation('daily');
  const format = useFormat();
  const [, navigate] = useLocation();
  const { me } = useViewer();
  const saved = Boolean(useNavigationState<{ saved: boolean }>()?.saved);
  const [published, setPublished] = useState(false);
  const [unpublished, setUnpublished] = useState(false);
  const result = useSuccessStory(id);

  if (result.loading && result.dataState !== 'complete') return <Loading />;
  const story = result.dataState === 'complete' ? result.data.successStory : null;
  if (!story) {
    const notFound = !result.error || problemCode(result.error) === 'NOT_FOUND';
    return (
      <Page title={notFound ? t('story.notFoundTitle') : t('story.errorTitle')}>
        {notFound ? (
          <p>{t('translation:errors.NOT_FOUND')}</p>
        ) : (
          <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />
        )}
        <p>
          <Link to="/historier">{t('story.backToList')}</Link>
        </p>
      </Page>
    );
  }

  const myUnitIds = (me?.memberships ?? []).flatMap((m) => (m.unit ? [m.unit.id] : []));
  const isDraft = story.status === 'DRAFT';
  // A person's page is for colleagues of the same municipality (the API shows no one else).
  const sameMunicipality = story.municipality.id === me?.municipality.id;

  return (
    <Page title={story.title} lead={story.summary}>
      {saved && isDraft && !published ? <SuccessMessage>{t('story.savedDraft')}</SuccessMessage> : null}
      {published ? <SuccessMessage>{t('publish.done')}</SuccessMessage> : null}
      {unpublished && isDraft ? <SuccessMessage>{td('unpublish.done')}</SuccessMessage> : null}
      <div className="card story-facts">
        <p className="story-card__meta">
          <StoryStatusBadge status={story.status} />
          <span>{story.municipality.name}</span>
          <span>
            {story.publishedAt
              ? t('list.publishedOn', { date: format.date(story.publishedAt) })
              : t('list.writtenOn', { date: format.date(story.createdAt) })}
          </span>
        </p>
        <dl className="story-facts__list">
          <div>
            <dt>{t('story.author')}</dt>
            <dd>
              {sameMunicipality ? (
                <Link to={`/personer/${story.author.id}`}>{story.author.name}</Link>
              ) : (
                story.author.name
              )}
            </dd>
          </div>
          <div>
            <dt>{t('story.contact')}</dt>
            <dd>
              {sameMunicipality ? (
                <Link to={`/personer/${story.contactPerson.id}`}>{story.contactPerson.name}</Link>
              ) : (
                <>
                  {story.contactPerson.name}{' '}
                  {t('story.contactOtherMunicipality', { municipality: story.municipality.name })}
                  {story.contactEmail ? (
                    <>
                      {' '}
                      <a href={`mailto:${story.contactEmail}`}>
                        {td('story.emailContact', { name: story.contactPerson.name })}
                      </a>{' '}
                      <span className="muted">({story.contactEmail})</span>
                    </>
                  ) : null}
                </>
              )}
            </dd>
          </div>
          {story.technology.length ? (
            <div>
              <dt>{t('story.technology')}</dt>
              <dd>
                <ul className="tag-list">
                  {story.technology.map((name) => (
                    <li key={name}>
                      <Link className="tag tag--technology" to={`/historier?teknologi=${encodeURIComponent(name)}`}>
                        {name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      </div>

      {story.canEdit && isDraft && !published ? (
        <PublishPanel
          storyId={story.id}
          onPublished={() => {
            setPublished(true);
            setUnpublished(false);
          }}
        />
      ) : null}
      {story.canUnpublish ? (
        <UnpublishPanel
          storyId={story.id}
          onUnpublished={() => {
            setUnpublished(true);
            setPublished(false);
          }}
        />
      ) : null}

      <section aria-labelledby="gains-heading">
        <h2 id="gains-heading">{t('story.gains')}</h2>
        <GainList gains={story.gains} />
      </section>

      {TEXT_SECTIONS.filter((field) => story[field]).map((field) => (
        <section key={field} aria-labelledby={`story-${field}`}>
          <h2 id={`story-${field}`}>{t(`story.${field}`)}</h2>
          <p className="prose">{story[field]}</p>
        </section>
      ))}

      {story.suggestions.length ? (
        <section aria-labelledby="story-suggestions">
          <h2 id="story-suggestions">{t('story.suggestions')}</h2>
          <ul className="plain-list">
            {story.suggestions.map((s) => (
              <li key={s.id}>
                <Link to={`/forslag/${s.id}`}>{s.title}</Link> <StatusBadge status={s.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!isDraft ? (
        <section aria-labelledby="story-adoptions">
          <h2 id="story-adoptions">
            {t('adoptions.heading', { count: story.adoptionCount, formatted: format.number(story.adoptionCount) })}
          </h2>
          <AdoptionsTable adoptions={story.adoptions} headingId="story-adoptions" />
        </section>
      ) : null}

      {!isDraft ? (
        <AdoptForm
          story={story}
          myUnitIds={myUnitIds}
          onAdopted={(s) => navigate(`/forslag/${s.id}`, { state: { submitted: true } })}
        />
      ) : null}

      <p>
        <Link to="/historier">{t('story.backToList')}</Link>
      </p>
    </Page>
  );
}
