import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PersonDto, toUnitDto, UnitDto } from '../organisation/dtos/organisation.dto';
import { OrganisationService } from '../organisation/organisation.service';
import { AdminUnitDto, DirectoryPersonDto, PeopleDirectoryConnection } from './dtos/org-admin.dto';
import {
  AddPersonInput,
  CloseUnitArgs,
  CreateUnitInput,
  PeopleDirectoryArgs,
  SetMembershipsArgs,
  UpdatePersonInput,
  UpdateUnitInput,
} from './dtos/org-admin.inputs';
import { OrgAdminService } from './org-admin.service';
import type { Connection } from '../common/pagination';

/** Units, people and roles of the admin's own municipality (guarded globally; admin checks in the service). */
@Resolver()
export class OrgAdminResolver {
  constructor(
    private readonly orgAdmin: OrgAdminService,
    private readonly organisation: OrganisationService,
  ) {}

  @Query(() => [AdminUnitDto], { description: 'Admins: every unit of the municipality, closed ones included.' })
  adminUnits(@CurrentViewer() viewer: Viewer): Promise<AdminUnitDto[]> {
    return this.orgAdmin.adminUnits(viewer);
  }

  @Query(() => PeopleDirectoryConnection, {
    description: 'Admins: the people of the municipality by name; search in name and e-mail, filter by unit and role.',
  })
  peopleDirectory(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PeopleDirectoryArgs,
  ): Promise<Connection<DirectoryPersonDto>> {
    return this.orgAdmin.peopleDirectory(viewer, args);
  }

  @Query(() => DirectoryPersonDto, { description: 'Admins: one person of the municipality.' })
  directoryPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DirectoryPersonDto> {
    return this.orgAdmin.directoryPerson(viewer, id);
  }

  @Mutation(() => UnitDto, { description: 'Admins: a new unit, at the top or under an open unit.' })
  async createUnit(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUnitInput): Promise<UnitDto> {
    return toUnitDto(await this.orgAdmin.createUnit(viewer, input));
  }

  @Mutation(() => UnitDto, { description: 'Admins: renames and/or moves a unit (no cycles, same municipality).' })
  async updateUnit(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUnitInput): Promise<UnitDto> {
    return toUnitDto(await this.orgAdmin.updateUnit(viewer, input));
  }

  @Mutation(() => UnitDto, {
    description:
      'Admins: closes a unit without open units below it or active members; its open suggestions move to another unit in the same transaction, and their submitters are told.',
  })
  async closeUnit(@CurrentViewer() viewer: Viewer, @Args() args: CloseUnitArgs): Promise<UnitDto> {
    return toUnitDto(await this.orgAdmin.closeUnit(viewer, args.id, args.moveOpenSuggestionsToId));
  }

  @Mutation(() => PersonDto, { description: 'Admins: a new person with memberships (signs in through the provider).' })
  async addPerson(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPersonInput): Promise<PersonDto> {
    return this.organisation.personDto(await this.orgAdmin.addPerson(viewer, input), true);
  }

  @Mutation(() => PersonDto, { description: "Admins: changes a person's name and/or e-mail." })
  async updatePerson(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePersonInput): Promise<PersonDto> {
    return this.organisation.personDto(await this.orgAdmin.updatePerson(viewer, input), true);
  }

  @Mutation(() => PersonDto, { description: "Admins: makes the list the person's memberships (new ones are MANUAL)." })
  async setMemberships(@CurrentViewer() viewer: Viewer, @Args() args: SetMembershipsArgs): Promise<PersonDto> {
    return this.organisation.personDto(
      await this.orgAdmin.setMemberships(viewer, args.personId, args.memberships),
      true,
    );
  }

  @Mutation(() => PersonDto, {
    description: 'Admins: ends every session of the person at once and releases assignments.',
  })
  async deactivatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonDto> {
    return this.organisation.personDto(await this.orgAdmin.deactivatePerson(viewer, id), true);
  }

  @Mutation(() => PersonDto, { description: 'Admins: lets a deactivated person sign in again.' })
  async reactivatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonDto> {
    return this.organisation.personDto(await this.orgAdmin.reactivatePerson(viewer, id), true);
  }
}
