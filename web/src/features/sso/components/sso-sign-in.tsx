import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { useSsoMunicipalities } from '../api/sso-municipalities';
import '@/i18n/namespaces/sso';

/** The reasons the API gives in `/logg-inn?sso_error=<code>` (api/src/sso/sso-errors.ts). */
export const SSO_ERRORS = [
  'NOT_CONFIGURED',
  'STATE_INVALID',
  'CODE_REJECTED',
  'ID_TOKEN_INVALID',
  'ISSUER_MISMATCH',
  'PROVIDER_UNAVAILABLE',
  'ACCESS_DENIED',
  'EMAIL_MISSING',
  'EMAIL_DOMAIN_NOT_ALLOWED',
  'OTHER_MUNICIPALITY',
  'PERSON_DEACTIVATED',
] as const;

/** Where the browser starts a sign-in with a municipality's identity provider (a full page load, not a route). */
export function ssoLoginHref(slug: string, returnTo?: string): string {
  const back =
    returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/logg-inn')
      ? returnTo
      : undefined;
  return `/auth/oidc/${encodeURIComponent(slug)}/login${back ? `?returnTo=${encodeURIComponent(back)}` : ''}`;
}

/** Why a sign-in through the provider failed, from the redirect back to /logg-inn. */
export function SsoSignInError() {
  const { t } = useTranslation('sso');
  const [params] = useSearchParams();
  const code = params.get('sso_error');
  if (!code) return null;
  const known = (SSO_ERRORS as readonly string[]).includes(code) ? code : 'UNKNOWN';
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <strong>{t('signIn.failed')}</strong> {t(`errors.${known}`)}
      </p>
    </div>
  );
}

/** «Logg inn med <kommune>s konto» for each municipality that has its own identity provider. */
export function SsoSignInButtons({ returnTo }: { returnTo?: string }) {
  const { t } = useTranslation('sso');
  const { data } = useSsoMunicipalities();
  const municipalities = data?.ssoMunicipalities ?? [];
  if (!municipalities.length) return null;
  return (
    <section aria-labelledby="sso-heading" className="card stack">
      <h2 id="sso-heading">{t('signIn.heading')}</h2>
      <p>{t('signIn.lead')}</p>
      <ul className="sso-buttons">
        {municipalities.map((m) => (
          <li key={m.id}>
            <a className="button" href={ssoLoginHref(m.slug, returnTo)}>
              {t('signIn.button', { name: m.name })}
            </a>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('signIn.orPassword')}</p>
    </section>
  );
}
