import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import { Page } from '@/components/page';
import { AdminNav } from '@/features/admin/components/admin-nav';
import type { PeopleDirectoryFilter, Role } from '@/gql/graphql';
import { problemOf } from '@/lib/errors';
import { useAdminUnits } from '../api/admin-units';
import { useAddPerson, usePeopleDirectory } from '../api/people';
import { PersonEditor } from '../components/person-editor';
import { MembershipsFieldset, type MembershipRow, toMembershipInput } from '../components/memberships-fieldset';
import { orgAdminFieldError, unitOptions } from '../components/org-admin-lib';
import '@/i18n/namespaces/orgadmin';

export const ROLES: Role[] = ['STAFF', 'LEADER', 'DIGITAL_AGENT', 'ADMIN'];

export function PeoplePage() {
  const { t } = useTranslation('orgadmin');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const openId = params.get('person');
  const units = useAdminUnits();
  const options = unitOptions(units.data?.adminUnits ?? []);

  const [draft, setDraft] = useState({ search: '', unitId: '', role: '', includeDeactivated: false });
  const [filter, setFilter] = useState<PeopleDirectoryFilter>({});
  const people = usePeopleDirectory(filter);
  const connection = people.data?.peopleDirectory;

  const openPerson = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('person', id);
    else next.delete('person');
    setParams(next);
  };

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setFilter({
      search: draft.search.trim() || undefined,
      unitId: draft.unitId || undefined,
      role: (draft.role || undefined) as Role | undefined,
      includeDeactivated: draft.includeDeactivated || undefined,
    });
  }

  return (
    <Page title={t('people.title')} lead={t('people.lead')}>
      <AdminNav />
      {openId ? (
        <PersonEditor id={openId} units={units.data?.adminUnits ?? []} onClose={() => openPerson(null)} />
      ) : null}

      <form className="card filters people-filters" role="search" onSubmit={onSearch} aria-label={t('people.find')}>
        <FieldShell label={t('people.search')}>
          {({ id }) => (
            <input
              id={id}
              type="search"
              value={draft.search}
              onChange={(e) => setDraft((d) => ({ ...d, search: e.target.value }))}
            />
          )}
        </FieldShell>
        <FieldShell label={t('people.unit')}>
          {({ id }) => (
            <select id={id} value={draft.unitId} onChange={(e) => setDraft((d) => ({ ...d, unitId: e.target.value }))}>
              <option value="">{t('people.any')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell label={t('people.role')}>
          {({ id }) => (
            <select id={id} value={draft.role} onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value }))}>
              <option value="">{t('people.any')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tc(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.includeDeactivated}
            onChange={(e) => setDraft((d) => ({ ...d, includeDeactivated: e.target.checked }))}
          />
          {t('people.includeDeactivated')}
        </label>
        <div>
          <button type="submit" className="button">
            {t('people.find')}
          </button>
        </div>
      </form>

      <section aria-labelledby="people-results-heading" className="stack">
        <h2 id="people-results-heading">
          {connection ? t('people.results', { count: connection.totalCount }) : t('people.title')}
        </h2>
        <ErrorMessage error={people.error} onRetry={() => void people.refetch()} />
        {people.loading && !people.data ? <Loading /> : null}
        {connection && connection.edges.length === 0 ? <EmptyState>{t('people.none')}</EmptyState> : null}
        {connection && connection.edges.length > 0 ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="people-results-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.email')}</th>
                  <th scope="col">{t('people.roles')}</th>
                  <th scope="col">{t('people.status')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: p }) => (
                  <tr key={p.id}>
                    <td>
                      <button
                        type="button"
                        className="button--link"
                        aria-label={t('people.open', { name: p.name })}
                        onClick={() => openPerson(p.id)}
                      >
                        {p.name}
                      </button>
                    </td>
                    <td>{p.email ?? ''}</td>
                    <td>
                      {p.memberships
                        .map((m) => `${tc(`roles.${m.role}`)} – ${m.unit?.name ?? t('people.wholeMunicipality')}`)
                        .join('; ')}
                    </td>
                    <td>
                      {p.anonymisedAt
                        ? t('people.anonymised')
                        : p.active
                          ? t('people.active')
                          : t('people.deactivated')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <div>
            <button
              type="button"
              className="button button--secondary"
              disabled={people.loading}
              onClick={() =>
                void people.fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    peopleDirectory: {
                      ...fetchMoreResult.peopleDirectory,
                      edges: [...prev.peopleDirectory.edges, ...fetchMoreResult.peopleDirectory.edges],
                    },
                  }),
                })
              }
            >
              {t('people.more')}
            </button>
          </div>
        ) : null}
      </section>

      <AddPersonForm units={units.data?.adminUnits ?? []} onAdded={(id) => openPerson(id)} />
    </Page>
  );
}

function AddPersonForm({
  units,
  onAdded,
}: {
  units: Parameters<typeof unitOptions>[0];
  onAdded: (id: string) => void;
}) {
  const { t } = useTranslation('orgadmin');
  const [add, { loading, error }] = useAddPerson();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [rows, setRows] = useState<MembershipRow[]>([{ role: 'STAFF', unitId: '' }]);
  const [added, setAdded] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ name?: boolean; email?: boolean }>({});
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const bad = { name: !name.trim(), email: !/^\S+@\S+\.\S+$/.test(email.trim()) };
    setMissing(bad);
    if (bad.name || bad.email) return;
    try {
      const res = await add({
        variables: { input: { name: name.trim(), email: email.trim(), memberships: toMembershipInput(rows) } },
      });
      if (res.data) {
        setAdded(res.data.addPerson.name);
        setName('');
        setEmail('');
        setRows([{ role: 'STAFF', unitId: '' }]);
        onAdded(res.data.addPerson.id);
      }
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="add-person-heading" noValidate>
      <h2 id="add-person-heading">{t('people.add')}</h2>
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      {added ? <SuccessMessage>{t('people.added', { name: added })}</SuccessMessage> : null}
      <FieldShell
        label={t('people.name')}
        required
        error={missing.name ? t('errors.name') : orgAdminFieldError(t, problem, 'name')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
          />
        )}
      </FieldShell>
      <FieldShell
        label={t('people.email')}
        required
        error={missing.email ? t('errors.email') : orgAdminFieldError(t, problem, 'email')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="email"
            value={email}
            autoComplete="off"
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
          />
        )}
      </FieldShell>
      <MembershipsFieldset rows={rows} onChange={setRows} units={units} problem={problem} />
      <div>
        <button type="submit" className="button" disabled={loading}>
          {t('people.addButton')}
        </button>
      </div>
    </form>
  );
}
