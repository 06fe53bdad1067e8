// The built worker as a child of the run, on its own (a worker-only stack: no API), and what it
// logged: warnings and errors, grouped by message, for the report.
import fs from 'node:fs';
import type { Lifecycle } from './lifecycle';
import { type Child, freePort, productEnv, type Secrets, startChild } from './processes';

export interface WorkerOptions {
  readonly label: string;
  readonly appUrl: string;
  readonly secrets: Secrets;
  readonly smtpPort: number;
  /** On top of the product's environment: QUEUE_NAMESPACE, REDIS_URL, pool sizes, … */
  readonly env: NodeJS.ProcessEnv;
}

/** Ready once its metrics endpoint answers (at LOG_LEVEL=warn it logs no "worker ready"). */
export async function startWorker(lifecycle: Lifecycle, tempDir: string, options: WorkerOptions): Promise<Child> {
  const metricsPort = await freePort();
  return startChild(lifecycle, tempDir, {
    label: options.label,
    script: 'apps/worker/dist/main.js',
    env: {
      ...productEnv(options.appUrl, options.secrets, options.smtpPort),
      METRICS_HOST: '127.0.0.1',
      WORKER_METRICS_PORT: String(metricsPort),
      ...options.env,
    },
    readyUrl: `http://127.0.0.1:${metricsPort}/metrics`,
  });
}

export interface LogSummary {
  readonly lines: number;
  readonly messages: readonly { message: string; count: number }[];
}

/** Lines of a pino log, by message (with the PL/pgSQL function an error was raised in, if any). */
export function summarizeLog(file: string): LogSummary {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { lines: 0, messages: [] };
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const messages = new Map<string, number>();
  for (const line of lines) {
    let message = line.slice(0, 160);
    try {
      const parsed = JSON.parse(line) as { msg?: string; outcome?: string; err?: { message?: string; where?: string } };
      const where = /function (\w+)\(/.exec(String(parsed.err?.where ?? ''))?.[1];
      message = [parsed.msg, parsed.outcome, parsed.err?.message].filter(Boolean).join(': ');
      message = `${message}${where ? ` (in ${where})` : ''}`.slice(0, 160);
    } catch {
      // not JSON: a library writing to stdout directly
    }
    messages.set(message, (messages.get(message) ?? 0) + 1);
  }
  return { lines: lines.length, messages: [...messages].map(([message, count]) => ({ message, count })) };
}
