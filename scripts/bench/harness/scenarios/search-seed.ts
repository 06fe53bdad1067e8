// The search benchmark's fleet: per workshop of the stack, clients and vehicles drawn from few
// names and cars (pessimistic on purpose: "Voklswagen" matches some 360 cars of a workshop), bulk
// inserted with SQL so the outbox triggers fire as for any write and the worker's relay indexes
// all of it (the relay throughput). Then the samples the queries are drawn from.
import type { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { withAdmin } from '../postgres';
import type { Stack } from '../stack';

export const FIRST_NAMES = [
  'Jan',
  'Anna',
  'Łukasz',
  'Katarzyna',
  'Søren',
  'Magdalena',
  'Piotr',
  'Ewa',
  'Tomasz',
  'Zofia',
];
export const LAST_NAMES = [
  ...['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański'],
  ...['Jensen', 'Nielsen', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Piotrowski'],
];
export const CARS: readonly (readonly [string, string])[] = [
  ['Volkswagen', 'Golf'],
  ['Volkswagen', 'Passat'],
  ['Toyota', 'Corolla'],
  ['Skoda', 'Octavia'],
  ['Ford', 'Focus'],
  ['Opel', 'Astra'],
  ['Renault', 'Clio'],
  ['Audi', 'A4'],
  ['BMW', '320d'],
  ['Fiat', 'Punto'],
  ['Kia', 'Ceed'],
];
export const PLATE_PREFIXES = ['WA', 'KR', 'PO', 'GD', 'WR', 'DW', 'SK', 'LU'];

export interface FleetSizes {
  readonly clientsPerWorkshop: number;
  readonly vehiclesPerWorkshop: number;
}

/** A seeded vehicle to query for: its workshop (index into the stack's workshops), plate and owner's phone. */
export interface SearchSample {
  readonly workshop: number;
  readonly tenantId: string;
  readonly vehicleId: string;
  readonly plate: string;
  readonly phone: string;
}

export interface Fleet {
  readonly documents: number;
  readonly seedSeconds: number;
  /** From the first insert until the outbox was empty: every document searchable. */
  readonly indexedSeconds: number;
  readonly samples: readonly SearchSample[];
}

const SAMPLES = 5000;
const RELAY_TIMEOUT_MS = 3_600_000;

/** Clients and vehicles of one workshop in two statements (as the superuser: a bulk load, not a request). */
async function seedWorkshop(admin: Client, tenantId: string, seed: number, sizes: FleetSizes): Promise<void> {
  await admin.query(
    `insert into clients (tenant_id, id, first_name, last_name, phone)
     select $1, gen_random_uuid(), ($2::text[])[1 + (n * 7 + $4) % array_length($2, 1)],
       ($3::text[])[1 + (n * 13 + $4) % array_length($3, 1)],
       '+48' || (500000000 + ((n::bigint * 7919 + $4 * 104729) % 400000000))
     from generate_series(1, $5) n`,
    [tenantId, FIRST_NAMES, LAST_NAMES, seed, sizes.clientsPerWorkshop],
  );
  await admin.query(
    `with owners as (select id, row_number() over (order by id) as rn from clients
                     where tenant_id = $1 and last_name = any ($8::text[]))
     insert into vehicles (tenant_id, id, client_id, plate, plate_normalized, make, model, year)
     select $1, gen_random_uuid(), o.id, p.plate, replace(p.plate, ' ', ''),
       ($2::text[])[1 + (n * 3 + $5) % array_length($2, 1)], ($3::text[])[1 + (n * 3 + $5) % array_length($3, 1)],
       1995 + (n * 11 + $5) % 30
     from generate_series(1, $6) n
     join owners o on o.rn = 1 + (n * 31 + $5) % $7
     cross join lateral (select ($4::text[])[1 + (n + $5) % array_length($4, 1)] || ' '
       || lpad(((n::bigint * 7919 + $5 * 31) % 100000)::text, 5, '0') as plate) p`,
    [
      tenantId,
      CARS.map((car) => car[0]),
      CARS.map((car) => car[1]),
      PLATE_PREFIXES,
      seed,
      sizes.vehiclesPerWorkshop,
      sizes.clientsPerWorkshop,
      LAST_NAMES,
    ],
  );
}

/** Seeds every workshop of the stack, waits for the relay to drain the outbox, and draws samples. */
export async function seedFleet(stack: Stack, sizes: FleetSizes): Promise<Fleet> {
  const { workshops } = stack.garage;
  const started = Date.now();
  const before = await withAdmin(stack.database.adminDbUrl, async (admin) => {
    const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from search_documents');
    for (const [index, workshop] of workshops.entries()) await seedWorkshop(admin, workshop.tenantId, index, sizes);
    return rows[0]?.n ?? 0;
  });
  const seedSeconds = (Date.now() - started) / 1000;
  return withAdmin(stack.database.adminDbUrl, async (admin) => {
    for (;;) {
      const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from search_outbox');
      if (rows[0]?.n === 0) break;
      if (Date.now() - started > RELAY_TIMEOUT_MS) throw new Error('the relay did not drain the outbox in an hour');
      if (stack.lifecycle.interrupted()) throw new Error('interrupted');
      await sleep(200);
    }
    const indexedSeconds = (Date.now() - started) / 1000;
    // Every table the load touched: otherwise autovacuum starts on them in the middle of the measurements.
    await admin.query('vacuum analyze');
    const { rows: counted } = await admin.query<{ n: number }>('select count(*)::int as n from search_documents');
    const tenantIndex = new Map(workshops.map((workshop, index) => [workshop.tenantId, index]));
    const { rows } = await admin.query<{ tenant_id: string; id: string; plate: string; phone: string }>(
      `select v.tenant_id, v.id, v.plate, c.phone from vehicles v
       join clients c on c.tenant_id = v.tenant_id and c.id = v.client_id
       where v.make = any ($1::text[]) order by random() limit ${SAMPLES}`,
      [CARS.map((car) => car[0])],
    );
    const samples = rows.map((row) => ({
      workshop: tenantIndex.get(row.tenant_id)!,
      tenantId: row.tenant_id,
      vehicleId: row.id,
      plate: row.plate,
      phone: row.phone,
    }));
    return { documents: (counted[0]?.n ?? 0) - before, seedSeconds, indexedSeconds, samples };
  });
}
