import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { LOGGER } from '../common/runtime-tokens';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { forbidden, rateLimited, unauthenticated } from '../common/errors';
import { SsoSettingsEntity } from '../sso/sso-settings.entity';
import { Viewer } from '../common/viewer';
import { PersonEntity } from '../organisation/person.entity';
import { SessionEntity } from './session.entity';
import { preparedOnPostgres } from '../database/preparing-client';
import { LocalPasswordProvider } from './local-password.provider';

/** Attempts within this window count towards the limits below. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Attempts for one account from one address before that pair must cool down. */
export const PAIR_LIMIT = 5;
/**
 * Attempts for one account from addresses its owner has not signed in from (a spread-out
 * attack) and from one address over all accounts (password spraying): config.loginAccountLimit
 * (LOGIN_ACCOUNT_LIMIT, 20) and config.loginAddressLimit (LOGIN_ADDRESS_LIMIT, 100).
 */
/** An address the owner signed in from within this time is the owner's, not an attacker's. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;
/** Attempt rows and sessions expired longer ago than this are deleted. */
export const PRUNE_AFTER_MS = 30 * 24 * 3600_000;

export const SESSION_COOKIE = 'idehub_session';

/**
 * The session's person with their municipality and memberships (in the order `me` shows them), in one statement: it
 * runs on every request, so it is prepared on PostgreSQL too (a lookup by the token's unique hash plans alike for
 * every token).
 */
export const VIEWER_FOR_TOKEN = preparedOnPostgres(
  `select s.id as "sessionId", p.id as "personId", p.name, p.email, p.locale, p.deactivated_at as "deactivatedAt",
          json_build_object('id', mu.id, 'name', mu.name, 'slug', mu.slug) as municipality,
          mu.org_version::text as "orgVersion",
          coalesce((select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role) order by m.role, u.name, m.id)
                      from membership m left join unit u on u.id = m.unit_id
                     where m.person_id = p.id), '[]'::json) as memberships
     from session s join person p on p.id = s.person_id join municipality mu on mu.id = p.municipality_id
    where s.token_hash = $1 and s.expires_at > $2`,
);

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService implements OnModuleInit, OnModuleDestroy {
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly localPasswords: LocalPasswordProvider,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Signs in with e-mail and password. Unknown e-mail and wrong password get the same answer.
   *
   * The attempt is written before the password is checked, and the limits count written
   * attempts, so twenty guesses sent at once are counted as twenty. Limits apply per account
   * and address, per address, and per account from addresses its owner has not used, so an
   * attacker elsewhere cannot lock the owner out. A success clears that account and address.
   */
  async login(
    email: string,
    password: string,
    address: string | null = null,
  ): Promise<{ token: string; person: PersonEntity; expiresAt: Date }> {
    const normalised = email.trim().toLowerCase();
    const now = this.clock.now();
    const [{ id: attemptId }] = (await this.db.manager.query(
      'insert into login_failure (email, address, failed_at) values ($1, $2, $3) returning id',
      [normalised, address, now],
    )) as { id: string }[];
    try {
      await this.refuseOverLimit(normalised, address, now);
    } catch (error) {
      // A refused attempt checked no password: it is not a guess, and must not lock anyone else out.
      await this.db.manager.query('delete from login_failure where id = $1', [attemptId]);
      throw error;
    }
    const person = await this.localPasswords.authenticate(this.db.manager, { email: normalised, password });
    if (!person) throw unauthenticated('Wrong e-mail or password.');
    await this.db.manager.query(
      'delete from login_failure where id = $1 or (email = $2 and address is not distinct from $3)',
      [attemptId, normalised, address],
    );
    const sso = await this.db.manager.findOne(SsoSettingsEntity, { where: { municipalityId: person.municipalityId } });
    if (sso && !sso.localLoginEnabled) {
      throw forbidden(
        'Your municipality has switched off passwords in Idéhub: sign in with your work account («Logg inn med kommunens konto»).',
      );
    }
    const { token, expiresAt } = await this.startSession(person.id, this.localPasswords.name, address);
    return { token, person, expiresAt };
  }

  /**
   * Counts one attempt of another kind than a password guess (e.g. «Glemt passord?») under the same
   * limits as sign-in: `key` keeps its rows apart from the account's sign-in attempts, so asking for
   * a link never locks anyone out of signing in. Throws RATE_LIMITED when over a limit.
   */
  async countThrottledAttempt(key: string, address: string | null): Promise<void> {
    const now = this.clock.now();
    const [{ id }] = (await this.db.manager.query(
      'insert into login_failure (email, address, failed_at) values ($1, $2, $3) returning id',
      [key, address, now],
    )) as { id: string }[];
    try {
      await this.refuseOverLimit(key, address, now);
    } catch (error) {
      await this.db.manager.query('delete from login_failure where id = $1', [id]);
      throw error;
    }
  }

  /** A new session for a person whose identity a provider (local password or OIDC) has just proved. */
  async startSession(
    personId: string,
    provider: string,
    address: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    await this.db.manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      personId,
      provider,
      createdAt: now,
      expiresAt,
      address,
    });
    return { token, expiresAt };
  }

  private async refuseOverLimit(email: string, address: string | null, now: Date): Promise<void> {
    const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const [counts] = (await this.db.manager.query(
      `select count(*) filter (where email = $1 and address is not distinct from $2)::int as pair,
              count(*) filter (where email = $1)::int as account,
              count(*) filter (where address = $2)::int as address,
              min(failed_at) filter (where email = $1) as oldest
         from login_failure where failed_at > $3 and (email = $1 or address = $2)`,
      [email, address, since],
    )) as { pair: number; account: number; address: number; oldest: Date | null }[];
    const over =
      counts.pair > PAIR_LIMIT ||
      (address !== null && counts.address > this.config.loginAddressLimit) ||
      (counts.account > this.config.loginAccountLimit && !(await this.isKnownAddress(email, address, now)));
    if (!over) return;
    const oldest = counts.oldest ? new Date(counts.oldest).getTime() : now.getTime();
    const retryAfterSeconds = Math.max(60, Math.ceil((oldest + FAILURE_WINDOW_MS - now.getTime()) / 1000));
    throw rateLimited(
      `Too many sign-in attempts. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
      retryAfterSeconds,
    );
  }

  /** Whether the person with this e-mail signed in from this address recently. */
  private async isKnownAddress(email: string, address: string | null, now: Date): Promise<boolean> {
    if (!address) return false;
    const rows = (await this.db.manager.query(
      `select 1 from session s join person p on p.id = s.person_id
        where lower(p.email) = $1 and s.address = $2 and s.created_at > $3 limit 1`,
      [email, address, new Date(now.getTime() - KNOWN_ADDRESS_MS)],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Deletes attempt rows past their window and sessions expired more than PRUNE_AFTER_MS ago. */
  async pruneAuthRows(): Promise<{ attempts: number; sessions: number }> {
    const now = this.clock.now().getTime();
    const attempts = await this.db.manager.query('delete from login_failure where failed_at < $1', [
      new Date(now - 2 * FAILURE_WINDOW_MS),
    ]);
    const sessions = await this.db.manager.query('delete from session where expires_at < $1', [
      new Date(now - PRUNE_AFTER_MS),
    ]);
    return { attempts: Number(attempts?.[1] ?? 0), sessions: Number(sessions?.[1] ?? 0) };
  }

  onModuleInit(): void {
    if (!this.config.runSweep) return;
    this.pruneTimer = setInterval(() => {
      this.pruneAuthRows().catch((error) => this.logger.warn({ err: error }, 'pruning sign-in rows failed'));
    }, 3600_000);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.manager.delete(SessionEntity, { id: sessionId });
  }

  /** Ends every session of the person («log out everywhere»). Returns how many were ended. */
  async logoutEverywhere(personId: string): Promise<number> {
    return (await this.db.manager.delete(SessionEntity, { personId })).affected ?? 0;
  }

  /**
   * The viewer behind a token, or null when the token is unknown or expired, or its person deactivated. One statement
   * per request, which carries what `me` shows, so `me` needs none of its own (OrganisationService.viewerPersonDto).
   */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const [row]: {
      sessionId: string;
      personId: string;
      name: string;
      email: string | null;
      locale: string;
      deactivatedAt: Date | null;
      municipality: NonNullable<Viewer['municipality']>;
      memberships: Viewer['memberships'];
      orgVersion: string;
    }[] = await this.db.query(VIEWER_FOR_TOKEN, [hashToken(token), this.clock.now()]);
    if (!row || row.deactivatedAt) return null;
    return {
      personId: row.personId,
      municipalityId: row.municipality.id,
      name: row.name,
      email: row.email,
      locale: row.locale,
      sessionId: row.sessionId,
      municipality: row.municipality,
      memberships: row.memberships.map((m) => ({ unitId: m.unitId, role: m.role })),
      orgVersion: row.orgVersion,
    };
  }
}
