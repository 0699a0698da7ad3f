import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** How long discovered provider metadata is reused before it is fetched again. */
const METADATA_TTL_MS = 10 * 60_000;
/** Seconds to wait for the provider before giving up. */
const PROVIDER_TIMEOUT_SECONDS = 10;

export interface ProviderClient {
  issuer: string;
  clientId: string;
  /** The plain client secret (decrypted just now); undefined for a public client with PKCE only. */
  clientSecret?: string;
}

/**
 * The one place that talks to identity providers, through openid-client (discovery, authorization
 * URL with PKCE/state/nonce, code exchange with ID token validation). No token is validated by hand.
 */
@Injectable()
export class OidcClientService {
  private readonly metadata = new Map<string, { at: number; server: oidc.ServerMetadata }>();
  private readonly jwks = new Map<string, oidc.ExportedJWKSCache>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A problem with the issuer URL itself, before any network call; null when it may be used. */
  issuerProblem(issuer: string): string | null {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      return 'must be a URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0';
    }
    if (url.protocol === 'https:') return null;
    if (url.protocol === 'http:' && this.config.oidcAllowHttp) return null;
    return url.protocol === 'http:'
      ? 'must use https:// (http:// is only accepted with IDEHUB_OIDC_ALLOW_HTTP=1, for local trials)'
      : 'must be an https:// URL';
  }

  /** Fetches the provider's discovery document now (no cache). Throws an Error saying what failed. */
  async check(client: ProviderClient): Promise<void> {
    const config = await this.discover(client);
    this.metadata.set(this.key(client), { at: Date.now(), server: config.serverMetadata() });
  }

  /** The configuration to use for one sign-in step, from cached metadata when fresh. */
  async configuration(client: ProviderClient): Promise<oidc.Configuration> {
    const cached = this.metadata.get(this.key(client));
    let config: oidc.Configuration;
    if (cached && Date.now() - cached.at < METADATA_TTL_MS) {
      config = new oidc.Configuration(cached.server, client.clientId, this.clientMetadata(client), this.auth(client));
      if (this.insecure(client.issuer)) oidc.allowInsecureRequests(config);
      config.timeout = PROVIDER_TIMEOUT_SECONDS;
    } else {
      config = await this.discover(client);
      this.metadata.set(this.key(client), { at: Date.now(), server: config.serverMetadata() });
    }
    const jwks = this.jwks.get(client.issuer);
    if (jwks) oidc.setJwksCache(config, jwks);
    return config;
  }

  /** Keeps the provider's signing keys for the next sign-in (they are fetched when first needed). */
  remember(client: ProviderClient, config: oidc.Configuration): void {
    const jwks = oidc.getJwksCache(config);
    if (jwks) this.jwks.set(client.issuer, jwks);
  }

  forget(issuer: string): void {
    for (const key of this.metadata.keys()) if (key.startsWith(`${issuer}\n`)) this.metadata.delete(key);
    this.jwks.delete(issuer);
  }

  private async discover(client: ProviderClient): Promise<oidc.Configuration> {
    const problem = this.issuerProblem(client.issuer);
    if (problem) throw new Error(`The issuer ${problem}.`);
    try {
      return await oidc.discovery(
        new URL(client.issuer),
        client.clientId,
        this.clientMetadata(client),
        this.auth(client),
        {
          execute: this.insecure(client.issuer) ? [oidc.allowInsecureRequests] : [],
          timeout: PROVIDER_TIMEOUT_SECONDS,
        },
      );
    } catch (error) {
      throw new Error(describeDiscoveryFailure(client.issuer, error));
    }
  }

  private key(client: ProviderClient): string {
    return `${client.issuer}\n${client.clientId}`;
  }

  private insecure(issuer: string): boolean {
    return this.config.oidcAllowHttp && issuer.startsWith('http:');
  }

  /** openid-client checks time claims against Date.now() + clockSkew: follow the app's clock (tests move it). */
  private clientMetadata(client: ProviderClient): Partial<oidc.ClientMetadata> {
    const skewSeconds = Math.round((this.clock.now().getTime() - Date.now()) / 1000);
    return {
      ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
      [oidc.clockSkew]: skewSeconds,
    };
  }

  private auth(client: ProviderClient): oidc.ClientAuth {
    return client.clientSecret ? oidc.ClientSecretPost(client.clientSecret) : oidc.None();
  }
}

/** A sentence for an admin: what was fetched and what went wrong. Never includes the client secret. */
export function describeDiscoveryFailure(issuer: string, error: unknown): string {
  const where = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const causes: string[] = [];
  for (let e: unknown = error; e && causes.length < 4; e = (e as { cause?: unknown }).cause) {
    const err = e as { code?: string; message?: string; status?: number };
    if (typeof err.code === 'string' && /^E[A-Z]+/.test(err.code)) {
      const known: Record<string, string> = {
        ECONNREFUSED: 'connection refused',
        ENOTFOUND: 'host not found',
        ETIMEDOUT: 'timed out',
        ECONNRESET: 'connection reset',
        EAI_AGAIN: 'host not found (DNS)',
      };
      causes.push(known[err.code] ?? err.code);
    } else if (err.message && err.message !== 'fetch failed') {
      causes.push(err.message);
    }
  }
  if ((error as { name?: string })?.name === 'TimeoutError') causes.push('timed out');
  return `Could not read the provider's discovery document at ${where}: ${causes[0] ?? 'unknown error'}.`;
}
