import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnitDigestMailer } from '../unit-digest/unit-digest-mailer.service';
import { DeadlineSweepService } from './deadline-sweep.service';
import { LeaderWeeklyService } from '../leader-weekly/leader-weekly.service';

const DEFAULT_INTERVAL_SECONDS = 60;

/**
 * Runs the deadline sweep every SWEEP_INTERVAL_SECONDS when config.runSweep. The next run is
 * scheduled only when the previous one has finished, so a sweep never overlaps itself in this
 * process (other processes may sweep at the same time: the claims in the database keep that safe).
 * A failed sweep is logged and the next one tries again.
 */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineSweep');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeper: DeadlineSweepService,
    private readonly leaderWeekly: LeaderWeeklyService,
    private readonly unitDigests: UnitDigestMailer,
  ) {}

  get intervalMs(): number {
    const seconds = this.config.sweepIntervalSeconds;
    if (seconds > 0) return seconds * 1000;
    this.logger.warn(`SWEEP_INTERVAL_SECONDS must be above 0 (got ${seconds}); using ${DEFAULT_INTERVAL_SECONDS}`);
    return DEFAULT_INTERVAL_SECONDS * 1000;
  }

  onApplicationBootstrap(): void {
    if (!this.config.runSweep) return;
    this.logger.log(`deadline sweep every ${this.intervalMs / 1000} s`);
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.intervalMs);
    // A pending sweep alone does not keep the process alive.
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    await this.runSweep();
    await this.runLeaderWeekly();
    await this.runUnitDigests();
  }

  /** The weekly leader e-mail: claimed once per week across processes; most ticks find it sent. */
  private async runLeaderWeekly(): Promise<void> {
    try {
      const result = await this.leaderWeekly.runIfDue();
      if (result) {
        this.logger.log(`leader weekly ${result.week}: ${result.notifications} leader(s) told`);
      }
    } catch (error) {
      this.logger.error(
        `leader weekly e-mail failed; trying again in ${this.intervalMs / 1000} s`,
        (error as Error)?.stack ?? String(error),
      );
    }
  }

  private async runSweep(): Promise<void> {
    const started = Date.now();
    try {
      const result = await this.sweeper.sweep();
      if (result.deadlinesMissed || result.escalated || result.returnedFromParking || result.reminded) {
        this.logger.log(
          `sweep: ${result.deadlinesMissed} deadline(s) missed, ${result.escalated} escalated, ` +
            `${result.returnedFromParking} back from «Ikke nå», ${result.reminded} reminded, ` +
            `${result.notifications} notification(s) in ${Date.now() - started} ms`,
        );
      }
    } catch (error) {
      this.logger.error(
        `sweep failed; trying again in ${this.intervalMs / 1000} s`,
        (error as Error)?.stack ?? String(error),
      );
    }
  }

  /** «Dere sa – vi gjorde» on the 1st (claimed per municipality and month, so any process may run it). */
  private async runUnitDigests(): Promise<void> {
    try {
      const digests = await this.unitDigests.sendDue();
      if (digests.municipalities) {
        this.logger.log(
          `unit digests for ${digests.month}: ${digests.units} unit(s), ${digests.notifications} notification(s) ` +
            `in ${digests.municipalities} municipality(ies)`,
        );
      }
    } catch (error) {
      this.logger.error(
        `unit digests failed; trying again in ${this.intervalMs / 1000} s`,
        (error as Error)?.stack ?? String(error),
      );
    }
  }

  /** Before the database closes: no new sweep, and the one in flight finishes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
