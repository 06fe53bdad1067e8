// A garage to measure on: workshops signed up through the API (owner, wrapped data key, as in
// production), then clients and vehicles inserted in bulk as the application role under RLS,
// VINs sealed by the product's TenantKeyring exactly as IdentifierVault seals them.
import { vinTail } from '@pitlane/crypto';
import crypto from 'node:crypto';
import { Pool } from 'pg';
import type { BenchDatabase } from './postgres';
import { withAdmin } from './postgres';
import type { Secrets } from './processes';
import { keyringOfSeededWorkshops } from './seeded-keyring';

export interface Workshop {
  readonly tenantId: string;
  accessToken: string;
  refreshToken: string;
}

export interface Garage {
  readonly workshops: Workshop[];
  /** Vehicles to request, spread over every workshop. */
  readonly vehicles: { workshop: number; id: string; clientId: string; vin: string }[];
}

const VIN_ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const MODELS = ['Golf', 'Passat', 'Polo', 'Tiguan', 'Touran'];
const FUELS = ['petrol', 'diesel', 'hybrid', 'electric', 'lpg'];
const BATCH_ROWS = 1000;
const SAMPLE_PER_WORKSHOP = 20;

async function postJson<T>(baseUrl: string, route: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${route} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** A valid, normalised VIN per serial: a Golf IV prefix, `Z` in the check position. */
function vinFor(serial: number): string {
  let suffix = '';
  for (let position = 0, rest = serial; position < 7; position++, rest = Math.floor(rest / 33)) {
    suffix = VIN_ALPHABET[rest % 33] + suffix;
  }
  return `WVWZZZ1JZX${suffix}`;
}

export async function seedGarage(options: {
  baseUrl: string;
  database: BenchDatabase;
  secrets: Secrets;
  workshops: number;
  vehiclesPerWorkshop: number;
}): Promise<Garage> {
  const password = `bench-${crypto.randomBytes(12).toString('base64url')}`;
  const workshops: Workshop[] = [];
  for (let index = 0; index < options.workshops; index++) {
    const result = await postJson<{ workshop: { id: string }; accessToken: string; refreshToken: string }>(
      options.baseUrl,
      '/auth/signup',
      {
        workshopName: `Bench Garage ${index + 1}`,
        email: `owner-${index + 1}@bench.pitlane.test`,
        password,
        ownerName: `Bench Owner ${index + 1}`,
        timezone: 'Europe/Warsaw',
        country: 'PL',
      },
    );
    workshops.push({
      tenantId: result.workshop.id,
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
    });
  }
  const keyring = await keyringOfSeededWorkshops(options.database.adminDbUrl, options.secrets);
  const pool = new Pool({ connectionString: options.database.appUrl, max: 2 });
  const vehicles: Garage['vehicles'] = [];
  try {
    for (const [index, { tenantId }] of workshops.entries()) {
      const clientIds = Array.from({ length: Math.ceil(options.vehiclesPerWorkshop / 10) }, () => crypto.randomUUID());
      const clients = clientIds.map((id, n) => [tenantId, id, 'Anna', `Kowalska ${n}`, `+48${500_000_000 + n}`]);
      await insertAsTenant(pool, tenantId, 'clients', ['tenant_id', 'id', 'first_name', 'last_name', 'phone'], clients);
      const rows: unknown[][] = [];
      for (let n = 0; n < options.vehiclesPerWorkshop; n++) {
        const id = crypto.randomUUID();
        const vin = vinFor(index * options.vehiclesPerWorkshop + n);
        const plate = `WA ${10_000 + n}`;
        const location = { tenantId, table: 'vehicles', column: 'vin', rowId: id };
        const clientId = clientIds[Math.floor(n / 10)]!;
        rows.push([
          ...[tenantId, id, clientId, await keyring.encrypt(location, vin)],
          ...[
            await keyring.blindIndex(tenantId, 'vin', vin),
            await keyring.blindIndex(tenantId, 'vin_last6', vinTail(vin)),
          ],
          ...[plate, plate.replace(' ', ''), 'Volkswagen', MODELS[n % 5], 1998 + (n % 27), FUELS[n % 5], 1_000 + n],
        ]);
        if (n % Math.ceil(options.vehiclesPerWorkshop / SAMPLE_PER_WORKSHOP) === 0) {
          vehicles.push({ workshop: index, id, clientId, vin });
        }
      }
      await insertAsTenant(pool, tenantId, 'vehicles', VEHICLE_COLUMNS, rows);
    }
  } finally {
    await pool.end();
  }
  await withAdmin(options.database.adminDbUrl, (admin) => admin.query('analyze'));
  return { workshops, vehicles };
}

const VEHICLE_COLUMNS = [
  ...['tenant_id', 'id', 'client_id', 'vin_ciphertext', 'vin_index', 'vin_last6_index', 'plate'],
  ...['plate_normalized', 'make', 'model', 'year', 'fuel_type', 'mileage_km'],
];

/** Multi-row INSERTs in the workshop's context, so the policies' WITH CHECK vets every row. */
async function insertAsTenant(pool: Pool, tenantId: string, table: string, columns: string[], rows: unknown[][]) {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const tuples = batch.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
      await client.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, batch.flat());
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** Fresh access tokens right before measuring, through refresh (no password hashing, no login limit). */
export async function refreshTokens(baseUrl: string, garage: Garage): Promise<void> {
  for (const workshop of garage.workshops) {
    const result = await postJson<{ accessToken: string; refreshToken: string }>(baseUrl, '/auth/refresh', {
      refreshToken: workshop.refreshToken,
    });
    workshop.accessToken = result.accessToken;
    workshop.refreshToken = result.refreshToken;
  }
}
