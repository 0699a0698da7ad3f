import { type FormEvent, useState } from 'react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import type { Role, SsoSettingsQuery } from '@/gql/graphql';
import { problemOf } from '@/lib/errors';
import { useUpdateSsoSettings } from '../api/sso-settings';
import '@/i18n/namespaces/sso';

const ROLES: Role[] = ['STAFF', 'LEADER', 'DIGITAL_AGENT', 'ADMIN'];

interface MappingRow {
  key: number;
  group: string;
  unitId: string;
  role: Role;
}

type Settings = NonNullable<SsoSettingsQuery['ssoSettings']>;

/** The API's field problems with their full paths (e.g. `groupMappings.2.unitId`). */
function serverFields(error: unknown): Map<string, string> {
  const map = new Map<string, string>();
  let errors: readonly { extensions?: Record<string, unknown> }[] = [];
  if (CombinedGraphQLErrors.is(error)) errors = error.errors;
  else if (ServerError.is(error)) {
    // Apollo Server answers BAD_USER_INPUT with HTTP 400 and the errors in the body.
    try {
      errors = (JSON.parse(error.bodyText) as { errors?: typeof errors }).errors ?? [];
    } catch {
      errors = [];
    }
  }
  for (const e of errors) {
    const fields = (e.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
    for (const f of fields) map.set(f.field.replace(/^input\./, ''), f.message);
  }
  return map;
}

let nextKey = 1;

export function SignInSettingsForm({
  settings,
  units,
  redirectUri,
}: {
  settings: Settings | null;
  units: { id: string; name: string }[];
  redirectUri: string;
}) {
  const { t } = useTranslation('sso');
  const { t: tc } = useTranslation();
  const [update, { loading, error }] = useUpdateSsoSettings();
  const [issuer, setIssuer] = useState(settings?.issuer ?? '');
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [domains, setDomains] = useState((settings?.emailDomains ?? []).join('\n'));
  const [localLogin, setLocalLogin] = useState(settings?.localLoginEnabled ?? true);
  const [mappings, setMappings] = useState<MappingRow[]>(
    (settings?.groupMappings ?? []).map((m) => ({ key: nextKey++, group: m.group, unitId: m.unit.id, role: m.role })),
  );
  const [invalid, setInvalid] = useState<Map<string, string>>(new Map());
  const [saved, setSaved] = useState(false);
  const server = serverFields(error);
  const problem = problemOf(error);

  /** A field's error: ours first, then the server's, translated; the discovery failure keeps its detail. */
  function fieldError(field: string): string | undefined {
    const own = invalid.get(field);
    if (own) return own;
    const message = server.get(field);
    if (message === undefined) return undefined;
    if (field === 'issuer') return t('form.errors.issuer', { detail: message });
    if (field === 'clientSecret') return t('form.errors.secretKeyMissing');
    if (field.startsWith('emailDomains')) return t('form.errors.domain');
    if (field === 'localLoginEnabled') return t('form.errors.localLogin');
    if (field.endsWith('.unitId')) return t('form.errors.unit');
    if (field.endsWith('.group')) return t('form.errors.group');
    return t('form.errors.generic', { detail: message });
  }

  const domainList = () =>
    domains
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter(Boolean);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const bad = new Map<string, string>();
    if (!/^https?:\/\/\S+$/.test(issuer.trim())) bad.set('issuer', t('form.errors.issuerFormat'));
    if (!clientId.trim()) bad.set('clientId', t('form.errors.required'));
    domainList().forEach((d, i) => {
      if (!/^@?[a-z0-9.-]+\.[a-z]{2,}$/i.test(d)) bad.set(`emailDomains.${i}`, t('form.errors.domain'));
    });
    mappings.forEach((m, i) => {
      if (!m.group.trim()) bad.set(`groupMappings.${i}.group`, t('form.errors.group'));
      if (!m.unitId) bad.set(`groupMappings.${i}.unitId`, t('form.errors.unit'));
    });
    setInvalid(bad);
    if (bad.size) {
      document.getElementById('sso-form-errors')?.focus();
      return;
    }
    try {
      await update({
        variables: {
          input: {
            issuer: issuer.trim(),
            clientId: clientId.trim(),
            ...(removeSecret ? { clientSecret: '' } : clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}),
            emailDomains: domainList(),
            groupMappings: mappings.map((m) => ({ group: m.group.trim(), unitId: m.unitId, role: m.role })),
            localLoginEnabled: localLogin,
          },
        },
      });
      setClientSecret('');
      setRemoveSecret(false);
      setSaved(true);
    } catch {
      document.getElementById('sso-form-errors')?.focus();
    }
  }

  const errorCount = invalid.size || server.size;
  const domainErrors = [...new Set([...invalid.keys(), ...server.keys()].filter((k) => k.startsWith('emailDomains')))];

  return (
    <form onSubmit={onSubmit} className="card stack sso-settings" aria-labelledby="sso-settings-heading" noValidate>
      <h2 id="sso-settings-heading">{t('form.heading')}</h2>
      <p>{t('form.lead')}</p>
      <div id="sso-form-errors" tabIndex={-1}>
        {errorCount ? (
          <div role="alert" className="alert alert--error">
            <p>{t('form.errors.summary', { count: errorCount })}</p>
          </div>
        ) : null}
        {problem && !server.size ? <ErrorMessage error={error} /> : null}
      </div>
      {saved ? <SuccessMessage>{t('form.saved')}</SuccessMessage> : null}

      <div className="field">
        <p className="field__label" id="sso-redirect-label">
          {t('form.redirectUri')}
        </p>
        <p className="field__hint">{t('form.redirectUriHint')}</p>
        <code className="sso-redirect" aria-labelledby="sso-redirect-label">
          {redirectUri}
        </code>
      </div>

      <FieldShell label={t('form.issuer')} hint={t('form.issuerHint')} error={fieldError('issuer')} required>
        {({ id, describedBy, invalid: isInvalid }) => (
          <input
            id={id}
            name="issuer"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
          />
        )}
      </FieldShell>

      <FieldShell label={t('form.clientId')} hint={t('form.clientIdHint')} error={fieldError('clientId')} required>
        {({ id, describedBy, invalid: isInvalid }) => (
          <input
            id={id}
            name="clientId"
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
          />
        )}
      </FieldShell>

      <FieldShell
        label={t('form.clientSecret')}
        hint={settings?.hasClientSecret ? t('form.clientSecretStored') : t('form.clientSecretHint')}
        error={fieldError('clientSecret')}
      >
        {({ id, describedBy, invalid: isInvalid }) => (
          <input
            id={id}
            name="clientSecret"
            type="password"
            autoComplete="new-password"
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            value={clientSecret}
            disabled={removeSecret}
            onChange={(e) => setClientSecret(e.target.value)}
          />
        )}
      </FieldShell>
      {settings?.hasClientSecret ? (
        <div className="checkbox">
          <input
            id="sso-remove-secret"
            type="checkbox"
            checked={removeSecret}
            onChange={(e) => setRemoveSecret(e.target.checked)}
          />
          <label htmlFor="sso-remove-secret">{t('form.removeSecret')}</label>
        </div>
      ) : null}

      <FieldShell
        label={t('form.emailDomains')}
        hint={t('form.emailDomainsHint')}
        error={domainErrors.length ? t('form.errors.domain') : undefined}
      >
        {({ id, describedBy, invalid: isInvalid }) => (
          <textarea
            id={id}
            name="emailDomains"
            rows={3}
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            value={domains}
            onChange={(e) => setDomains(e.target.value)}
          />
        )}
      </FieldShell>

      <fieldset className="stack sso-mappings">
        <legend>{t('form.mappings')}</legend>
        <p className="field__hint">{t('form.mappingsHint')}</p>
        {mappings.length === 0 ? <p>{t('form.noMappings')}</p> : null}
        <ol className="stack">
          {mappings.map((m, i) => (
            <li key={m.key} className="sso-mapping">
              <FieldShell label={t('form.group', { n: i + 1 })} error={fieldError(`groupMappings.${i}.group`)}>
                {({ id, describedBy, invalid: isInvalid }) => (
                  <input
                    id={id}
                    type="text"
                    spellCheck={false}
                    aria-describedby={describedBy}
                    aria-invalid={isInvalid || undefined}
                    value={m.group}
                    onChange={(e) =>
                      setMappings((rows) => rows.map((r) => (r.key === m.key ? { ...r, group: e.target.value } : r)))
                    }
                  />
                )}
              </FieldShell>
              <FieldShell label={t('form.unit', { n: i + 1 })} error={fieldError(`groupMappings.${i}.unitId`)}>
                {({ id, describedBy, invalid: isInvalid }) => (
                  <select
                    id={id}
                    aria-describedby={describedBy}
                    aria-invalid={isInvalid || undefined}
                    value={m.unitId}
                    onChange={(e) =>
                      setMappings((rows) => rows.map((r) => (r.key === m.key ? { ...r, unitId: e.target.value } : r)))
                    }
                  >
                    <option value="">{t('form.chooseUnit')}</option>
                    {units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                )}
              </FieldShell>
              <FieldShell label={t('form.role', { n: i + 1 })}>
                {({ id, describedBy }) => (
                  <select
                    id={id}
                    aria-describedby={describedBy}
                    value={m.role}
                    onChange={(e) =>
                      setMappings((rows) =>
                        rows.map((r) => (r.key === m.key ? { ...r, role: e.target.value as Role } : r)),
                      )
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tc(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FieldShell>
              <div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setMappings((rows) => rows.filter((r) => r.key !== m.key))}
                >
                  {t('form.removeMapping', { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMappings((rows) => [...rows, { key: nextKey++, group: '', unitId: '', role: 'STAFF' }])}
          >
            {t('form.addMapping')}
          </button>
        </div>
      </fieldset>

      <div className="checkbox">
        <input
          id="sso-local-login"
          type="checkbox"
          aria-describedby="sso-local-login-hint"
          checked={localLogin}
          onChange={(e) => setLocalLogin(e.target.checked)}
        />
        <label htmlFor="sso-local-login">{t('form.localLogin')}</label>
      </div>
      <p id="sso-local-login-hint" className="field__hint">
        {t('form.localLoginHint')}
      </p>
      {fieldError('localLoginEnabled') ? (
        <p className="field__error">
          <span aria-hidden="true">✕ </span>
          {fieldError('localLoginEnabled')}
        </p>
      ) : null}

      <div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('form.checking') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
