import { describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { classifyOidcError } from './classify-oidc-error';
import { describeDiscoveryFailure } from './oidc-client.service';
import { safeReturnTo, signInClaims } from './sso-sign-in.service';

describe('safeReturnTo (no open redirect)', () => {
  it.each([
    ['/forslag/123', '/forslag/123'],
    ['/forslag?unit=a#x', '/forslag?unit=a#x'],
    ['//evil.example.org/', '/'],
    ['/\\evil.example.org', '/'],
    ['https://evil.example.org', '/'],
    ['javascript:alert(1)', '/'],
    ['/logg-inn?sso_error=X', '/'],
    ['/a\nb', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%j → %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});

describe('signInClaims', () => {
  it('takes email, else preferred_username when it is an address; lower-cases it', () => {
    expect(
      signInClaims({ iss: 'i', sub: 's', email: ' Kari@Drammen.Kommune.no ', name: 'Kari', groups: ['a', 1] }),
    ).toEqual({
      issuer: 'i',
      subject: 's',
      email: 'kari@drammen.kommune.no',
      name: 'Kari',
      groups: ['a'],
    });
    expect(signInClaims({ iss: 'i', sub: 's', preferred_username: 'Ola@x.no' }).email).toBe('ola@x.no');
    expect(signInClaims({ iss: 'i', sub: 's', preferred_username: 'ola' }).email).toBe('');
    expect(signInClaims({ iss: 'i', sub: 's', email: 'a@b.no' }).name).toBe('a@b.no');
    expect(signInClaims({ iss: 'i', sub: 's', email: 'a@b.no', groups: 'g' }).groups).toEqual([]);
  });

  it('tells groups overage (the list left out) from no groups', () => {
    const overage = {
      iss: 'i',
      sub: 's',
      email: 'a@b.no',
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/s/getMemberObjects' } },
    };
    expect(signInClaims(overage).groups).toBeNull();
    expect(signInClaims({ iss: 'i', sub: 's', email: 'a@b.no', hasgroups: true }).groups).toBeNull();
    // A list, when there is one, is the answer; no list and no sign of overage is no groups.
    expect(signInClaims({ ...overage, groups: ['g'] }).groups).toEqual(['g']);
    expect(signInClaims({ iss: 'i', sub: 's', email: 'a@b.no', _claim_names: { roles: 'src1' } }).groups).toEqual([]);
  });
});

describe('classifyOidcError', () => {
  const clientError = (code: string, cause: string) =>
    Object.assign(new oidc.ClientError('x', { cause: new Error(cause) }), { code });
  it.each([
    [clientError('OAUTH_INVALID_RESPONSE', 'unexpected "state" response parameter value'), 'STATE_INVALID'],
    [clientError('OAUTH_INVALID_RESPONSE', 'unexpected "iss" (issuer) response parameter value'), 'ISSUER_MISMATCH'],
    [
      clientError('OAUTH_JWT_TIMESTAMP_CHECK_FAILED', 'unexpected JWT "exp" (expiration time) claim value'),
      'ID_TOKEN_INVALID',
    ],
    [clientError('OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'unexpected ID Token "nonce" claim value'), 'ID_TOKEN_INVALID'],
    [clientError('OAUTH_RESPONSE_IS_NOT_CONFORM', 'unexpected HTTP response status code'), 'PROVIDER_UNAVAILABLE'],
    [new TypeError('fetch failed'), 'PROVIDER_UNAVAILABLE'],
  ])('%s → %s', (error, code) => {
    expect(classifyOidcError(error)).toBe(code);
  });
});

describe('describeDiscoveryFailure', () => {
  it('names the document and the cause, never more', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ENOTFOUND' }) });
    expect(describeDiscoveryFailure('https://login.example.org/t/v2.0/', error)).toBe(
      "Could not read the provider's discovery document at https://login.example.org/t/v2.0/.well-known/openid-configuration: host not found.",
    );
  });
});
