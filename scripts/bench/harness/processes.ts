// The processes under test, each a child of the run with its own log file: the built API (one
// process: API_PROCESSES=1), the worker, and any scenario's own server.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lifecycle } from './lifecycle';
import { ROOT } from './paths';

export interface Child {
  readonly label: string;
  readonly process: ChildProcess;
  readonly pid: number;
  readonly logFile: string;
}

export interface Secrets {
  readonly jwtSecret: string;
  readonly masterKey: Buffer;
  readonly masterKeyId: string;
}

/** What the API and worker are configured with: production mode, limits lifted for one load generator. */
export function productEnv(appUrl: string, secrets: Secrets, smtpPort: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: appUrl,
    JWT_SECRET: secrets.jwtSecret,
    MASTER_KEY: secrets.masterKey.toString('base64'),
    MASTER_KEY_ID: secrets.masterKeyId,
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    RATE_LIMIT_IP_PER_HOUR: '100000000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '100000000',
  };
}

/** Starts `script` (relative to the root) and waits until `ready(logText)` holds or `url` answers 2xx. */
export async function startChild(
  lifecycle: Lifecycle,
  tempDir: string,
  options: { label: string; script: string; env: NodeJS.ProcessEnv; readyUrl?: string; readyLog?: string },
): Promise<Child> {
  const logFile = path.join(tempDir, `${options.label}.log`);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(ROOT, options.script)], {
    cwd: ROOT,
    env: options.env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  lifecycle.adopt(child);
  const started: Child = { label: options.label, process: child, pid: child.pid ?? -1, logFile };
  lifecycle.onCleanup(`stop ${options.label}`, () => stopChild(started));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.label} exited during start:\n${tail(logFile)}`);
    if (options.readyLog && fs.readFileSync(logFile, 'utf8').includes(options.readyLog)) return started;
    if (
      options.readyUrl &&
      (await fetch(options.readyUrl)
        .then((r) => r.ok)
        .catch(() => false))
    )
      return started;
    await sleep(250);
  }
  throw new Error(`${options.label} was not ready within 90 s:\n${tail(logFile)}`);
}

export async function stopChild(child: Child): Promise<void> {
  const { process: running } = child;
  if (running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  const timer = setTimeout(() => running.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** The repository's local SMTP sink (what `npm start` uses), so sign-up mails are delivered, not retried. */
export async function startSmtpSink(lifecycle: Lifecycle, tempDir: string): Promise<number> {
  const load = createRequire(__filename);
  const sinkModule = load(path.join(ROOT, 'scripts', 'lib', 'smtp-sink.js')) as {
    startLocalSmtpSink(options: {
      port: number;
      mailDir: string;
    }): Promise<{ port: number; close: () => Promise<void> }>;
  };
  const sink = await sinkModule.startLocalSmtpSink({ port: await freePort(), mailDir: path.join(tempDir, 'mail') });
  lifecycle.onCleanup('stop the SMTP sink', () => sink.close());
  return sink.port;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
