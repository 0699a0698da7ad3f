import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isMonthKey, osloMonthBounds } from '@idehub/libs';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock';
import { badInput, notFound } from '../common/errors';
import { Viewer } from '../common/viewer';
import { UnitEntity } from '../organisation/unit.entity';
import { computeUnitDigests, UnitDigest } from './unit-digest';

/**
 * Reading a unit's monthly digest. Everyone signed in to the unit's municipality may read it: it
 * holds only what every member may already see (no confidential suggestion, no hidden name).
 * A unit of another municipality is NOT_FOUND, as everything invisible is.
 */
@Injectable()
export class UnitDigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** BAD_USER_INPUT unless `month` is YYYY-MM and has begun. */
  checkMonth(month: string, now = this.clock.now()): void {
    if (!isMonthKey(month)) {
      throw badInput([{ field: 'month', message: 'must be a month written YYYY-MM, e.g. 2026-11' }]);
    }
    if (osloMonthBounds(month).from.getTime() > now.getTime()) {
      throw badInput([{ field: 'month', message: 'must not be after the current month' }]);
    }
  }

  async digest(viewer: Viewer, unitId: string, month: string): Promise<{ unit: UnitEntity; digest: UnitDigest }> {
    const now = this.clock.now();
    this.checkMonth(month, now);
    const scope = await this.access.scopeFor(viewer);
    const unit = scope.tree.get(unitId);
    if (!unit) throw notFound('No such unit.');
    const digests = await computeUnitDigests(this.db.manager, viewer.municipalityId, [unit.id], month, now);
    return { unit, digest: digests.get(unit.id)! };
  }
}
