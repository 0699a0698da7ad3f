import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  email?: string;
  name?: string;
  preferred_username?: string;
  groups?: string[];
  /** A distributed claim, as Entra ID names `groups` when it leaves the list out (groups overage). */
  _claim_names?: Record<string, string>;
  _claim_sources?: Record<string, { endpoint: string }>;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by `sub`; change their claims between sign-ins. */
  accounts: Record<string, TestAccount>;
  stop(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on a loopback port, with its development login form
 * (any password; the login name is the account's `sub`). Consent is pre-granted, as an Entra
 * tenant admin would grant it for the whole organisation.
 */
export async function startTestProvider(options: {
  redirectUri: string;
  accounts: Record<string, TestAccount>;
  clientId?: string;
  clientSecret?: string;
  idTokenTtlSeconds?: number;
}): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.clientId ?? 'idehub-test';
  const clientSecret = options.clientSecret ?? `provider-secret-${Math.random().toString(36).slice(2)}`;
  const accounts = options.accounts;
  const claimNames = ['sub', 'email', 'name', 'groups', 'preferred_username'];
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: claimNames },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { IdToken: options.idTokenTtlSeconds ?? 60 },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    findAccount: async (_ctx: unknown, sub: string) =>
      accounts[sub] ? { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) } : undefined,
    loadExistingGrant: async (ctx: any) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(claimNames);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
