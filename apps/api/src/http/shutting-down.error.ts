import { DomainError, ErrorKind } from '@pitlane/core';

/**
 * A request that reaches the API after it has finished draining for shutdown: refused whole
 * (503, try again: another process or the restarted one answers) rather than half served while
 * the pool closes under it.
 */
export class ShuttingDownError extends DomainError {
  readonly code = 'shutting_down';
  readonly kind: ErrorKind = 'unavailable';

  constructor() {
    super('The server is restarting; try again in a moment.');
  }
}
