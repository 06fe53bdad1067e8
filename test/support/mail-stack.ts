import { randomBytes } from 'node:crypto';
import { SmtpSink } from './smtp-sink';
import { TestApi } from './test-api';
import { TestWorker } from './test-worker';

export interface MailStack {
  readonly api: TestApi;
  readonly worker: TestWorker;
  readonly sink: SmtpSink;
  close(): Promise<void>;
}

/**
 * The API, a worker on the same queue namespace, and a real SMTP server catching what the worker
 * sends: for flows that end in an e-mail. `overrides` go to both processes (REDIS_URL to run the
 * queue on Redis instead of PostgreSQL).
 */
export async function startMailStack(overrides: Record<string, string> = {}): Promise<MailStack> {
  const sink = await SmtpSink.start();
  const shared = {
    QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
    SMTP_PORT: String(sink.port),
    PUBLIC_BASE_URL: 'http://pitlane.test',
    ...overrides,
  };
  const api = await TestApi.start(shared);
  const worker = await TestWorker.start(shared);
  return {
    api,
    worker,
    sink,
    async close() {
      await api.close();
      await worker.close();
      await sink.close();
    },
  };
}
