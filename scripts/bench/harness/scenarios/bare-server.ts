// The bare limit: what Pitlane's lookups cost written plainly, one Fastify + pg process. Per
// request: the access token checked under the same HKDF-derived HS256 key, one transaction as the
// application role with the workshop in set_config (RLS on), the select, VINs opened through
// libs/crypto, JSON. No session check (the API's is a per-process cache hit), no framework.
import { checkVin, DataKeys, EnvironmentKeyProvider, TenantKeyring } from '@pitlane/crypto';
import Fastify, { type FastifyReply, type FastifyRequest, type RouteGenericInterface } from 'fastify';
import jwt from 'jsonwebtoken';
import { createSecretKey, hkdfSync } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { inTenantTransaction } from '../tenant-transaction';

const env = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`${name} is required`);
  })();
const key = createSecretKey(
  Buffer.from(hkdfSync('sha256', env('JWT_SECRET'), Buffer.alloc(0), 'pitlane/jwt/access-token/v1', 32)),
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 10 });

interface Claims {
  sub: string;
  tid: string;
  role: string;
}

function claimsOf(request: FastifyRequest): Claims | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  try {
    const claims = jwt.verify(header.slice(7), key, {
      algorithms: ['HS256'],
      issuer: 'pitlane',
      audience: 'pitlane-api',
    });
    if (typeof claims !== 'object' || !UUID.test(String(claims.sub)) || !UUID.test(String(claims.tid)))
      return undefined;
    return { sub: String(claims.sub), tid: String(claims.tid), role: String(claims.role) };
  } catch {
    return undefined;
  }
}

/** One round trip opens the transaction and sets the workshop (`tenantId` is a checked UUID). */
function inTenant<T>(tenantId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTenantTransaction(
    pool,
    (client) => client.query(`start transaction; select set_config('app.tenant_id', '${tenantId}', true)`),
    work,
  );
}

const keyring = new TenantKeyring(
  new DataKeys(new EnvironmentKeyProvider(env('MASTER_KEY_ID'), Buffer.from(env('MASTER_KEY'), 'base64'))),
  {
    wrappedDataKey: (tenantId) =>
      inTenant(tenantId, async (client) => {
        const { rows } = await client.query<{ wrapped_data_key: Buffer; data_key_wrapped_by: string }>(
          'select wrapped_data_key, data_key_wrapped_by from tenants where id = $1',
          [tenantId],
        );
        return { wrapped: rows[0]!.wrapped_data_key, wrappedBy: rows[0]!.data_key_wrapped_by };
      }),
  },
);

type VehicleRow = Record<string, unknown> & {
  id: string;
  tenant_id: string;
  vin_ciphertext: Buffer | null;
  created_at: Date;
  updated_at: Date;
};

async function present(row: VehicleRow) {
  const location = { tenantId: row.tenant_id, table: 'vehicles', column: 'vin', rowId: row.id };
  const vin = row.vin_ciphertext ? await keyring.decrypt(location, row.vin_ciphertext) : null;
  const check = vin ? checkVin(vin) : null;
  return {
    ...{ id: row.id, clientId: row.client_id, vinTail: vin?.slice(-6) ?? null },
    vinCheckDigit: check?.valid ? check.checkDigit : null,
    ...{ plate: row.plate, make: row.make, model: row.model, year: row.year, engine: row.engine },
    ...{ fuelType: row.fuel_type, mileageKm: row.mileage_km },
    ...{ createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString() },
  };
}

function authed<P extends RouteGenericInterface>(
  handler: (claims: Claims, request: FastifyRequest<P>, reply: FastifyReply) => Promise<unknown>,
) {
  return async (request: FastifyRequest<P>, reply: FastifyReply) => {
    const claims = claimsOf(request);
    if (!claims) return reply.code(401).send({ title: 'Unauthorized' });
    return handler(claims, request, reply);
  };
}

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>(
  '/api/v1/vehicles/:id',
  authed(async (claims, request, reply) => {
    if (!UUID.test(request.params.id)) return reply.code(404).send({ title: 'Not found' });
    const row = await inTenant(
      claims.tid,
      async (client) =>
        (
          await client.query<VehicleRow>('select * from vehicles where tenant_id = $1 and id = $2', [
            claims.tid,
            request.params.id,
          ])
        ).rows[0],
    );
    return row ? present(row) : reply.code(404).send({ title: 'Not found' });
  }),
);
app.get<{ Querystring: { limit?: string; vin?: string } }>(
  '/api/v1/vehicles',
  authed(async (claims, request, reply) => {
    const limit = Math.min(100, Math.max(1, Number(request.query.limit) || 20));
    const vin = request.query.vin === undefined ? undefined : checkVin(request.query.vin);
    if (vin && !vin.valid) return reply.code(400).send({ title: 'Bad request' });
    const vinIndex = vin?.valid ? await keyring.blindIndex(claims.tid, 'vin', vin.normalized) : undefined;
    const [rows, total] = await inTenant(claims.tid, async (client) => {
      const where = vinIndex ? 'tenant_id = $1 and vin_index = $3' : 'tenant_id = $1';
      const page = await client.query<VehicleRow>(
        `select * from vehicles where ${where} order by created_at desc nulls last, id limit $2`,
        vinIndex ? [claims.tid, limit, vinIndex] : [claims.tid, limit],
      );
      if (page.rows.length < limit) return [page.rows, page.rows.length] as const;
      const count = await client.query<{ n: number }>(
        `select count(*)::int as n from vehicles where ${where.replace('$3', '$2')}`,
        vinIndex ? [claims.tid, vinIndex] : [claims.tid],
      );
      return [page.rows, count.rows[0]!.n] as const;
    });
    return { items: await Promise.all(rows.map(present)), page: 1, limit, total };
  }),
);
app.get(
  '/api/v1/me',
  authed(async (claims) => {
    const row = await inTenant(
      claims.tid,
      async (client) => (await client.query<Record<string, unknown>>(ME_SQL, [claims.tid, claims.sub])).rows[0],
    );
    return { ...row, role: claims.role };
  }),
);

/** The statement of MeViewRepository (libs/identity), the one `/me` sends. */
const ME_SQL = `select u.id as user_id, u.email, u.name as user_name, u.locale as user_locale, u.email_verified_at,
  f.enabled_at as mfa_enabled_at, t.id as tenant_id, t.name as tenant_name, t.slug, t.time_zone, t.country,
  t.locale as tenant_locale, t.currency, t.status, t.require_mfa,
  (select coalesce(json_agg(json_build_object('tenantId', w.tenant_id, 'role', w.role, 'name', w.name, 'slug', w.slug)
     order by w.position), '[]'::json)
     from app_user_workshops(u.id) with ordinality as w(tenant_id, role, name, slug, status, position)) as memberships
  from users u join tenants t on t.id = $1 left join user_mfa f on f.user_id = u.id where u.id = $2`;

app.get('/health', () => ({ status: 'ok' }));
process.once('SIGTERM', () => void app.close().then(() => pool.end()));
app.listen({ host: '127.0.0.1', port: Number(env('PORT')) }).catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
