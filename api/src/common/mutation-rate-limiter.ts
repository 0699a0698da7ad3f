import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { rateLimited } from './errors';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A general limit on changes per person: a token bucket of MUTATION_RATE_PER_MINUTE tokens,
 * refilled evenly over a minute, per signed-in person and per process. Enough for any person
 * at work (and for an import run through the API), not for a script hammering the database.
 * Sign-in has its own, stricter limits (AuthService).
 */
@Injectable()
export class MutationRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Takes a token for one change by this person, or refuses with RATE_LIMITED. */
  take(personId: string): void {
    const capacity = this.config.mutationRatePerMinute;
    if (capacity <= 0) return;
    const now = Date.now();
    const bucket = this.buckets.get(personId) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 60_000) * capacity);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(personId, bucket);
      const retryAfterSeconds = Math.ceil(((1 - bucket.tokens) / capacity) * 60);
      throw rateLimited(
        `Too many changes in a short time. Wait ${retryAfterSeconds} seconds and try again.`,
        retryAfterSeconds,
      );
    }
    bucket.tokens -= 1;
    this.buckets.set(personId, bucket);
    if (this.buckets.size > 50_000) this.forgetFull(now);
  }

  /** Drops buckets that have refilled completely: they hold no information. */
  private forgetFull(now: number): void {
    for (const [id, bucket] of this.buckets) {
      if (
        bucket.tokens + ((now - bucket.at) / 60_000) * this.config.mutationRatePerMinute >=
        this.config.mutationRatePerMinute
      )
        this.buckets.delete(id);
    }
  }
}
