import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import { CurrentViewer, Viewer } from '../common/viewer';
import { toUnitDigestDto, UnitDigestDto } from './dtos/unit-digest.dto';
import { UnitDigestService } from './unit-digest.service';

@Resolver(() => UnitDigestDto)
export class UnitDigestResolver {
  constructor(
    private readonly digests: UnitDigestService,
    private readonly clock: Clock,
  ) {}

  @Query(() => UnitDigestDto, {
    description:
      '«Dere sa – vi gjorde»: a unit’s month (YYYY-MM, Oslo time; not after the current month). For everyone ' +
      'signed in to the unit’s municipality; another municipality’s unit is NOT_FOUND.',
  })
  async unitDigest(
    @CurrentViewer() viewer: Viewer,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('month') month: string,
  ): Promise<UnitDigestDto> {
    const { unit, digest } = await this.digests.digest(viewer, unitId, month);
    return toUnitDigestDto(unit, digest, this.clock.now());
  }
}
