import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { badInput, FieldProblem, forbidden } from '../common/errors';
import { hasRole, Viewer } from '../common/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../common/runtime-tokens';
import type { Logger } from 'pino';
import { toMunicipalityDto, MunicipalityDto, toUnitDto } from '../organisation/dtos/organisation.dto';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { Role } from '../organisation/role.enum';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonWaitingDto, SsoSettingsDto } from './dtos/sso-settings.dto';
import { SsoSettingsInput } from './dtos/sso-settings.input';
import { GROUPS_OVERAGE_KEPT, GROUPS_OVERAGE_WINDOW_DAYS } from './sso-sign-in.service';
import { OidcClientService } from './oidc-client.service';
import { PersonIdentityEntity } from './person-identity.entity';
import { decryptSecret, encryptSecret } from './secret-box';
import { SsoGroupMappingEntity } from './sso-group-mapping.entity';
import { SsoSettingsEntity } from './sso-settings.entity';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Settings of a municipality's identity provider, kept by its admins. */
@Injectable()
export class SsoSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly oidc: OidcClientService,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/auth/oidc/callback`;
  }

  /** Municipalities whose people can sign in with their own provider (for the sign-in page). */
  async municipalitiesWithProvider(): Promise<MunicipalityDto[]> {
    const rows = await this.db.manager
      .createQueryBuilder(MunicipalityEntity, 'm')
      .innerJoin(SsoSettingsEntity, 's', 's.municipality_id = m.id')
      .orderBy('m.name')
      .getMany();
    return rows.map(toMunicipalityDto);
  }

  async settings(viewer: Viewer): Promise<SsoSettingsDto | null> {
    this.assertAdmin(viewer);
    const row = await this.db.manager.findOne(SsoSettingsEntity, { where: { municipalityId: viewer.municipalityId } });
    return row ? this.toDto(row) : null;
  }

  async update(viewer: Viewer, input: SsoSettingsInput): Promise<SsoSettingsDto> {
    this.assertAdmin(viewer);
    const problems: FieldProblem[] = [];
    const issuer = input.issuer.trim();
    const clientId = input.clientId.trim();
    const issuerProblem = this.oidc.issuerProblem(issuer);
    if (issuerProblem) problems.push({ field: 'issuer', message: issuerProblem });
    if (!clientId) problems.push({ field: 'clientId', message: 'must not be empty' });
    const secretGiven = typeof input.clientSecret === 'string' && input.clientSecret.trim() !== '';
    if (secretGiven && !this.config.secretKey) {
      problems.push({
        field: 'clientSecret',
        message:
          'cannot be stored: the server has no IDEHUB_SECRET_KEY (at least 32 characters) to encrypt it with. Ask the operator to set it and restart.',
      });
    }
    const emailDomains = input.emailDomains?.map((d) => d.trim().toLowerCase().replace(/^@/, ''));
    emailDomains?.forEach((d, i) => {
      if (!DOMAIN.test(d))
        problems.push({ field: `emailDomains.${i}`, message: 'must be a domain, e.g. drammen.kommune.no' });
    });
    const mappings = input.groupMappings?.map((m) => ({ group: m.group.trim(), unitId: m.unitId, role: m.role }));
    if (mappings) {
      const units = await this.db.manager.find(UnitEntity, {
        where: {
          id: In(mappings.map((m) => m.unitId).filter(isUuid)),
          municipalityId: viewer.municipalityId,
          closedAt: IsNull(),
        },
      });
      const open = new Set(units.map((u) => u.id));
      const seen = new Set<string>();
      mappings.forEach((m, i) => {
        if (!m.group) problems.push({ field: `groupMappings.${i}.group`, message: 'must not be empty' });
        if (!open.has(m.unitId))
          problems.push({ field: `groupMappings.${i}.unitId`, message: 'is not an open unit of your municipality' });
        const key = `${m.group}\n${m.unitId}\n${m.role}`;
        if (seen.has(key)) problems.push({ field: `groupMappings.${i}`, message: 'is listed twice' });
        seen.add(key);
      });
    }
    const existing = await this.db.manager.findOne(SsoSettingsEntity, {
      where: { municipalityId: viewer.municipalityId },
    });
    // Guard against locking the municipality out: whoever switches passwords off must have signed in
    // with the provider themself, so at least one admin can still get in.
    if (input.localLoginEnabled === false && existing?.localLoginEnabled !== false) {
      const own = await this.db.manager.count(PersonIdentityEntity, { where: { personId: viewer.personId } });
      if (!own) {
        problems.push({
          field: 'localLoginEnabled',
          message:
            'sign in once with your work account (the identity provider) before switching passwords off, so you are not locked out',
        });
      }
    }
    if (problems.length) throw badInput(problems);

    let clientSecret: string | undefined;
    let clientSecretEncrypted: string | null = existing?.clientSecretEncrypted ?? null;
    if (secretGiven) {
      clientSecret = input.clientSecret!.trim();
      clientSecretEncrypted = encryptSecret(clientSecret, this.config.secretKey!);
    } else if (input.clientSecret === '') {
      clientSecretEncrypted = null;
    } else if (clientSecretEncrypted && this.config.secretKey) {
      try {
        clientSecret = decryptSecret(clientSecretEncrypted, this.config.secretKey);
      } catch {
        clientSecret = undefined; // a key change: discovery needs no secret; the admin should enter it again
      }
    }

    // Network I/O before the transaction: discovery tells the admin at once when the issuer is wrong.
    try {
      await this.oidc.check({ issuer, clientId, clientSecret });
    } catch (error) {
      throw badInput([{ field: 'issuer', message: (error as Error).message }]);
    }

    const saved = await this.db.transaction(async (manager) => {
      const before = existing ? await this.auditShape(existing, manager) : null;
      const row = manager.create(SsoSettingsEntity, {
        municipalityId: viewer.municipalityId,
        issuer,
        clientId,
        clientSecretEncrypted,
        emailDomains: emailDomains ? [...new Set(emailDomains)] : (existing?.emailDomains ?? []),
        localLoginEnabled: input.localLoginEnabled ?? existing?.localLoginEnabled ?? true,
        updatedAt: this.clock.now(),
      });
      await manager.save(row);
      if (mappings) {
        await manager.delete(SsoGroupMappingEntity, { municipalityId: viewer.municipalityId });
        if (mappings.length) {
          await manager.insert(
            SsoGroupMappingEntity,
            mappings.map((m) => ({ ...m, municipalityId: viewer.municipalityId })),
          );
        }
      }
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'sso.settings',
        entityType: 'municipality',
        entityId: viewer.municipalityId,
        before,
        after: await this.auditShape(row, manager),
        at: this.clock.now(),
      });
      return row;
    });
    if (existing && existing.issuer !== issuer) this.oidc.forget(existing.issuer);
    this.logger.info({ municipalityId: viewer.municipalityId, issuer, clientId }, 'SSO settings saved');
    return this.toDto(saved);
  }

  /** People of the admin's municipality who signed in but have no unit or role yet. */
  async peopleWaiting(viewer: Viewer): Promise<PersonWaitingDto[]> {
    this.assertAdmin(viewer);
    const rows: { id: string; name: string; email: string | null; created_at: Date; last_sign_in_at: Date | null }[] =
      await this.db.manager.query(
        `select p.id, p.name, p.email, p.created_at,
                (select max(i.last_sign_in_at) from person_identity i where i.person_id = p.id) as last_sign_in_at
           from person p
          where p.municipality_id = $1 and p.deactivated_at is null and p.anonymised_at is null
            and not exists (select 1 from membership m where m.person_id = p.id)
          order by p.created_at desc, p.name
          limit 500`,
        [viewer.municipalityId],
      );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      createdAt: new Date(r.created_at),
      lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at) : null,
    }));
  }

  private assertAdmin(viewer: Viewer): void {
    if (!hasRole(viewer, Role.ADMIN))
      throw forbidden('Only admins of the municipality may see or change its sign-in settings.');
  }

  /** What the audit log keeps: everything but the secret (only whether there is one). */
  private async auditShape(row: SsoSettingsEntity, manager = this.db.manager): Promise<Record<string, unknown>> {
    const mappings = await manager.find(SsoGroupMappingEntity, {
      where: { municipalityId: row.municipalityId },
      order: { group: 'ASC' },
    });
    return {
      issuer: row.issuer,
      clientId: row.clientId,
      hasClientSecret: !!row.clientSecretEncrypted,
      emailDomains: row.emailDomains,
      localLoginEnabled: row.localLoginEnabled,
      groupMappings: mappings.map((m) => ({ group: m.group, unitId: m.unitId, role: m.role })),
    };
  }

  private async toDto(row: SsoSettingsEntity): Promise<SsoSettingsDto> {
    const mappings = await this.db.manager.find(SsoGroupMappingEntity, {
      where: { municipalityId: row.municipalityId },
      relations: { unit: true },
      order: { group: 'ASC', role: 'ASC' },
    });
    return {
      issuer: row.issuer,
      clientId: row.clientId,
      hasClientSecret: !!row.clientSecretEncrypted,
      emailDomains: row.emailDomains,
      localLoginEnabled: row.localLoginEnabled,
      redirectUri: this.redirectUri,
      groupMappings: mappings.map((m) => ({ group: m.group, role: m.role, unit: toUnitDto(m.unit!) })),
      groupsOverage: await this.groupsOverage(row.municipalityId),
    };
  }

  /** The sign-ins of the last GROUPS_OVERAGE_WINDOW_DAYS whose token left the group list out (from the audit log). */
  private async groupsOverage(municipalityId: string): Promise<{ signIns: number; lastAt: Date | null }> {
    const since = new Date(this.clock.now().getTime() - GROUPS_OVERAGE_WINDOW_DAYS * 24 * 3600_000);
    const [row]: { signIns: number; lastAt: Date | null }[] = await this.db.query(
      `select count(*)::int as "signIns", max(at) as "lastAt" from audit_entry
        where municipality_id = $1 and at > $2 and action = 'person.memberships' and after ->> 'kept' = $3`,
      [municipalityId, since, GROUPS_OVERAGE_KEPT],
    );
    return { signIns: row?.signIns ?? 0, lastAt: row?.lastAt ? new Date(row.lastAt) : null };
  }
}
