// An SMTP sink that counts instead of storing: each message's `X-Pitlane-Mail` ledger id and
// arrival time, duplicates, strays, and how long each SMTP session lasted (TCP accept to close).
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import type { Lifecycle } from './lifecycle';

/** smtp-server's own wait before every greeting, to catch clients that talk too soon. */
export const STOCK_GREETING_MS = 100;
const LEDGER_HEADER = /^x-pitlane-mail:[ \t]*([0-9a-f-]{36})/im;

export interface MailSink {
  readonly port: number;
  /** What the sink actually waits before greeting (the stock delay if it could not be changed). */
  readonly greetingDelayMs: number;
  /** Starts a measurement: only these ledger ids count; everything recorded so far is forgotten. */
  expect(ids: readonly string[]): void;
  arrived(): number;
  /** performance.now() of the id's first arrival, NaN if none. */
  arrivalOf(id: string): number;
  arrivalTimes(): number[];
  duplicated(): number;
  unexpected(): number;
  sessionTimes(): number[];
}

interface ConnectionInternals {
  _setListeners(ready: () => void): void;
  connectionReady(): void;
}

/**
 * smtp-server has no option for its greeting delay. Pitlane opens one connection per mail, so
 * 100 ms per greeting would cap each worker slot at 10 mails/s and the benchmark would measure
 * the sink: its (internal) connection start is replaced by one that greets after `delayMs`.
 */
function setGreetingDelay(delayMs: number): number {
  try {
    const file = path.join(path.dirname(require.resolve('smtp-server')), 'smtp-connection.js');
    const loaded = createRequire(__filename)(file) as { SMTPConnection?: { prototype: Partial<ConnectionInternals> } };
    const prototype = loaded.SMTPConnection?.prototype as (ConnectionInternals & { init(): void }) | undefined;
    if (typeof prototype?._setListeners !== 'function' || typeof prototype.connectionReady !== 'function') {
      return STOCK_GREETING_MS;
    }
    prototype.init = function init(this: ConnectionInternals) {
      this._setListeners(() => {
        if (delayMs > 0) setTimeout(() => this.connectionReady(), delayMs).unref();
        else this.connectionReady();
      });
    };
    return delayMs;
  } catch {
    return STOCK_GREETING_MS;
  }
}

export async function startMailSink(lifecycle: Lifecycle, greetingDelayMs: number): Promise<MailSink> {
  const delay = setGreetingDelay(greetingDelayMs);
  let expected = new Set<string>();
  let firstArrival = new Map<string, number>();
  let timesSeen = new Map<string, number>();
  let unexpected = 0;
  let sessions: number[] = [];
  const opened = new Map<number, number>();

  const record = (raw: Buffer, at: number) => {
    const headerEnd = raw.indexOf('\r\n\r\n');
    const header = raw.toString('latin1', 0, headerEnd === -1 ? Math.min(raw.length, 16_384) : headerEnd);
    const id = LEDGER_HEADER.exec(header)?.[1];
    if (!id || !expected.has(id)) {
      unexpected += 1;
      return;
    }
    timesSeen.set(id, (timesSeen.get(id) ?? 0) + 1);
    if (!firstArrival.has(id)) firstArrival.set(id, at);
  };

  const server = new SMTPServer({
    banner: 'Pitlane bench mail sink',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onClose(session) {
      const port = session.remotePort;
      const at = opened.get(port);
      if (at === undefined) return;
      opened.delete(port);
      sessions.push(performance.now() - at);
    },
    onData(stream, _session, callback) {
      const parts: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => parts.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        record(Buffer.concat(parts), performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client dropping its connection is reported as 'error'; it must not stop the sink.
  server.on('error', () => undefined);
  server.server.on('connection', (socket: { remotePort?: number }) =>
    opened.set(socket.remotePort ?? -1, performance.now()),
  );
  lifecycle.onCleanup('stop the mail sink', () => new Promise<void>((resolve) => server.close(() => resolve())));

  return {
    port: (server.server.address() as AddressInfo).port,
    greetingDelayMs: delay,
    expect(ids) {
      expected = new Set(ids);
      firstArrival = new Map();
      timesSeen = new Map();
      unexpected = 0;
      sessions = [];
    },
    arrived: () => firstArrival.size,
    arrivalOf: (id) => firstArrival.get(id) ?? NaN,
    arrivalTimes: () => [...firstArrival.values()].sort((a, b) => a - b),
    duplicated: () => [...timesSeen.values()].filter((count) => count > 1).length,
    unexpected: () => unexpected,
    sessionTimes: () => [...sessions].sort((a, b) => a - b),
  };
}
