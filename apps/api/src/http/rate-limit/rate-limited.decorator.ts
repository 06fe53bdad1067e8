import { SetMetadata } from '@nestjs/common';

export const RATE_LIMITED = 'pitlane:rate-limited';

export interface RateLimitRule {
  /** Names the counters, so each endpoint family has its own. */
  readonly bucket: string;
  /** The account a request is about (an e-mail, a pending sign-in), from its body; none: IP only. */
  readonly account?: (body: Record<string, unknown>) => unknown;
}

/**
 * Limits an endpoint per client address and per account (configured attempts per minute and per
 * hour). Every attempt counts, successful or not: guessing is what is being slowed down.
 */
export const RateLimited = (rule: RateLimitRule): MethodDecorator => SetMetadata(RATE_LIMITED, rule);
