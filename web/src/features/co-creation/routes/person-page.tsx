import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { problemCode } from '@/lib/errors';
import { usePersonProfile } from '../api/person';
import '../co-creation.css';
import '@/i18n/namespaces/cocreation';

interface ProfileSuggestion {
  id: string;
  title: string;
  status: SuggestionStatusName;
  submittedAt: string;
  supportCount: number;
  unit: { name: string };
}

function ProfileList({
  id,
  heading,
  empty,
  items,
}: {
  id: string;
  heading: string;
  empty: string;
  items: ProfileSuggestion[];
}) {
  const { t } = useTranslation('cocreation');
  const format = useFormat();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="muted">({format.number(items.length)})</span>
      </h2>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="plain-list profile-list">
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/forslag/${s.id}`}>{s.title}</Link> <StatusBadge status={s.status} />{' '}
              <span className="muted">
                {s.unit.name} · {format.date(s.submittedAt)}
                {s.supportCount
                  ? ` · ${t('support.count', { count: s.supportCount, formatted: format.number(s.supportCount) })}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/personer/:id`: what a colleague submitted, supports and helps realise (as the reader may see it). */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cocreation');
  const { data, loading, error, refetch } = usePersonProfile(id);

  if (loading && !data) return <Loading />;
  const person = data?.person;
  if (!person) {
    const notFound = !error || problemCode(error) === 'NOT_FOUND';
    return (
      <Page title={t('person.notFoundTitle')}>
        {notFound ? <p>{t('person.notFound')}</p> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </Page>
    );
  }

  return (
    <Page title={person.name}>
      {person.memberships.length ? (
        <ul className="plain-list person__roles" aria-label={t('person.roles')}>
          {person.memberships.map((m, i) => (
            <li key={i}>
              {t(`translation:roles.${m.role}`)}
              {m.unit ? `, ${m.unit.name}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <ProfileList
        id="person-submitted"
        heading={t('person.submitted')}
        empty={t('person.noneSubmitted')}
        items={person.submitted}
      />
      <ProfileList
        id="person-supported"
        heading={t('person.supported')}
        empty={t('person.noneSupported')}
        items={person.supported}
      />
      <ProfileList
        id="person-co-creating"
        heading={t('person.coCreating')}
        empty={t('person.noneCoCreating')}
        items={person.coCreating}
      />
    </Page>
  );
}
