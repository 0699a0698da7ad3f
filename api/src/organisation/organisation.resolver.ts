import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { forbidden } from '../common/errors';
import { CurrentViewer, hasRole, Public, Viewer } from '../common/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MembershipEntity } from './membership.entity';
import { PersonEntity } from './person.entity';
import { LocaleArgs } from './dtos/locale.args';
import { AuditService } from '../audit/audit.service';
import { MunicipalityEntity } from './municipality.entity';
import { OrganisationService } from './organisation.service';
import { Role } from './role.enum';
import {
  DemoAccountDto,
  MunicipalityDto,
  toMunicipalityDto,
  MembershipDto,
  MunicipalitySettingsDto,
  PersonDto,
  toSettingsDto,
  toUnitDto,
  UnitDto,
} from './dtos/organisation.dto';
import { MunicipalitySettingsInput } from './dtos/settings.input';

@Resolver()
export class OrganisationResolver {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [MunicipalityDto], {
    description: 'Every municipality of the hub, by name (success stories are shared across them).',
  })
  async municipalities(): Promise<MunicipalityDto[]> {
    const rows = await this.db.manager.find(MunicipalityEntity, { order: { name: 'ASC' } });
    return rows.map(toMunicipalityDto);
  }

  @Query(() => [UnitDto], {
    description: 'The open units of my municipality, by name (closed units stay only in history).',
  })
  async units(@CurrentViewer() viewer: Viewer): Promise<UnitDto[]> {
    return (await this.organisation.unitTreeFor(viewer)).units.filter((u) => !u.closedAt).map(toUnitDto);
  }

  @Query(() => [PersonDto], { description: 'The people of my municipality with their roles (e-mail shown to admins).' })
  async people(@CurrentViewer() viewer: Viewer): Promise<PersonDto[]> {
    const isAdmin = hasRole(viewer, Role.ADMIN);
    const municipality = await this.organisation.municipality(viewer.municipalityId);
    const people = await this.organisation.peopleOfMunicipality(viewer.municipalityId);
    return people.map((p) => ({
      id: p.id,
      name: p.name,
      email: (isAdmin || p.id === viewer.personId) && p.email ? p.email : undefined,
      locale: p.locale,
      municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
      memberships: (p.memberships ?? []).map((m): MembershipDto => ({
        role: m.role,
        unit: m.unit ? toUnitDto(m.unit) : null,
      })),
    }));
  }

  @Public()
  @Query(() => [DemoAccountDto], { description: 'The demo accounts to try Idéhub with; empty unless demo data is on.' })
  async demoAccounts(): Promise<DemoAccountDto[]> {
    if (!this.config.demoData) return [];
    const rows = await this.db.manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoinAndSelect('m.person', 'p')
      .innerJoinAndSelect('p.municipality', 'mu')
      .leftJoinAndSelect('m.unit', 'u')
      .where(`p.email like '%.idehub.test'`)
      .orderBy('mu.name')
      .addOrderBy('p.email')
      .getMany();
    return rows.map((m) => ({
      email: m.person!.email ?? '',
      name: m.person!.name,
      role: m.role,
      unitName: m.unit?.name ?? null,
      municipalityName: m.person!.municipality!.name,
    }));
  }

  @Mutation(() => PersonDto, { description: 'Sets my language (nb or en) for e-mails and the web app.' })
  async setMyLocale(@CurrentViewer() viewer: Viewer, @Args() args: LocaleArgs): Promise<PersonDto> {
    await this.db.manager.update(PersonEntity, { id: viewer.personId }, { locale: args.locale });
    return this.organisation.personDto(viewer.personId, true);
  }

  @Query(() => MunicipalitySettingsDto, { description: 'The deadlines of my municipality.' })
  async municipalitySettings(@CurrentViewer() viewer: Viewer): Promise<MunicipalitySettingsDto> {
    return toSettingsDto(await this.organisation.municipality(viewer.municipalityId));
  }

  @Mutation(() => MunicipalitySettingsDto, {
    description: 'Admins change the deadlines (0–365 days; 0 = due at once). Applies to deadlines set afterwards.',
  })
  async updateMunicipalitySettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MunicipalitySettingsInput,
  ): Promise<MunicipalitySettingsDto> {
    if (!hasRole(viewer, Role.ADMIN)) throw forbidden('Only admins may change the deadlines.');
    return this.db.transaction(async (manager) => {
      const m = await manager.findOneOrFail(MunicipalityEntity, {
        where: { id: viewer.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = toSettingsDto(m);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
      Object.assign(m, changes);
      await manager.save(m);
      const after = toSettingsDto(m);
      await this.audit.record(manager, {
        municipalityId: m.id,
        actorId: viewer.personId,
        action: 'municipality.settings',
        entityType: 'municipality',
        entityId: m.id,
        before: { ...before },
        after: { ...after },
        at: this.clock.now(),
      });
      return after;
    });
  }
}
