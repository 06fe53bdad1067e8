import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * How one process of an API cluster ends: on the primary's SIGTERM it closes the application,
 * which drains the requests it is running (request-drain.ts) before its batches flush and its
 * pool closes, then exits. The primary owns the signals, so the process ignores the rest:
 * Ctrl-C reaches every process of the terminal's group, and a supervisor signalling the whole
 * group (systemd) sends SIGTERM twice; either would otherwise end the drain half-way, as Nest's
 * own hooks let a second signal kill the process.
 */
export function closeOnPrimarySignal(app: INestApplication, logger: Logger): void {
  let closing = false;
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'api process failed to close');
        process.exit(1);
      },
    );
  });
}
