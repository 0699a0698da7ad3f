import * as oidc from 'openid-client';
import { SsoErrorCode } from './sso-errors';

/** Maps what openid-client threw during the code exchange to the reason shown to the person. */
export function classifyOidcError(error: unknown): SsoErrorCode {
  if (error instanceof oidc.AuthorizationResponseError) {
    return ['server_error', 'temporarily_unavailable'].includes(error.error) ? 'PROVIDER_UNAVAILABLE' : 'ACCESS_DENIED';
  }
  if (error instanceof oidc.ResponseBodyError) {
    return error.error === 'invalid_grant' ? 'CODE_REJECTED' : 'PROVIDER_UNAVAILABLE';
  }
  if (error instanceof oidc.ClientError) {
    const cause = (error.cause as { message?: string } | undefined)?.message ?? '';
    switch (error.code) {
      case 'OAUTH_INVALID_RESPONSE':
        if (cause.includes('"iss"')) return 'ISSUER_MISMATCH';
        if (cause.includes('"state"')) return 'STATE_INVALID';
        return cause.includes('ID Token') || cause.includes('JWT') ? 'ID_TOKEN_INVALID' : 'PROVIDER_UNAVAILABLE';
      case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
      case 'OAUTH_JWS_SIGNATURE_VERIFICATION_FAILED':
      case 'OAUTH_KEY_SELECTION_FAILED':
        return 'ID_TOKEN_INVALID';
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
        return cause.includes('"iss"') ? 'ISSUER_MISMATCH' : 'ID_TOKEN_INVALID';
      default:
        return /signature|JWT|JWS|ID Token/i.test(`${error.message} ${cause}`)
          ? 'ID_TOKEN_INVALID'
          : 'PROVIDER_UNAVAILABLE';
    }
  }
  // TypeError "fetch failed", AbortError/TimeoutError: the provider could not be reached.
  return 'PROVIDER_UNAVAILABLE';
}
