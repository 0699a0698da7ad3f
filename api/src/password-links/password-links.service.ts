import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashToken } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { SessionEntity } from '../auth/session.entity';
import { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { hasRole, Viewer } from '../common/viewer';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { Role } from '../organisation/role.enum';
import { PersonEntity } from '../organisation/person.entity';
import { returnedRows } from '../organisation/person-lifecycle';
import { SsoSettingsEntity } from '../sso/sso-settings.entity';
import { PasswordLinkEntity } from './password-link.entity';

export const PASSWORD_LINK_TASK = 'send_password_link_email';
/** How long a link to choose a password works. */
export const PASSWORD_LINK_TTL_MS = 72 * 3600_000;
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

const LOCAL_LOGIN_OFF =
  'Your municipality has switched off passwords in Idéhub: sign in with your work account («Logg inn med kommunens konto»).';
const LINK_DEAD = 'the link is no longer valid: it was used, replaced by a newer one, or is older than 72 hours';

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Links to choose a password: the admin's «Send invitasjon» / «Send ny lenke» and the public
 * «Glemt passord?». The link row and its e-mail job are written in one transaction (the job
 * survives a crash and runs once); the job makes the token (see SendPasswordLinkEmailTask).
 */
@Injectable()
export class PasswordLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async localLoginEnabled(manager: EntityManager, municipalityId: string): Promise<boolean> {
    const sso = await manager.findOne(SsoSettingsEntity, { where: { municipalityId } });
    return !sso || sso.localLoginEnabled;
  }

  /** Admins: sends a person of their municipality a new link (any older one stops working). */
  async sendByAdmin(viewer: Viewer, personId: string): Promise<Date> {
    if (!hasRole(viewer, Role.ADMIN)) throw forbidden('Only admins may send sign-in links.');
    return this.db.transaction(async (manager) => {
      await manager.findOne(MunicipalityEntity, {
        where: { id: viewer.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      const person = isUuid(personId)
        ? await manager.findOne(PersonEntity, { where: { id: personId, municipalityId: viewer.municipalityId } })
        : null;
      if (!person) throw notFound('No such person.');
      if (person.anonymisedAt || !person.email)
        throw badInput([{ field: 'personId', message: 'is anonymised and has no e-mail address' }]);
      if (person.deactivatedAt)
        throw badInput([{ field: 'personId', message: 'is deactivated: reactivate the person first' }]);
      if (!(await this.localLoginEnabled(manager, viewer.municipalityId)))
        throw forbidden(
          'Passwords are switched off for your municipality (sign-in settings): people sign in with their work account.',
        );
      const purpose = person.passwordHash ? 'RESET' : 'INVITE';
      return this.createLink(manager, person, purpose, viewer.personId);
    });
  }

  /**
   * «Glemt passord?»: sends a link when the e-mail belongs to an active person whose municipality
   * keeps passwords on. The caller answers the same either way.
   */
  async requestReset(email: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.db.transaction(async (manager) => {
      const person = await manager.findOne(PersonEntity, {
        where: { email: normalised, deactivatedAt: IsNull(), anonymisedAt: IsNull() },
      });
      if (!person || !(await this.localLoginEnabled(manager, person.municipalityId))) return;
      await this.createLink(manager, person, 'RESET', null);
    });
  }

  private async createLink(
    manager: EntityManager,
    person: PersonEntity,
    purpose: 'INVITE' | 'RESET',
    requestedBy: string | null,
  ): Promise<Date> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_MS);
    await manager.update(
      PasswordLinkEntity,
      { personId: person.id, usedAt: IsNull(), invalidatedAt: IsNull() },
      { invalidatedAt: now },
    );
    const [{ id }] = (await manager.query(
      `insert into password_link (person_id, purpose, requested_by, created_at, expires_at)
       values ($1, $2, $3, $4, $5) returning id`,
      [person.id, purpose, requestedBy, now, expiresAt],
    )) as { id: string }[];
    await manager.query(
      `select graphile_worker.add_job($1, json_build_object('linkId', $2::text)::json, job_key := 'password-link:' || $2)`,
      [PASSWORD_LINK_TASK, id],
    );
    await this.audit.record(manager, {
      municipalityId: person.municipalityId,
      actorId: requestedBy ?? person.id,
      action: purpose === 'INVITE' ? 'person.password_invite' : 'person.password_reset_link',
      entityType: 'person',
      entityId: person.id,
      before: null,
      after: { linkId: id, expiresAt: expiresAt.toISOString() },
      at: now,
    });
    return expiresAt;
  }

  /**
   * Sets the password of the link's person and uses the link up (once, even for two requests at
   * the same moment). Ends the person's other sessions. Returns the person; the caller signs them in.
   */
  async setPassword(token: string, password: string): Promise<PersonEntity> {
    const problems: { field: string; message: string }[] = [];
    if (password.length < MIN_PASSWORD_LENGTH)
      problems.push({ field: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` });
    if (password.length > MAX_PASSWORD_LENGTH) problems.push({ field: 'password', message: 'is too long' });
    if (problems.length) throw badInput(problems);
    const tokenHash = hashToken(token);
    // Checked before the slow hash, so that a dead link is told at once; checked again under the lock.
    const link = await this.db.manager.findOne(PasswordLinkEntity, { where: { tokenHash } });
    const now = this.clock.now();
    if (!link || link.usedAt || link.invalidatedAt || link.expiresAt <= now)
      throw badInput([{ field: 'token', message: LINK_DEAD }]);
    const person = await this.db.manager.findOne(PersonEntity, { where: { id: link.personId } });
    if (!person || person.deactivatedAt || person.anonymisedAt || !person.email)
      throw badInput([{ field: 'token', message: LINK_DEAD }]);
    if (password.trim().toLowerCase() === person.email.toLowerCase())
      throw badInput([{ field: 'password', message: 'must not be your e-mail address' }]);
    if (!(await this.localLoginEnabled(this.db.manager, person.municipalityId))) throw forbidden(LOCAL_LOGIN_OFF);
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (manager) => {
      const used = returnedRows<{ id: string }>(
        await manager.query(
          `update password_link set used_at = $2
          where id = $1 and used_at is null and invalidated_at is null and expires_at > $2
          returning id`,
          [link.id, now],
        ),
      );
      if (!used.length) throw badInput([{ field: 'token', message: LINK_DEAD }]);
      const fresh = await manager.findOne(PersonEntity, { where: { id: person.id } });
      if (!fresh || fresh.deactivatedAt || fresh.anonymisedAt) throw badInput([{ field: 'token', message: LINK_DEAD }]);
      await manager.update(PersonEntity, { id: person.id }, { passwordHash });
      await manager.delete(SessionEntity, { personId: person.id });
      await this.audit.record(manager, {
        municipalityId: person.municipalityId,
        actorId: person.id,
        action: 'person.password_set',
        entityType: 'person',
        entityId: person.id,
        before: { hadPassword: !!person.passwordHash },
        after: { hadPassword: true, linkId: link.id },
        at: now,
      });
      return fresh;
    });
  }
}
