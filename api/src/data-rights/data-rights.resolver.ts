import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PersonDto } from '../organisation/dtos/organisation.dto';
import { OrganisationService } from '../organisation/organisation.service';
import { DataRightsService } from './data-rights.service';

@Resolver()
export class DataRightsResolver {
  constructor(
    private readonly dataRights: DataRightsService,
    private readonly organisation: OrganisationService,
  ) {}

  @Mutation(() => PersonDto, {
    description:
      'Admins: for a person who left. Name → «Tidligere ansatt», e-mail and sign-in identities removed, sessions ended; their suggestions and answers stay.',
  })
  async anonymisePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonDto> {
    return this.organisation.personDto(await this.dataRights.anonymise(viewer, id), true);
  }
}
