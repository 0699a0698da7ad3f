import { Args, Query, Resolver } from '@nestjs/graphql';
import { GainsService } from './gains.service';
import { GainsDashboardDto } from './dtos/gains-dashboard.dto';
import { GainsDashboardFilter } from './dtos/success-story.inputs';

@Resolver(() => GainsDashboardDto)
export class GainsResolver {
  constructor(private readonly gains: GainsService) {}

  @Query(() => GainsDashboardDto, {
    description:
      'Gains of published stories by category, municipality and month (sums per unit; counts where no number).',
  })
  gainsDashboard(@Args('filter', { type: () => GainsDashboardFilter, nullable: true }) filter?: GainsDashboardFilter) {
    return this.gains.dashboard(filter ?? {});
  }
}
