import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { UnsafeDatabaseRoleError } from '../database/database-role-check';
import { createLogger } from '../logging/logger';

/** sysexits' EX_CONFIG: the process cannot run with this configuration. */
const EXIT_CONFIG = 78;

/**
 * The shared start of every Pitlane process: validate the configuration once (a clear list of
 * what is wrong and exit 78 otherwise), create the JSON logger, log the configuration without
 * its secrets, then run `start`. A database role that row-level security does not hold is a
 * configuration error too (exit 78, the refusal's own message); any other failure exits 1.
 */
export function bootProcess(service: string, start: (config: AppConfig, logger: Logger) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnvironment();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(EXIT_CONFIG);
  }
  const logger = createLogger({ service, level: config.logLevel });
  logger.info({ config: config.summary }, 'configuration loaded');
  start(config, logger).catch((error: unknown) => {
    if (error instanceof UnsafeDatabaseRoleError) {
      logger.fatal({ role: error.connectedRole, findings: error.findings }, `${service} refused to start`);
      logger.flush();
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    logger.fatal({ err: error }, `${service} failed to start`);
    logger.flush();
    process.stderr.write(
      `${service} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
