// Scheduling (issue 6): a workshop's public booking page under load, through the API.
//   1. GET availability for the whole 14-day range, at BENCH_CONNECTIONS and at BENCH_LOW_CONNECTIONS;
//   2. POST bookings under contention: every request books one of a few hot slots (capacity =
//      slots x bays), so almost every one loses the race and must answer a clean 409; afterwards
//      exactly what was answered 201 is in the database, never more than the capacity;
//   3. POST bookings spread over a free week, for the rate of bookings actually created.
// The API alone (no worker: booking mails wait in the ledger and queue), a pool of 20.
//
// Knobs: BENCH_APPOINTMENTS (500, booked through the public endpoint before measuring),
// BENCH_CONNECTIONS (50), BENCH_LOW_CONNECTIONS (2), BENCH_DURATION (15 s per measurement),
// BENCH_WARMUP (3 s before the first availability measurement), BENCH_HOT_SLOTS (4).
import { databaseBackends, startApiAlone } from '../api-alone';
import { type CannonResult, type HttpCall, runCannon } from '../autocannon';
import { machineLoad } from '../cpu';
import { wholeNumber } from '../knobs';
import { machineNote } from '../machine-note';
import { withAdmin } from '../postgres';
import type { ScenarioReport } from '../report';
import type { StandaloneContext, StandaloneScenario } from '../scenario';
import { fixed, milliseconds, whole } from '../summary';
import * as seed from './scheduling-seed';

const API_POOL_MAX = 20;

interface Phase {
  readonly name: string;
  readonly result: CannonResult;
}

async function run(context: StandaloneContext): Promise<ScenarioReport> {
  const { say } = context;
  const knobs = {
    appointments: wholeNumber('BENCH_APPOINTMENTS', 500),
    connections: wholeNumber('BENCH_CONNECTIONS', 50),
    lowConnections: wholeNumber('BENCH_LOW_CONNECTIONS', 2),
    seconds: wholeNumber('BENCH_DURATION', 15),
    warmupSeconds: wholeNumber('BENCH_WARMUP', 3),
    hotSlots: wholeNumber('BENCH_HOT_SLOTS', 4),
  };
  const { database, api } = await startApiAlone(context, { DATABASE_POOL_MAX: String(API_POOL_MAX) });
  const workshop = await seed.setUpWorkshop(api.baseUrl);
  const seedStarted = Date.now();
  await seed.seedAppointments(api.baseUrl, workshop, knobs.appointments);
  await withAdmin(database.adminDbUrl, (admin) => admin.query('analyze'));
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  say(`booked ${knobs.appointments} appointments through the API in ${fixed(seedSeconds)} s`);
  const freeSlots = (await seed.offeredSlots(api.baseUrl, workshop)).length;

  const load = (connections: number, seconds: number, next: () => HttpCall) =>
    runCannon({
      baseUrl: api.baseUrl,
      connections,
      seconds,
      next,
      groups: async () => ({ api: [api.pid], postgres: await databaseBackends(database) }),
    });
  const phases: Phase[] = [];
  const measure = async (name: string, connections: number, next: () => HttpCall, warmup = false) => {
    if (context.lifecycle.interrupted()) throw new Error('interrupted');
    if (warmup) await load(connections, knobs.warmupSeconds, next);
    const result = await load(connections, knobs.seconds, next);
    say(`${name}: p50 ${milliseconds(result.p50)}, p99 ${milliseconds(result.p99)}, ${whole(result.rps)} req/s`);
    phases.push({ name, result });
    return result;
  };

  const ranAt = new Date();
  const before = machineLoad();
  const availability = (): HttpCall => ({ method: 'GET', path: seed.availabilityPath(workshop) });
  await measure(
    `GET availability, ${seed.RANGE_DAYS} days, ${seed.BAYS} bays, ${knobs.appointments} appointments, ` +
      `${knobs.connections} connections`,
    knobs.connections,
    availability,
    true,
  );
  // Few connections: the latency of one request with little queueing in front of it.
  await measure(`the same, ${knobs.lowConnections} connections`, knobs.lowConnections, availability);

  const slots = seed.loadSlots(knobs.hotSlots);
  const capacity = slots.hot.length * seed.BAYS;
  const book = (starts: readonly string[]) => (): HttpCall => ({
    method: 'POST',
    path: seed.bookingsPath(workshop),
    body: seed.bookingBody(workshop, seed.pick(starts)),
  });
  const contended = await measure(
    `POST bookings, ${knobs.connections} connections on ${slots.hot.length} slots (capacity ${capacity})`,
    knobs.connections,
    book(slots.hot),
  );
  const created = contended.statusCodes['201'] ?? 0;
  const booked = await withAdmin(database.adminDbUrl, async (admin) => {
    const { rows } = await admin.query<{ n: number }>(
      `select count(*)::int as n from appointments where starts_at = any($1::timestamptz[]) and status <> 'cancelled'`,
      [slots.hot],
    );
    return rows[0]!.n;
  });
  // The invariant: every 201 is one appointment, never more than the slots hold. (Whether the
  // capacity fills within the run depends on the machine's speed, not on correctness.)
  if (booked !== created || booked > capacity) {
    throw new Error(`contention broke the invariant: ${booked} booked, ${created} created, capacity ${capacity}`);
  }
  const spread = await measure(
    `POST bookings, ${knobs.connections} connections over ${slots.spread.length} slots of a free week`,
    knobs.connections,
    book(slots.spread),
  );
  const after = machineLoad();
  const overlaps = await withAdmin(database.adminDbUrl, async (admin) => {
    const { rows } = await admin.query<{ n: number }>(
      `select count(*)::int as n from appointments a join appointments b
         on a.tenant_id = b.tenant_id and a.bay = b.bay and a.id < b.id
        and tstzrange(a.starts_at, a.occupied_until) && tstzrange(b.starts_at, b.occupied_until)
        where a.status <> 'cancelled' and b.status <> 'cancelled'`,
    );
    return rows[0]!.n;
  });
  if (overlaps !== 0) throw new Error(`${overlaps} overlapping appointments`);

  const spreadCreated = spread.statusCodes['201'] ?? 0;
  return {
    id: 'scheduling',
    title: 'Scheduling (issue 6)',
    notes: [
      machineNote({
        command: 'npm run bench:scheduling',
        ranAt,
        database,
        load: { before: before.load1, after: after.load1, cores: before.cores },
        method:
          `autocannon in the bench process, ${knobs.seconds} s per measurement (after a ${knobs.warmupSeconds} s ` +
          'warm-up before the first), every response timed; CPU per process from /proc.',
      }),
      `One workshop, ${seed.BAYS} bays, 30-minute grid, Monday to Saturday 07:00-19:00 in ${seed.ZONE}, ` +
        `${knobs.appointments} appointments booked over the next ${seed.RANGE_DAYS} days through the public ` +
        `endpoint (${fixed(seedSeconds)} s), ${freeSlots} free slots left in the range. One API process with a ` +
        `pool of ${API_POOL_MAX} connections, no worker (booking mails wait in the ledger and queue), rate limits lifted.`,
      `Contended: ${contended.requests} attempts, ${created} created (capacity ${capacity}), ` +
        `${contended.statusCodes['409'] ?? 0} answered 409; the database held ${booked} appointments on those ` +
        `slots afterwards. Spread: ${spreadCreated} created (${fixed(spreadCreated / knobs.seconds)}/s), ` +
        `${spread.statusCodes['409'] ?? 0} answered 409. After the run no two non-cancelled appointments ` +
        'overlap on a bay (checked with SQL).',
    ],
    tables: [
      {
        columns: [
          'measurement',
          'p50',
          'p90',
          'p99',
          'req/s',
          'answers',
          'CPU: API / Postgres / autocannon (cores)',
          'host busy',
        ],
        align: ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
        rows: phases.map(({ name, result }) => [
          name,
          milliseconds(result.p50),
          milliseconds(result.p90),
          milliseconds(result.p99),
          whole(result.rps),
          Object.entries(result.statusCodes)
            .map(([code, count]) => `${count} x ${code}`)
            .concat(result.errors > 0 ? [`${result.errors} errors`] : [])
            .join(', '),
          ['api', 'postgres', 'autocannon'].map((group) => fixed(result.cpu.cores[group] ?? NaN, 2)).join(' / '),
          `${fixed(result.cpu.hostBusy * 100, 0)} %`,
        ]),
      },
    ],
    raw: { knobs, seedSeconds, freeSlots, capacity, booked, phases },
  };
}

export const scheduling: StandaloneScenario = { id: 'scheduling', standalone: true, run };
