import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startDatabase, StackDatabase } from './database';
import { NodeProcess } from './node-process';
import { ARTIFACTS_DIR, REPO_ROOT, STACK_LOGS_DIR, stackBaseUrl, WEB_DIR } from './paths';
import { SmtpSink, smtpSinkModule } from './repo-modules';

export interface RunningStack {
  baseUrl: string;
  mailDir: string;
  /** Which PostgreSQL and what took how long, for the run's log. */
  summary: string;
  /**
   * The environment the stack's processes run with, for its command-line tools (`scripts/operator
   * create` needs the database and the master key): each operator console test makes its own
   * operator with it (support/operators.ts), as a TOTP code is single-use.
   */
  cliEnv: NodeJS.ProcessEnv;
  stop: () => Promise<void>;
}

const WEB_DIST_DIR = path.join(WEB_DIR, 'dist');
/** What the stack runs, built: the e2e test the product as `npm start` serves it. */
const BUILT = [
  ['apps/api/dist/main.js', 'npm run build'],
  ['apps/worker/dist/main.js', 'npm run build'],
  ['apps/web/dist/index.html', 'npm run build -w @pitlane/web'],
] as const;

/**
 * The real stack, as `npm start` runs it but with nothing of a developer's own: a fresh database
 * (no demo workshop), the SMTP sink writing every mail to e2e-artifacts/mail, then the built API
 * (serving the built web app at `/`) and worker. Resolves when the API answers /health/ready and
 * the worker has said it is ready (mail goes out through it).
 */
export async function startStack(port: number): Promise<RunningStack> {
  const missing = BUILT.filter(([file]) => !existsSync(path.join(REPO_ROOT, file)));
  if (missing.length > 0) {
    throw new Error(
      `the e2e run the built product, and ${missing.map(([file]) => file).join(', ')} is missing: run ` +
        `${[...new Set(missing.map(([, command]) => command))].join(' and ')} (npm run test:e2e does both)`,
    );
  }
  const started = Date.now();
  const mailDir = path.join(ARTIFACTS_DIR, 'mail');
  rmSync(mailDir, { recursive: true, force: true });
  rmSync(STACK_LOGS_DIR, { recursive: true, force: true });
  mkdirSync(STACK_LOGS_DIR, { recursive: true });

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // The reverse of the start: processes before the mail sink and the database they use.
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const [database, sink] = await Promise.all([
      startDatabase().then(remember(stops)),
      smtpSinkModule()
        .startLocalSmtpSink({ port: 0, mailDir })
        .then((opened) => remember(stops)({ ...opened, stop: opened.close })),
    ]);
    const databaseReady = Date.now();
    const baseUrl = stackBaseUrl(port);
    const env = processEnvironment({ port, baseUrl, database, sink });
    const api = new NodeProcess('api', 'apps/api/dist/main.js', env);
    stops.push(() => api.stop());
    const worker = new NodeProcess('worker', 'apps/worker/dist/main.js', env);
    stops.push(() => worker.stop());
    await Promise.all([
      api.waitUntil('ready', () => answersReady(baseUrl), 60_000),
      worker.waitUntil('ready', () => worker.printed('"message":"worker ready"'), 60_000),
    ]);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
    return {
      baseUrl,
      mailDir,
      cliEnv: env,
      summary:
        `${database.description}; ready in ${seconds(Date.now() - started)} ` +
        `(database ${seconds(databaseReady - started)}, API and worker ${seconds(Date.now() - databaseReady)})`,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function remember(stops: (() => Promise<void>)[]) {
  return <T extends { stop: () => Promise<void> }>(started: T): T => {
    stops.push(() => started.stop());
    return started;
  };
}

function processEnvironment(stack: {
  port: number;
  baseUrl: string;
  database: StackDatabase;
  sink: SmtpSink;
}): NodeJS.ProcessEnv {
  const redisUrl = process.env.E2E_REDIS_URL;
  return {
    // Nothing of the developer's own Pitlane settings (DATABASE_URL, SMTP_HOST...) leaks in.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(stack.port),
    // One API process, as tests run it; the cluster has its own suite (apps/api/test/api-cluster.spec.ts).
    API_PROCESSES: '1',
    // Mailed links open the stack the browser tests.
    PUBLIC_BASE_URL: stack.baseUrl,
    WEB_DIST_DIR,
    METRICS_PORT: '0',
    WORKER_METRICS_PORT: '0',
    DATABASE_URL: stack.database.appUrl,
    OPERATOR_DATABASE_URL: stack.database.operatorUrl,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    MASTER_KEY: randomBytes(32).toString('base64'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(stack.sink.port),
    // Every browser and fixture call comes from 127.0.0.1: the per-address limits would count the
    // whole run as one client. The per-account limits stay as shipped (each test has its own).
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_IP_PER_HOUR: '1000000',
    // Queues on PostgreSQL, as `npm start` runs them; E2E_REDIS_URL runs them on Redis instead.
    ...(redisUrl ? { REDIS_URL: redisUrl, QUEUE_NAMESPACE: `e2e-${randomBytes(4).toString('hex')}` } : {}),
  };
}

async function answersReady(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/health/ready`)).ok;
  } catch {
    return false; // not listening yet
  }
}
