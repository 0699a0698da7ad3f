import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import type { DirectoryPersonQuery } from '@/gql/graphql';
import { problemOf } from '@/lib/errors';
import {
  useAnonymisePerson,
  useDeactivatePerson,
  useDirectoryPerson,
  useReactivatePerson,
  useSetMemberships,
  useUpdatePerson,
} from '../api/people';
import { MembershipsFieldset, type MembershipRow, toMembershipInput } from './memberships-fieldset';
import { type AdminUnit, orgAdminFieldError } from './org-admin-lib';
import { PasswordLinkPanel } from '@/features/password-links/components/password-link-panel';
import '@/i18n/namespaces/orgadmin';

type Person = NonNullable<DirectoryPersonQuery['directoryPerson']>;

/** The person editor of /admin/personer?person=<id>: name, e-mail, memberships, access, anonymisation. */
export function PersonEditor({ id, units, onClose }: { id: string; units: AdminUnit[]; onClose: () => void }) {
  const { t } = useTranslation('orgadmin');
  const person = useDirectoryPerson(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const p = person.data?.directoryPerson;
  const loadedId = p?.id;
  // Move focus to the editor when a person opens, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (loadedId) heading.current?.focus();
  }, [loadedId]);

  return (
    <section className="card stack person-editor" aria-labelledby="person-editor-heading">
      <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />
      {person.loading && !p ? <Loading /> : null}
      {p ? (
        <>
          <div className="page-head">
            <h2 id="person-editor-heading" tabIndex={-1} ref={heading}>
              {t('editor.title', { name: p.name })}
            </h2>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('editor.close')}
            </button>
          </div>
          {p.anonymisedAt ? (
            <p className="notice">{t('editor.anonymisedNote')}</p>
          ) : (
            <>
              <DetailsForm key={`d-${p.id}`} person={p} />
              <MembershipsForm key={`m-${p.id}-${p.memberships.length}`} person={p} units={units} />
              <PasswordLinkPanel person={p} />
              <AccessPanel person={p} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

function DetailsForm({ person }: { person: Person }) {
  const { t } = useTranslation('orgadmin');
  const [update, { loading, error }] = useUpdatePerson();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email ?? '');
  const [saved, setSaved] = useState(false);
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await update({ variables: { input: { id: person.id, name: name.trim(), email: email.trim() } } });
      setSaved(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-labelledby="person-details-heading" noValidate>
      <h3 id="person-details-heading">{t('editor.details')}</h3>
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      {saved ? <SuccessMessage>{t('editor.saved')}</SuccessMessage> : null}
      <FieldShell label={t('people.name')} required error={orgAdminFieldError(t, problem, 'name')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
          />
        )}
      </FieldShell>
      <FieldShell label={t('people.email')} required error={orgAdminFieldError(t, problem, 'email')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
          />
        )}
      </FieldShell>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {t('editor.saveDetails')}
        </button>
      </div>
    </form>
  );
}

function MembershipsForm({ person, units }: { person: Person; units: AdminUnit[] }) {
  const { t } = useTranslation('orgadmin');
  const { t: tc } = useTranslation();
  const [setMemberships, { loading, error }] = useSetMemberships();
  const [rows, setRows] = useState<MembershipRow[]>(
    person.memberships.map((m) => ({ role: m.role, unitId: m.unit?.id ?? '' })),
  );
  const [saved, setSaved] = useState(false);
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await setMemberships({ variables: { personId: person.id, memberships: toMembershipInput(rows) } });
      setSaved(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-label={t('editor.memberships')}>
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      {saved ? <SuccessMessage>{t('editor.saved')}</SuccessMessage> : null}
      {person.memberships.some((m) => m.source !== 'MANUAL') ? (
        <p className="field__hint">
          {person.memberships
            .map(
              (m) =>
                `${tc(`roles.${m.role}`)} – ${m.unit?.name ?? t('people.wholeMunicipality')} (${t(`people.source.${m.source}`)})`,
            )
            .join('; ')}
        </p>
      ) : null}
      <MembershipsFieldset rows={rows} onChange={setRows} units={units} problem={problem} />
      <div>
        <button type="submit" className="button" disabled={loading}>
          {t('editor.saveMemberships')}
        </button>
      </div>
    </form>
  );
}

function AccessPanel({ person }: { person: Person }) {
  const { t } = useTranslation('orgadmin');
  const [deactivate, deactivation] = useDeactivatePerson();
  const [reactivate, reactivation] = useReactivatePerson();
  const [anonymise, anonymisation] = useAnonymisePerson();
  const [confirmed, setConfirmed] = useState(false);
  const [asking, setAsking] = useState(false);
  const error = deactivation.error ?? reactivation.error ?? anonymisation.error;
  const problem = problemOf(error);
  const lastAdmin = problem?.fields.some((f) => f.message.includes('last active admin'));
  const run = (action: () => Promise<unknown>) => () => void action().catch(() => undefined);

  return (
    <div className="stack" role="group" aria-labelledby="person-access-heading">
      <h3 id="person-access-heading">{t('editor.status')}</h3>
      {lastAdmin ? (
        <div className="alert alert--error" role="alert">
          <p>{t('errors.lastAdmin')}</p>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      <p>
        <strong>{person.active ? t('people.active') : t('people.deactivated')}</strong>
      </p>
      {person.active ? (
        <>
          <p className="field__hint">{t('editor.deactivateLead')}</p>
          <div>
            <button
              type="button"
              className="button button--secondary"
              disabled={deactivation.loading}
              onClick={run(() => deactivate({ variables: { id: person.id } }))}
            >
              {t('editor.deactivate')}
            </button>
          </div>
        </>
      ) : (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={reactivation.loading}
            onClick={run(() => reactivate({ variables: { id: person.id } }))}
          >
            {t('editor.reactivate')}
          </button>
        </div>
      )}
      <p className="field__hint">{t('editor.anonymiseLead')}</p>
      {asking ? (
        <div className="stack">
          <label className="checkbox">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('editor.anonymiseConfirm')}
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={!confirmed || anonymisation.loading}
              onClick={run(() => anonymise({ variables: { id: person.id } }))}
            >
              {t('editor.anonymiseButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
              {t('units.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            {t('editor.anonymise')}
          </button>
        </div>
      )}
    </div>
  );
}
