// The keyring the harness seals and opens with, keyed as the API and worker are (the bench's
// MASTER_KEY), each workshop's data key unwrapped from a map read once rather than per call.
import { DataKeys, EnvironmentKeyProvider, TenantKeyring, type WrappedDataKey } from '@pitlane/crypto';
import { withAdmin } from './postgres';
import type { Secrets } from './processes';

/** The data keys under the bench's master key, as the API and worker hold them. */
export function benchDataKeys(secrets: Secrets): DataKeys {
  return new DataKeys(new EnvironmentKeyProvider(secrets.masterKeyId, secrets.masterKey));
}

/** A keyring that unwraps each workshop's data key from `wrapped` (workshop id to key). */
export function keyringOver(dataKeys: DataKeys, wrapped: ReadonlyMap<string, WrappedDataKey>): TenantKeyring {
  return new TenantKeyring(dataKeys, { wrappedDataKey: (tenantId) => Promise.resolve(wrapped.get(tenantId)!) });
}

/** A keyring over every workshop of the database at `adminDbUrl`, their keys read once as the admin. */
export async function keyringOfSeededWorkshops(adminDbUrl: string, secrets: Secrets): Promise<TenantKeyring> {
  const wrapped = await withAdmin(adminDbUrl, async (admin) => {
    const { rows } = await admin.query<{ id: string; wrapped_data_key: Buffer; data_key_wrapped_by: string }>(
      'select id, wrapped_data_key, data_key_wrapped_by from tenants',
    );
    return new Map(rows.map((row) => [row.id, { wrapped: row.wrapped_data_key, wrappedBy: row.data_key_wrapped_by }]));
  });
  return keyringOver(benchDataKeys(secrets), wrapped);
}
