// Search at scale (issue 17 item 4): GET /search over BENCH_WORKSHOPS workshops of
// BENCH_CLIENTS_PER_WORKSHOP clients and BENCH_SEARCH_VEHICLES_PER_WORKSHOP vehicles (default
// 200 × (1500 + 2000) = 700k documents) on the Postgres adapter: users typing (the target: p95 < 50 ms),
// back to back (capacity, wrk), the fuzzy SQL alone per query kind, write-to-searchable lag, relay rate.
// A minute for development: BENCH_WORKSHOPS=10 BENCH_ROUNDS=1 BENCH_DURATION=5 BENCH_TYPING_SECONDS=10.
import { machineLoad } from '../cpu';
import { explainAsTenant } from '../explain';
import type { ScenarioReport } from '../report';
import type { RunContext, Scenario } from '../scenario';
import type { Stack } from '../stack';
import { fixed, measurementsOf, runNote, whole } from '../summary';
import { FUZZY_SQL, fuzzyParams, type Percentiles, sqlAlone, typingLoad, writeToSearchableLag } from './search-load';
import { drawQuery, QUERY_KINDS, searchPath } from './search-queries';
import { type Fleet, seedFleet } from './search-seed';
import { wholeNumber } from '../knobs';

const LABEL = 'search';
const ENDPOINT = 'GET /search (back to back)';
const TARGETS = { typingP95Ms: 50, lagP99Ms: 2000 };
const CAPACITY_REQUESTS = 2000;
const EXPLAIN_RUNS = 11;

const knobs = () => ({
  clientsPerWorkshop: wholeNumber('BENCH_CLIENTS_PER_WORKSHOP', 1500),
  vehiclesPerWorkshop: wholeNumber('BENCH_SEARCH_VEHICLES_PER_WORKSHOP', 2000),
  typingUsers: wholeNumber('BENCH_TYPING_USERS', 50),
  typingSeconds: wholeNumber('BENCH_TYPING_SECONDS', 30),
  sqlRuns: wholeNumber('BENCH_SQL_RUNS', 2000),
  lagRuns: wholeNumber('BENCH_LAG_SAMPLES', 200),
});

/** What start() measured itself, before wrk's back-to-back load heats the machine. */
interface OwnMeasurements {
  readonly fleet: Fleet;
  readonly load: { readonly before: number; readonly after: number };
  readonly typing: Awaited<ReturnType<typeof typingLoad>>;
  readonly sql: Awaited<ReturnType<typeof sqlAlone>>;
  readonly lag: Percentiles;
}

let own: OwnMeasurements | undefined;

const warmupSeconds = () => wholeNumber('BENCH_TYPING_WARMUP', 10);

async function start(stack: Stack) {
  const sizes = knobs();
  stack.say(`search: seeding ${sizes.clientsPerWorkshop} clients + ${sizes.vehiclesPerWorkshop} vehicles per workshop`);
  const fleet = await seedFleet(stack, sizes);
  stack.say(
    `search: ${fleet.documents} documents seeded in ${Math.round(fleet.seedSeconds)} s, all searchable after ` +
      `${Math.round(fleet.indexedSeconds)} s (${whole(fleet.documents / fleet.indexedSeconds)} documents/s)`,
  );
  const { samples } = fleet;
  // Every pooled connection of the API plans its statements once: not part of what is measured.
  await typingLoad(stack, samples, { users: sizes.typingUsers, seconds: warmupSeconds(), perSecond: 1 });
  const before = machineLoad().load1;
  stack.say(`search: ${sizes.typingUsers} users typing for ${sizes.typingSeconds} s (load average ${fixed(before)})`);
  const typing = await typingLoad(stack, samples, {
    users: sizes.typingUsers,
    seconds: sizes.typingSeconds,
    perSecond: 1,
  });
  stack.say(`search: typing p50 ${fixed(typing.p50)} / p95 ${fixed(typing.p95)} / p99 ${fixed(typing.p99)} ms`);
  stack.say(`search: the fuzzy SQL alone, ${sizes.sqlRuns} runs`);
  const sql = await sqlAlone(stack, samples, sizes.sqlRuns);
  stack.say(`search: write-to-searchable lag, ${sizes.lagRuns} plate changes`);
  const lag = await writeToSearchableLag(stack, samples, sizes.lagRuns);
  own = { fleet, load: { before, after: machineLoad().load1 }, typing, sql, lag };
  const requests = Array.from({ length: CAPACITY_REQUESTS }, () => {
    const { sample, text } = drawQuery(samples);
    const token = stack.garage.workshops[sample.workshop]!.accessToken;
    return { method: 'GET' as const, path: searchPath(text), headers: { authorization: `Bearer ${token}` } };
  });
  return { label: LABEL, baseUrl: stack.api.baseUrl, pids: [stack.api.pid], endpoints: [{ name: ENDPOINT, requests }] };
}

const row = (label: string, p: Percentiles, rest: string[]) => [
  label,
  fixed(p.p50),
  fixed(p.p95),
  fixed(p.p99),
  ...rest,
];

async function report(context: RunContext): Promise<ScenarioReport> {
  const { stack } = context;
  if (!own) throw new Error('search-typing reported before it started');
  const { fleet, typing, sql, lag } = own;
  const { samples } = fleet;
  const sizes = knobs();
  const capacity = measurementsOf(context, LABEL).get(ENDPOINT);
  const plans = await explainAsTenant(
    stack.database.appUrl,
    QUERY_KINDS.map((kind) => ({
      label: kind.kind,
      sql: FUZZY_SQL,
      runs: Array.from({ length: EXPLAIN_RUNS }, (_, n) => {
        const sample = samples[(n * 37) % samples.length]!;
        return { tenantId: sample.tenantId, params: fuzzyParams(kind.text(sample)) };
      }),
    })),
  );
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  return {
    id: 'search-typing',
    title: 'Search at 700k documents (issue 17)',
    notes: [
      runNote(context, 'npm run bench:search'),
      'Typing, the SQL alone and the lag ran first, before wrk heats the machine: **machine load average ' +
        `${fixed(own.load.before)} before the typing load, ${fixed(own.load.after)} after the lag samples**. Data: ${stack.garage.workshops.length} workshops × (${sizes.clientsPerWorkshop} clients + ` +
        `${sizes.vehiclesPerWorkshop} vehicles) = ${whole(fleet.documents)} documents, plus the harness's own ` +
        `${whole(stack.garage.workshops.length * 2)}; Postgres adapter, one API process and the worker. ` +
        'Queries drawn at random from the mix below, each in a random workshop with its token. "Typing": ' +
        `${sizes.typingUsers} users, each waiting 0.5–1.5 s between answer and next query, out of step; ` +
        '"back to back": wrk at the run\'s connections, which measures capacity (latency is queueing).',
    ],
    tables: [
      {
        columns: ['measurement', 'p50 ms', 'p95 ms', 'p99 ms', 'throughput', 'target'],
        align: ['left', 'right', 'right', 'right', 'right', 'left'],
        rows: [
          row(
            `GET /search, ${sizes.typingUsers} users typing (${typing.count} requests, ${typing.errors} errors)`,
            typing,
            [`${whole(typing.rps)} req/s`, `p95 < ${TARGETS.typingP95Ms} ms: ${met(typing.p95 < TARGETS.typingP95Ms)}`],
          ),
          [
            `${ENDPOINT}, ${context.settings.connections} connections (${capacity?.failed ?? 'n/a'} failed)`,
            fixed(capacity?.p50 ?? NaN),
            '',
            fixed(capacity?.p99 ?? NaN),
            `${whole(capacity?.rps ?? NaN)} req/s, API ${fixed(capacity?.serverCpuMs ?? NaN)} + Postgres ${fixed(capacity?.postgresCpuMs ?? NaN)} CPU ms/req`,
            '',
          ],
          row('fuzzy SQL alone (app role, tenant transaction), one at a time', sql.all, ['', '']),
          row('write-to-searchable lag (PATCH answered → found by GET /search)', lag, [
            '',
            `p99 < ${TARGETS.lagP99Ms} ms: ${met(lag.p99 < TARGETS.lagP99Ms)}`,
          ]),
          [
            'relay: bulk load through the outbox',
            '',
            '',
            '',
            `${whole(fleet.documents / fleet.indexedSeconds)} documents/s`,
            '',
          ],
        ],
      },
      {
        columns: ['query kind', 'SQL p50 ms', 'p95 ms', 'p99 ms', 'EXPLAIN ANALYZE execution ms (median)'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: QUERY_KINDS.map(({ kind }) => {
          const timed = sql.byKind[kind] ?? { p50: NaN, p95: NaN, p99: NaN, count: 0 };
          const plan = plans.find((candidate) => candidate.label === kind);
          return row(kind, timed, [fixed(plan?.executionMs ?? NaN, 2)]);
        }),
      },
    ],
    raw: {
      settings: context.settings,
      sizes,
      load: { capacity: context.load, own: own.load },
      fleet: { ...fleet, samples: undefined },
      typing,
      capacity,
      sql,
      lag,
      plans,
    },
  };
}

export const searchTyping: Scenario = {
  id: 'search-typing',
  defaults: { workshops: 200, vehiclesPerWorkshop: 1 },
  start,
  report,
};
