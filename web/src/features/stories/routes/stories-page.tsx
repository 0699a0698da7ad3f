import { type FormEvent, useId } from 'react';
import { GAIN_CATEGORIES, type GainCategory } from '@idehub/libs/suggestion-rules';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import type { SuccessStoryFilter } from '@/gql/graphql';
import { useFormat } from '@/i18n/format';
import { STORY_PAGE_SIZE, useSuccessStories } from '../api/success-stories';
import { useStoryMunicipalities } from '../api/story-municipalities';
import { useStoryTechnologies } from '../api/story-technologies';
import { StoryList } from '../components/story-list';
import { isStoryWriter } from '../lib/story-roles';
import '../stories.css';
import '@/i18n/namespaces/stories';

const PARAMS = ['q', 'kommune', 'teknologi', 'kategori', 'utkast'] as const;

function isGainCategory(value: string): value is GainCategory {
  return (GAIN_CATEGORIES as readonly string[]).includes(value);
}

/** `/historier`: published stories of the whole hub, filtered by municipality, technology, gain category and text. */
export function StoriesPage() {
  const { t } = useTranslation('stories');
  const format = useFormat();
  const id = useId();
  const { roles } = useViewer();
  const writer = isStoryWriter(roles);
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const municipalityId = params.get('kommune') ?? '';
  const technology = params.get('teknologi') ?? '';
  const category = params.get('kategori') ?? '';
  const drafts = params.get('utkast') === '1';
  const filter: SuccessStoryFilter = {
    ...(search ? { search } : {}),
    ...(municipalityId ? { municipalityId } : {}),
    ...(technology ? { technology } : {}),
    ...(isGainCategory(category) ? { gainCategory: category } : {}),
    ...(drafts ? { includeMyDrafts: true } : {}),
  };
  const { data, dataState, loading, error, refetch, fetchMore } = useSuccessStories(filter);
  const municipalities = useStoryMunicipalities();
  const technologies = useStoryTechnologies();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of PARAMS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  }

  const connection = dataState === 'complete' ? data.successStories : undefined;
  const items = connection?.edges.map((e) => e.node) ?? [];
  const filtered = PARAMS.some((key) => params.get(key));

  return (
    <Page
      title={t('list.title')}
      lead={t('list.lead')}
      actions={
        writer ? (
          <Link className="button" to="/historier/ny">
            {t('list.newStory')}
          </Link>
        ) : null
      }
    >
      <form
        role="search"
        aria-label={t('list.searchLabel')}
        className="story-filters"
        onSubmit={onSubmit}
        key={params.toString()}
      >
        <div className="field story-filters__search">
          <label htmlFor={`${id}-q`} className="field__label">
            {t('list.search')}
          </label>
          <input id={`${id}-q`} name="q" type="search" defaultValue={search} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-m`} className="field__label">
            {t('list.municipality')}
          </label>
          <select id={`${id}-m`} name="kommune" defaultValue={municipalityId}>
            <option value="">{t('list.allMunicipalities')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-t`} className="field__label">
            {t('list.technologyFilter')}
          </label>
          <select id={`${id}-t`} name="teknologi" defaultValue={technology}>
            <option value="">{t('list.allTechnologies')}</option>
            {(technologies.data?.successStoryTechnologies ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`} className="field__label">
            {t('list.gainCategory')}
          </label>
          <select id={`${id}-c`} name="kategori" defaultValue={category}>
            <option value="">{t('list.allGainCategories')}</option>
            {GAIN_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`gainCategory.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {writer ? (
          <label className="checkbox story-filters__drafts">
            <input type="checkbox" name="utkast" value="1" defaultChecked={drafts} />
            {t('list.includeDrafts')}
          </label>
        ) : null}
        <div className="story-filters__actions button-row">
          <button type="submit" className="button">
            {t('list.searchButton')}
          </button>
          {filtered ? (
            <Link to="/historier" className="button button--secondary">
              {t('list.clearFilters')}
            </Link>
          ) : null}
        </div>
      </form>

      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <Loading /> : null}
      {connection ? (
        <>
          <p role="status" className="count">
            {t('list.showing', {
              shown: format.number(items.length),
              total: format.number(connection.totalCount),
              count: connection.totalCount,
            })}
          </p>
          {items.length === 0 ? <EmptyState>{t('list.empty')}</EmptyState> : <StoryList items={items} />}
          {connection.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() =>
                void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: STORY_PAGE_SIZE } })
              }
            >
              {loading ? t('translation:common.loading') : t('list.showMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
