/**
 * Why a sign-in through the identity provider failed. The callback redirects to
 * `/logg-inn?sso_error=<code>` and the web shows a translated sentence for each; nothing is stored.
 */
export const SSO_ERROR_CODES = [
  /** The municipality is unknown or has no identity provider configured. */
  'NOT_CONFIGURED',
  /** The login attempt is missing, expired, already used, or the `state` does not match. */
  'STATE_INVALID',
  /** The provider refused the code (used twice, expired, or not issued to this client). */
  'CODE_REJECTED',
  /** The ID token failed validation (signature, audience, nonce, expiry). */
  'ID_TOKEN_INVALID',
  /** The response came from another issuer than the configured one. */
  'ISSUER_MISMATCH',
  /** The provider could not be reached or answered with an error page. */
  'PROVIDER_UNAVAILABLE',
  /** The provider said no (e.g. the person cancelled or is not assigned to the app). */
  'ACCESS_DENIED',
  /** The provider sent no usable e-mail address. */
  'EMAIL_MISSING',
  /** The e-mail's domain is not among the municipality's allowed domains. */
  'EMAIL_DOMAIN_NOT_ALLOWED',
  /** The e-mail or identity belongs to a person of another municipality. */
  'OTHER_MUNICIPALITY',
  /** The person has been deactivated. */
  'PERSON_DEACTIVATED',
] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

export class SsoSignInError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
