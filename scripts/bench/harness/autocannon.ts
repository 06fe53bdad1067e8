// The in-process load runner for loads wrk's fixed request list does not fit: each request is
// built when it is sent (a random slot, a fresh customer), every response's time and status is
// kept (exact p95, 201 versus 409). autocannon runs in this process, so its CPU is this pid's.
import { createRequire } from 'node:module';
import { cpuShares, cpuSnapshot, type CpuShares, type ProcessGroups } from './cpu';
import { percentile } from './timing';

export interface HttpCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Sent as JSON. */
  readonly body?: unknown;
}

export interface CannonResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly rps: number;
  /** Milliseconds, nearest rank over every response. */
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Responses by HTTP status, e.g. { "201": 16, "409": 1630 }. */
  readonly statusCodes: Readonly<Record<string, number>>;
  /** Socket errors and timeouts (no response). */
  readonly errors: number;
  readonly cpu: CpuShares;
}

/** The part of autocannon 9's API used here (the package ships no types). */
interface AutocannonRequest {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  once(event: 'done', listener: (result: { errors: number; timeouts: number; duration: number }) => void): void;
  once(event: 'error', listener: (error: Error) => void): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  headers?: Record<string, string>;
  requests: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[];
}) => AutocannonInstance;

const autocannon = createRequire(__filename)('autocannon') as Autocannon;
const REQUEST_TIMEOUT_SECONDS = 10;

/** `seconds` of load at `connections`, each request from `next()`; CPU of `groups` over the run. */
export async function runCannon(options: {
  baseUrl: string;
  connections: number;
  seconds: number;
  headers?: Readonly<Record<string, string>>;
  next: () => HttpCall;
  /** Asked at both ends: pooled Postgres backends come and go. */
  groups: () => Promise<ProcessGroups>;
}): Promise<CannonResult> {
  const first = { ...(await options.groups()), autocannon: [process.pid] };
  const before = cpuSnapshot(first);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    headers: { ...options.headers },
    requests: [
      {
        setupRequest: (request) => {
          const call = options.next();
          const json: Record<string, string> = call.body === undefined ? {} : { 'content-type': 'application/json' };
          return {
            ...request,
            method: call.method,
            path: call.path,
            headers: { ...request.headers, ...json },
            ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
          };
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    statusCodes[String(status)] = (statusCodes[String(status)] ?? 0) + 1;
  });
  const done = await new Promise<{ errors: number; timeouts: number; duration: number }>((resolve, reject) => {
    instance.once('done', resolve);
    instance.once('error', reject);
  });
  const last = await options.groups();
  const groups = Object.fromEntries(
    Object.entries(first).map(([name, pids]) => [name, [...new Set([...pids, ...(last[name] ?? [])])]]),
  );
  const cpu = cpuShares(before, cpuSnapshot(groups), groups);
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    seconds: done.duration,
    requests: latencies.length,
    rps: latencies.length / done.duration,
    p50: percentile(latencies, 0.5),
    p90: percentile(latencies, 0.9),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    statusCodes,
    errors: done.errors,
    cpu,
  };
}
