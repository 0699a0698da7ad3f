import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { unauthenticated } from '../common/errors';
import { Viewer } from '../common/viewer';
import { PersonEntity } from '../organisation/person.entity';
import { SessionEntity } from './session.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { LocalPasswordProvider } from './local-password.provider';

/** Failures within this window count towards slowing down the next attempt. */
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed before attempts are slowed down. */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 10_000;

export const SESSION_COOKIE = 'idehub_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly localPasswords: LocalPasswordProvider,
  ) {}

  /** Signs in with e-mail and password. Unknown e-mail and wrong password get the same answer. */
  async login(email: string, password: string): Promise<{ token: string; person: PersonEntity; expiresAt: Date }> {
    const normalised = email.trim().toLowerCase();
    await sleep(await this.throttleDelayMs(normalised));
    const person = await this.localPasswords.authenticate(this.db.manager, { email: normalised, password });
    if (!person) {
      await this.db.manager.insert(LoginFailureEntity, { email: normalised, failedAt: this.clock.now() });
      throw unauthenticated('Wrong e-mail or password.');
    }
    await this.db.manager.delete(LoginFailureEntity, { email: normalised });
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    await this.db.manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      personId: person.id,
      provider: this.localPasswords.name,
      createdAt: now,
      expiresAt,
    });
    return { token, person, expiresAt };
  }

  /** Doubles the wait for each failure beyond the free ones, up to MAX_DELAY_MS. */
  async throttleDelayMs(email: string): Promise<number> {
    const since = new Date(this.clock.now().getTime() - FAILURE_WINDOW_MS);
    const failures = await this.db.manager.count(LoginFailureEntity, { where: { email, failedAt: MoreThan(since) } });
    if (failures < FREE_FAILURES) return 0;
    return Math.min(MAX_DELAY_MS, this.config.loginThrottleBaseMs * 2 ** (failures - FREE_FAILURES));
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.manager.delete(SessionEntity, { id: sessionId });
  }

  /** The viewer behind a token, or null when the token is unknown or expired. */
  /** The session's person with their memberships, in one statement (it runs on every request). */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const [row]: {
      sessionId: string;
      personId: string;
      municipalityId: string;
      name: string;
      locale: string;
      deactivatedAt: Date | null;
      memberships: Viewer['memberships'];
    }[] = await this.db.query(
      `select s.id as "sessionId", p.id as "personId", p.municipality_id as "municipalityId", p.name, p.locale,
              p.deactivated_at as "deactivatedAt",
              coalesce((select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role))
                          from membership m where m.person_id = p.id), '[]'::json) as memberships
         from session s join person p on p.id = s.person_id
        where s.token_hash = $1 and s.expires_at > $2`,
      [hashToken(token), this.clock.now()],
    );
    if (!row || row.deactivatedAt) return null;
    return {
      personId: row.personId,
      municipalityId: row.municipalityId,
      name: row.name,
      locale: row.locale,
      sessionId: row.sessionId,
      memberships: row.memberships.map((m) => ({ unitId: m.unitId, role: m.role })),
    };
  }
}
