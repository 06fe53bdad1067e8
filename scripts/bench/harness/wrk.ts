// The load runner: wrk (C, one thread, so the load generator takes little of the shared cores),
// driven by a generated Lua script that cycles through prepared requests and prints its result
// as one JSON line. A body's `@VIN@` becomes a fresh valid VIN per request, so POSTs never collide.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuShares, cpuSnapshot, type CpuShares, type ProcessGroups } from './cpu';

export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  /** Latency percentiles in milliseconds. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Answers of 4xx/5xx, and socket errors or timeouts. */
  readonly badStatus: number;
  readonly socketErrors: number;
  readonly cpu: CpuShares;
}

/** VIN positions 1-9 (a Volkswagen prefix, `Z` check position) unlike the seed's `WVWZZZ1JZ`. */
const VIN_PREFIX = 'WVWZZZ1KZ';
const VIN_ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const WRK = process.env.BENCH_WRK ?? '/usr/bin/wrk';
let runs = 0;

function luaString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error('wrk requests must be printable ASCII');
  return JSON.stringify(value);
}

function luaScript(requests: readonly LoadRequest[]): string {
  const table = requests.map((request) => {
    const headers = Object.entries(request.headers).map(([name, value]) => `[${luaString(name)}]=${luaString(value)}`);
    const body = request.body === undefined ? 'nil' : luaString(request.body);
    return `{${luaString(request.method)},${luaString(request.path)},{${headers.join(',')}},${body}}`;
  });
  return `
local reqs = {${table.join(',\n')}}
local alphabet = "${VIN_ALPHABET}"
local tags = 0
function setup(thread) tags = tags + 1; thread:set("tag", string.sub(alphabet, tags, tags)) end
local n, counter, run = 0, 0, "0"
function init(args) run = args[1]; math.randomseed(os.time()); n = math.random(#reqs) end
local function vin()
  counter = counter + 1
  local s, c = "", counter
  for _ = 1, 5 do local d = c % 33; s = string.sub(alphabet, d + 1, d + 1) .. s; c = math.floor(c / 33) end
  return "${VIN_PREFIX}" .. run .. tag .. s
end
function request()
  n = n % #reqs + 1
  local r = reqs[n]
  local body = r[4]
  if body then body = (string.gsub(body, "@VIN@", vin())) end
  return wrk.format(r[1], r[2], r[3], body)
end
function done(summary, latency)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%.0f,"durationUs":%.0f,"status":%.0f,"socket":%.0f,' ..
    '"p50":%.0f,"p90":%.0f,"p99":%.0f,"max":%.0f}\\n', summary.requests, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
`;
}

/**
 * `seconds` of load at `connections`; CPU is sampled inside the run (1 s after the start to 1 s
 * before the end), so start-up and tail of the load generator stay out of it.
 */
export async function runLoad(options: {
  baseUrl: string;
  requests: readonly LoadRequest[];
  connections: number;
  seconds: number;
  /** Asked at both ends of the window: pooled backends come and go (pg closes idle ones after 10 s). */
  groups: () => Promise<ProcessGroups>;
  tempDir: string;
}): Promise<LoadResult> {
  if (!fs.existsSync(WRK)) throw new Error(`wrk not found at ${WRK} (apt-get install wrk, or set BENCH_WRK)`);
  const script = path.join(options.tempDir, `load-${runs}.lua`);
  fs.writeFileSync(script, luaScript(options.requests));
  // Two characters of the VIN name the run (33² runs), one the thread, five count its requests.
  const runTag = [Math.floor(runs / 33) % 33, runs % 33].map((digit) => VIN_ALPHABET[digit]).join('');
  runs += 1;
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '10s', '-s', script];
  const child = spawn(WRK, [...args, options.baseUrl, '--', runTag], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const margin = Math.min(1_000, (options.seconds * 1000) / 4);
  await sleep(margin);
  const first = { ...(await options.groups()), wrk: [child.pid ?? -1] };
  const before = cpuSnapshot(first);
  await sleep(options.seconds * 1000 - 2 * margin);
  const last = await options.groups();
  // A process seen only at the end started inside the window and counts from zero.
  const groups = Object.fromEntries(
    Object.entries(first).map(([name, pids]) => [name, [...new Set([...pids, ...(last[name] ?? [])])]]),
  );
  const cpu = cpuShares(before, cpuSnapshot(groups), groups);
  const code = await exited;
  const line = output.split('\n').find((text) => text.startsWith('WRK_RESULT '));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}):\n${output}`);
  const raw = JSON.parse(line.slice('WRK_RESULT '.length)) as Record<string, number>;
  const seconds = (raw.durationUs ?? 0) / 1e6;
  const requests = raw.requests ?? 0;
  const ms = (key: string) => (requests > 0 ? (raw[key] ?? NaN) / 1000 : NaN);
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: ms('p50'),
    p90: ms('p90'),
    p99: ms('p99'),
    max: ms('max'),
    badStatus: raw.status ?? 0,
    socketErrors: raw.socket ?? 0,
    cpu,
  };
}
