// The search scenario's own measurements beside wrk's back-to-back capacity: users typing (each
// waits about a second between queries, out of step, as at a debounced search box), the fuzzy SQL
// alone as the application role (per query kind), and write-to-searchable lag through the relay.
import { parseSearchQuery } from '@pitlane/search';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { Stack } from '../stack';
import { drawQuery, searchPath } from './search-queries';
import type { SearchSample } from './search-seed';

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly count: number;
}

export function percentiles(latencies: readonly number[]): Percentiles {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), count: sorted.length };
}

const elapsedMs = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;
const tokenOf = (stack: Stack, sample: SearchSample) => stack.garage.workshops[sample.workshop]!.accessToken;

/** `users` people typing for `seconds`, each about `perSecond` queries a second. */
export async function typingLoad(
  stack: Stack,
  samples: readonly SearchSample[],
  options: { users: number; seconds: number; perSecond: number },
): Promise<Percentiles & { rps: number; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.users });
  const latencies: number[] = [];
  let errors = 0;
  const get = (sample: SearchSample, text: string) =>
    new Promise<void>((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(
        `${stack.api.baseUrl}${searchPath(text)}`,
        { agent, headers: { authorization: `Bearer ${tokenOf(stack, sample)}` } },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(elapsedMs(started));
            if (response.statusCode !== 200) errors += 1;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const thinkMs = 1000 / options.perSecond;
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.users }, async () => {
      await sleep(Math.random() * thinkMs);
      while (Date.now() < deadline && !stack.lifecycle.interrupted()) {
        const { sample, text } = drawQuery(samples);
        await get(sample, text);
        await sleep(thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  agent.destroy();
  return { ...percentiles(latencies), rps: latencies.length / ((Date.now() - started) / 1000), errors };
}

/** The statement the Postgres adapter runs for a parsed query (SearchDocumentRepository.fuzzy). */
export const FUZZY_SQL = `select entity_type, entity_id, score from search_documents_find(
  lower(public.unaccent($1)), (select array_agg(lower(public.unaccent(t))) from unnest($2::text[]) t),
  $3, $4, $5::text[], $6)`;

export function fuzzyParams(text: string): unknown[] {
  const parsed = parseSearchQuery(text);
  if (!parsed) throw new Error(`a blank query was drawn: ${JSON.stringify(text)}`);
  const phoneReversed = [...parsed.phoneDigits].reverse().join('');
  return [parsed.tokens.join(' '), parsed.tokens, parsed.plateKey, phoneReversed, ['vehicle', 'client'], 10];
}

/** The fuzzy SQL alone, one at a time, in a tenant transaction as the application role: all and per kind. */
export async function sqlAlone(
  stack: Stack,
  samples: readonly SearchSample[],
  runs: number,
): Promise<{ all: Percentiles; byKind: Record<string, Percentiles> }> {
  const client = new Client({ connectionString: stack.database.appUrl });
  await client.connect();
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  try {
    for (let run = 0; run < runs && !stack.lifecycle.interrupted(); run++) {
      const { sample, kind, text } = drawQuery(samples);
      const params = fuzzyParams(text);
      const started = process.hrtime.bigint();
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [sample.tenantId]);
      await client.query(FUZZY_SQL, params);
      await client.query('commit');
      const ms = elapsedMs(started);
      all.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
  } finally {
    await client.end();
  }
  return {
    all: percentiles(all),
    byKind: Object.fromEntries([...byKind].map(([kind, latencies]) => [kind, percentiles(latencies)])),
  };
}

/** A plate changed through PATCH, then searched for until found: commit to searchable through the relay. */
export async function writeToSearchableLag(
  stack: Stack,
  samples: readonly SearchSample[],
  runs: number,
): Promise<Percentiles> {
  const lags: number[] = [];
  const call = async (method: string, route: string, token: string, body?: unknown) => {
    const response = await fetch(`${stack.api.baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as { items?: { id: string }[] };
  };
  for (let run = 0; run < runs && !stack.lifecycle.interrupted(); run++) {
    const sample = samples[run % samples.length]!;
    const token = tokenOf(stack, sample);
    const plate = `ZX ${10_000 + run}`;
    await call('PATCH', `/api/v1/vehicles/${sample.vehicleId}`, token, { plate });
    const written = process.hrtime.bigint();
    for (;;) {
      const found = await call('GET', searchPath(plate, '&types=vehicle').replace('limit=10', 'limit=1'), token);
      if (found.items?.[0]?.id === sample.vehicleId) break;
      if (elapsedMs(written) > 30_000) throw new Error('a change was not searchable within 30 s');
      await sleep(5);
    }
    lags.push(elapsedMs(written));
    await sleep(50);
  }
  return percentiles(lags);
}
