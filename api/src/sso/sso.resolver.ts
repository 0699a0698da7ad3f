import { Args, Query, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Viewer } from '../common/viewer';
import { MunicipalityDto } from '../organisation/dtos/organisation.dto';
import { PersonWaitingDto, SsoSettingsDto } from './dtos/sso-settings.dto';
import { SsoSettingsInput } from './dtos/sso-settings.input';
import { SsoSettingsService } from './sso-settings.service';

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoSettingsService) {}

  @Public()
  @Query(() => [MunicipalityDto], {
    description: 'Municipalities whose staff sign in with their own identity provider (for the sign-in page).',
  })
  ssoMunicipalities(): Promise<MunicipalityDto[]> {
    return this.sso.municipalitiesWithProvider();
  }

  @Query(() => SsoSettingsDto, {
    nullable: true,
    description: "My municipality's identity provider (admins); null when none. Never returns the client secret.",
  })
  ssoSettings(@CurrentViewer() viewer: Viewer): Promise<SsoSettingsDto | null> {
    return this.sso.settings(viewer);
  }

  @Mutation(() => SsoSettingsDto, {
    description: "Sets my municipality's identity provider (admins). Checks the provider's discovery before saving.",
  })
  updateSsoSettings(@CurrentViewer() viewer: Viewer, @Args('input') input: SsoSettingsInput): Promise<SsoSettingsDto> {
    return this.sso.update(viewer, input);
  }

  @Query(() => [PersonWaitingDto], {
    description: 'People who signed in but have no unit or role yet, newest first (admins).',
  })
  peopleWaitingForPlacement(@CurrentViewer() viewer: Viewer): Promise<PersonWaitingDto[]> {
    return this.sso.peopleWaiting(viewer);
  }
}
