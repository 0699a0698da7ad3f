import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/runtime-tokens';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MembershipSource } from '../organisation/membership-source.enum';
import { MembershipEntity } from '../organisation/membership.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../organisation/person.entity';
import { Role } from '../organisation/role.enum';
import { classifyOidcError } from './classify-oidc-error';
import { OidcClientService, ProviderClient } from './oidc-client.service';
import { OidcLoginAttemptEntity } from './oidc-login-attempt.entity';
import { PersonIdentityEntity } from './person-identity.entity';
import { decryptSecret } from './secret-box';
import { SsoSignInError } from './sso-errors';
import { SsoGroupMappingEntity } from './sso-group-mapping.entity';
import { SsoSettingsEntity } from './sso-settings.entity';

/** A login attempt must come back from the provider within this time. */
export const LOGIN_ATTEMPT_TTL_MS = 10 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Only paths on this site, never `//host` or a full URL (no open redirect). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  if (value.length > 1024 || /[\u0000-\u001f]/.test(value) || value.startsWith('/logg-inn')) return '/';
  return value;
}

/** What the audit log says of a sign-in whose token left the group list out (`keepMembershipsOnOverage`). */
export const GROUPS_OVERAGE_KEPT = 'the identity provider sent no group list (groups overage)';
/** How far back the sign-in settings page counts such sign-ins. */
export const GROUPS_OVERAGE_WINDOW_DAYS = 30;

export interface SignInClaims {
  issuer: string;
  subject: string;
  email: string;
  name: string;
  /**
   * The group ids of the token's `groups` claim; null when the provider left the list out because the person is in
   * too many groups (Entra ID's «groups overage», see `groupsOverage`): unknown, which is not the same as none.
   */
  groups: string[] | null;
}

/**
 * Sign-in with a municipality's identity provider: the authorization code flow with PKCE, state
 * and nonce (openid-client), then the just-in-time person and their group memberships.
 */
@Injectable()
export class SsoSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly oidc: OidcClientService,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/auth/oidc/callback`;
  }

  /** Starts a sign-in: stores the attempt and returns the provider URL and the browser-binding token. */
  async begin(slug: string, returnTo: unknown): Promise<{ url: string; binding: string }> {
    const municipality = await this.db.manager.findOne(MunicipalityEntity, { where: { slug: String(slug) } });
    const settings = municipality
      ? await this.db.manager.findOne(SsoSettingsEntity, { where: { municipalityId: municipality.id } })
      : null;
    if (!municipality || !settings) throw new SsoSignInError('NOT_CONFIGURED', `no provider for "${slug}"`);
    const client = this.client(settings);
    let config: oidc.Configuration;
    try {
      config = await this.oidc.configuration(client);
    } catch (error) {
      throw new SsoSignInError('PROVIDER_UNAVAILABLE', (error as Error).message);
    }
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const binding = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.db.manager.query(`delete from oidc_login_attempt where expires_at < $1`, [now]);
    await this.db.manager.insert(OidcLoginAttemptEntity, {
      bindingHash: sha256(binding),
      municipalityId: municipality.id,
      state,
      nonce,
      codeVerifier,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(now.getTime() + LOGIN_ATTEMPT_TTL_MS),
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, binding };
  }

  /**
   * Finishes a sign-in from the provider's redirect. The attempt is deleted first, so a replayed
   * callback fails; any failure throws SsoSignInError and leaves no person, membership or session.
   */
  async finish(
    binding: string | undefined,
    callbackQuery: string,
  ): Promise<{ token: string; expiresAt: Date; returnTo: string; personId: string }> {
    if (!binding) throw new SsoSignInError('STATE_INVALID', 'no login attempt cookie');
    const rows: {
      municipality_id: string;
      state: string;
      nonce: string;
      code_verifier: string;
      return_to: string;
      expires_at: Date;
    }[] = await this.db.manager.query(
      `delete from oidc_login_attempt where binding_hash = $1
         returning municipality_id, state, nonce, code_verifier, return_to, expires_at`,
      [sha256(binding)],
    );
    // pg returns [rows, count] for DELETE … RETURNING through TypeORM's query()
    const attempt = (Array.isArray(rows[0]) ? (rows[0] as unknown as typeof rows) : rows)[0];
    if (!attempt) throw new SsoSignInError('STATE_INVALID', 'unknown or used login attempt');
    if (new Date(attempt.expires_at) < this.clock.now())
      throw new SsoSignInError('STATE_INVALID', 'login attempt expired');

    const settings = await this.db.manager.findOne(SsoSettingsEntity, {
      where: { municipalityId: attempt.municipality_id },
    });
    if (!settings) throw new SsoSignInError('NOT_CONFIGURED', 'provider removed during sign-in');
    const client = this.client(settings);
    let config: oidc.Configuration;
    try {
      config = await this.oidc.configuration(client);
    } catch (error) {
      throw new SsoSignInError('PROVIDER_UNAVAILABLE', (error as Error).message);
    }
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, new URL(`${this.redirectUri}?${callbackQuery}`), {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      const code = classifyOidcError(error);
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      throw new SsoSignInError(code, [(error as Error).message, cause].filter(Boolean).join(' — '));
    }
    this.oidc.remember(client, config);
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoSignInError('ID_TOKEN_INVALID', 'no ID token');
    const claims = signInClaims(idClaims);
    if (!claims.email) throw new SsoSignInError('EMAIL_MISSING');
    const domain = claims.email.split('@')[1];
    if (settings.emailDomains.length && !settings.emailDomains.includes(domain)) {
      throw new SsoSignInError('EMAIL_DOMAIN_NOT_ALLOWED', domain);
    }
    const { personId } = await this.db.transaction((manager) => this.resolvePerson(manager, settings, claims));
    const session = await this.auth.startSession(personId, 'oidc');
    return { ...session, returnTo: attempt.return_to, personId };
  }

  private client(settings: SsoSettingsEntity): ProviderClient {
    let clientSecret: string | undefined;
    if (settings.clientSecretEncrypted) {
      if (!this.config.secretKey) throw new SsoSignInError('NOT_CONFIGURED', 'IDEHUB_SECRET_KEY is not set');
      try {
        clientSecret = decryptSecret(settings.clientSecretEncrypted, this.config.secretKey);
      } catch {
        throw new SsoSignInError(
          'NOT_CONFIGURED',
          'the client secret cannot be decrypted (IDEHUB_SECRET_KEY changed?)',
        );
      }
    }
    return { issuer: settings.issuer, clientId: settings.clientId, clientSecret };
  }

  /**
   * The person behind the verified claims: by issuer + sub, else an existing person with the same
   * e-mail (linked), else a new one. Then their SSO memberships follow the group claims.
   */
  private async resolvePerson(
    manager: EntityManager,
    settings: SsoSettingsEntity,
    claims: SignInClaims,
  ): Promise<{ personId: string }> {
    const now = this.clock.now();
    const municipalityId = settings.municipalityId;
    const identity = await manager.findOne(PersonIdentityEntity, {
      where: { issuer: claims.issuer, subject: claims.subject },
      relations: { person: true },
    });
    let person = identity?.person ?? null;
    if (!person) {
      person = await manager.findOne(PersonEntity, { where: { email: claims.email } });
      if (person && person.municipalityId !== municipalityId) throw new SsoSignInError('OTHER_MUNICIPALITY');
      if (person?.deactivatedAt) throw new SsoSignInError('PERSON_DEACTIVATED');
      if (!person) {
        person = await manager.save(
          manager.create(PersonEntity, {
            municipalityId,
            name: claims.name,
            email: claims.email,
            passwordHash: null,
            locale: 'nb',
            createdAt: now,
          }),
        );
        await this.audit.record(manager, {
          municipalityId,
          actorId: null,
          action: 'person.create',
          entityType: 'person',
          entityId: person.id,
          after: { name: person.name, email: person.email, source: 'SSO' },
          at: now,
        });
      }
      await manager.insert(PersonIdentityEntity, {
        personId: person.id,
        issuer: claims.issuer,
        subject: claims.subject,
        createdAt: now,
        lastSignInAt: now,
      });
      await this.audit.record(manager, {
        municipalityId,
        actorId: null,
        action: 'person.identity.link',
        entityType: 'person',
        entityId: person.id,
        after: { issuer: claims.issuer, subject: claims.subject },
        at: now,
      });
    } else {
      if (person.municipalityId !== municipalityId) throw new SsoSignInError('OTHER_MUNICIPALITY');
      if (person.deactivatedAt) throw new SsoSignInError('PERSON_DEACTIVATED');
      await manager.update(PersonIdentityEntity, { id: identity!.id }, { lastSignInAt: now });
      const changes: Partial<PersonEntity> = {};
      if (claims.name && claims.name !== person.name) changes.name = claims.name;
      if (claims.email !== person.email) {
        const taken = await manager.findOne(PersonEntity, { where: { email: claims.email } });
        if (!taken) changes.email = claims.email;
      }
      if (Object.keys(changes).length) {
        await manager.update(PersonEntity, { id: person.id }, changes);
        await this.audit.record(manager, {
          municipalityId,
          actorId: null,
          action: 'person.update',
          entityType: 'person',
          entityId: person.id,
          before: Object.fromEntries(Object.keys(changes).map((k) => [k, person![k as keyof PersonEntity]])),
          after: { ...changes, source: 'SSO' },
          at: now,
        });
      }
    }
    if (claims.groups) await this.syncGroupMemberships(manager, municipalityId, person.id, claims.groups, now);
    else await this.keepMembershipsOnOverage(manager, municipalityId, person.id, now);
    return { personId: person.id };
  }

  /**
   * The provider said the person has groups but left the list out (groups overage). Syncing to an empty list would
   * take away every role given by a group — a leader would stop owing their unit's answers — so the memberships stay
   * as they were, and the log and the audit log say why (docs/putting-into-service.md: assign only Idéhub's groups to
   * the app). A person signing in for the first time this way waits in «not placed yet» until an admin places them.
   */
  private async keepMembershipsOnOverage(
    manager: EntityManager,
    municipalityId: string,
    personId: string,
    now: Date,
  ): Promise<void> {
    this.logger.warn(
      { personId, municipalityId },
      'groups claim overage: the identity provider sent no group list, so memberships from groups were kept as they were',
    );
    await this.recordMemberships(manager, municipalityId, personId, {}, { kept: GROUPS_OVERAGE_KEPT }, now);
  }

  /** The audit entry of a change (or a kept state) of a person's memberships made by signing in. */
  private recordMemberships(
    manager: EntityManager,
    municipalityId: string,
    personId: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    at: Date,
  ): Promise<void> {
    return this.audit.record(manager, {
      municipalityId,
      actorId: null,
      action: 'person.memberships',
      entityType: 'person',
      entityId: personId,
      before,
      after: { ...after, source: 'SSO' },
      at,
    });
  }

  /** SSO memberships become exactly what the group claims map to; MANUAL and IMPORT ones are never touched. */
  private async syncGroupMemberships(
    manager: EntityManager,
    municipalityId: string,
    personId: string,
    groups: string[],
    now: Date,
  ): Promise<void> {
    const mappings = groups.length
      ? await manager.find(SsoGroupMappingEntity, { where: { municipalityId, group: In(groups) } })
      : [];
    const key = (unitId: string | null, role: Role) => `${unitId ?? '-'}:${role}`;
    const wanted = new Map<string, { unitId: string | null; role: Role }>();
    for (const m of mappings) {
      const unitId = m.role === Role.ADMIN ? null : m.unitId; // admins hold their role municipality-wide
      wanted.set(key(unitId, m.role), { unitId, role: m.role });
    }
    const current = await manager.find(MembershipEntity, { where: { personId } });
    const have = new Set(current.map((m) => key(m.unitId, m.role)));
    let removed = current.filter((m) => m.source === MembershipSource.SSO && !wanted.has(key(m.unitId, m.role)));
    // The last admin of a municipality never loses the role (product rule), not even by a group claim.
    const keptAdmin =
      removed.some((m) => m.role === Role.ADMIN) &&
      !current.some((m) => m.role === Role.ADMIN && !removed.includes(m)) &&
      !(await this.otherActiveAdmins(manager, municipalityId, personId));
    if (keptAdmin) removed = removed.filter((m) => m.role !== Role.ADMIN);
    const added = [...wanted.entries()].filter(([k]) => !have.has(k)).map(([, v]) => v);
    if (removed.length) await manager.delete(MembershipEntity, { id: In(removed.map((m) => m.id)) });
    if (added.length) {
      await manager.insert(
        MembershipEntity,
        added.map((m) => ({ personId, unitId: m.unitId, role: m.role, source: MembershipSource.SSO })),
      );
    }
    if (removed.length || added.length) {
      await this.recordMemberships(
        manager,
        municipalityId,
        personId,
        { removed: removed.map((m) => ({ unitId: m.unitId, role: m.role })) },
        { added },
        now,
      );
    }
    if (keptAdmin) {
      this.logger.warn(
        { personId, municipalityId },
        'group claims no longer give ADMIN, but this is the last admin: kept',
      );
      await this.recordMemberships(
        manager,
        municipalityId,
        personId,
        { role: Role.ADMIN },
        { role: Role.ADMIN, kept: 'last admin of the municipality' },
        now,
      );
    }
  }

  private async otherActiveAdmins(manager: EntityManager, municipalityId: string, personId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `select count(distinct p.id)::int as n from person p join membership m on m.person_id = p.id
        where p.municipality_id = $1 and p.id <> $2 and m.role = 'ADMIN' and p.deactivated_at is null`,
      [municipalityId, personId],
    );
    return row?.n ?? 0;
  }
}

/** The claims Idéhub uses: `sub` with the issuer, `email` (else `preferred_username`), `name`, `groups` (or its overage). */
export function signInClaims(claims: Record<string, unknown>): SignInClaims {
  const candidates = [claims.email, claims.preferred_username].filter((v): v is string => typeof v === 'string');
  const email = candidates.map((v) => v.trim().toLowerCase()).find((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) ?? '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  const groups = Array.isArray(claims.groups)
    ? claims.groups.filter((g): g is string => typeof g === 'string')
    : groupsOverage(claims)
      ? null
      : [];
  return { issuer: String(claims.iss), subject: String(claims.sub), email, name, groups };
}

/**
 * Whether the token says the person's groups were left out: past about 200 groups Entra ID omits `groups` and names
 * it as a distributed claim instead (`_claim_names.groups`, with `_claim_sources`), or sets `hasgroups: true`.
 * Without such a sign, a missing `groups` claim means no groups.
 */
export function groupsOverage(claims: Record<string, unknown>): boolean {
  const names = claims._claim_names;
  return claims.hasgroups === true || (typeof names === 'object' && names !== null && 'groups' in names);
}
