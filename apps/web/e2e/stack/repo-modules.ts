import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * The repository's own CommonJS pieces the stack is made of, shared with `npm start`: the
 * embedded PostgreSQL and the SMTP sink from scripts/lib, and the provisioning and migrations of
 * the built @pitlane/core. Required (this package is ESM) and typed here by hand: only the few
 * functions used, so that type-checking does not need `npm run build` first.
 */
const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));

export interface EmbeddedPostgres {
  adminUrl: string;
  stop: () => Promise<void>;
}

export interface SmtpSink {
  port: number;
  close: () => Promise<void>;
}

export interface ProvisionOptions {
  adminUrl: string;
  database: string;
  ownerRole: string;
  ownerPassword: string;
  appRole: string;
  appPassword: string;
  operatorPassword: string;
}

export interface PitlaneCore {
  provisionDatabase: (
    options: ProvisionOptions,
  ) => Promise<{ migrationUrl: string; appUrl: string; operatorUrl: string }>;
  migrateDatabase: (migrationUrl: string, appUrl: string) => Promise<{ applied: string[] }>;
  dropDatabase: (adminUrl: string, database: string) => Promise<void>;
}

export interface EmbeddedPostgresModule {
  startEmbeddedPostgres: (options: {
    dataDir: string;
    port: number;
    persistent: boolean;
    log?: (line: string) => void;
  }) => Promise<EmbeddedPostgres>;
}

export interface SmtpSinkModule {
  startLocalSmtpSink: (options: { port: number; mailDir: string; log?: (line: string) => void }) => Promise<SmtpSink>;
}

export function embeddedPostgresModule(): EmbeddedPostgresModule {
  return requireFromRepo('./scripts/lib/embedded-postgres.js') as EmbeddedPostgresModule;
}

export function smtpSinkModule(): SmtpSinkModule {
  return requireFromRepo('./scripts/lib/smtp-sink.js') as SmtpSinkModule;
}

/** The built @pitlane/core (libs/core/dist): `npm run build` makes it, as it makes the API. */
export function pitlaneCore(): PitlaneCore {
  return requireFromRepo('@pitlane/core') as PitlaneCore;
}
