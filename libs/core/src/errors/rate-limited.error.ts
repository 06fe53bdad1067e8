import { DomainError } from './domain-error';

/** Too many attempts: 429 with `Retry-After`. */
export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  readonly kind = 'rate_limited';

  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      undefined,
      {
        retryAfter: retryAfterSeconds,
      },
    );
  }
}
