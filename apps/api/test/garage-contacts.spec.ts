import { TenantContext, TenantDatabase } from '@pitlane/core';
import { GarageContacts, IdentifierVault } from '@pitlane/garage';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

interface VehicleBody {
  id: string;
  clientId: string | null;
  vinTail: string | null;
  plate: string | null;
  make: string;
  model: string;
}
interface PageBody<T> {
  items: T[];
}

/**
 * GarageContacts: the tenant-scoped vehicle creation and labels that other contexts (online
 * booking, estimates, invoices) use instead of the garage tables. Run in the API's own tenant
 * transactions, as the application role, under row-level security.
 */
describe('garage contacts: adding and labelling vehicles for other contexts', () => {
  let api: TestApi;
  let a: Workshop;
  let b: Workshop;
  const secrets: string[] = [];

  beforeAll(async () => {
    api = await TestApi.start();
    a = await api.signupWorkshop('Contacts Alpha');
    b = await api.signupWorkshop('Contacts Beta');
  });

  afterAll(async () => {
    const log = api.logLines.join('\n');
    for (const secret of secrets) expect(log).not.toContain(secret);
    await api.close();
  });

  const contacts = () => api.app.get(GarageContacts);
  function inWorkshop<T>(workshop: Workshop, work: () => Promise<T>): Promise<T> {
    return api.app.get(TenantContext).run(workshop.tenantId, () => api.app.get(TenantDatabase).transaction(work));
  }

  async function newClient(workshop: Workshop, email: string, phone: string): Promise<string> {
    const response = await api.request<{ id: string }>('POST', '/api/v1/clients', {
      token: workshop.accessToken,
      body: { firstName: 'Jan', lastName: 'Nowak', email, phone },
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('runs as the application role, which cannot bypass row-level security', async () => {
    const role = await inWorkshop(a, () =>
      api.app
        .get(TenantDatabase)
        .current()
        .manager.query<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
          'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
        ),
    );
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('creates a vehicle with its VIN sealed by garage: blind indexes right, searchable, audited, no visit', async () => {
    const clientId = await newClient(a, 'vin-owner@example.test', '+48601000444');
    const vin = europeanVin();
    secrets.push(vin);
    const vault = api.app.get(IdentifierVault);
    const parsed = vault.parseVin(vin.toLowerCase());
    const id = await inWorkshop(a, () =>
      contacts().createVehicle({ clientId, plate: 'wa 55-77', vin: parsed, make: 'Škoda' }),
    );

    const row = await withAdminClient(
      async (client) =>
        (
          await client.query(
            `select v.*, (select count(*) from vehicle_visits w where w.vehicle_id = v.id)::int as visits,
                    (select count(*) from search_outbox o where o.entity_id = v.id)::int
                      + (case when v.search_version is not null then 1 else 0 end) as search_marks
             from vehicles v where v.id = $1`,
            [id],
          )
        ).rows[0] as Record<string, unknown>,
    );
    expect(JSON.stringify(row)).not.toContain(vin);
    expect(row).toMatchObject({
      tenant_id: a.tenantId,
      client_id: clientId,
      plate: 'wa 55-77',
      plate_normalized: 'WA5577',
      make: 'Škoda',
      model: 'Unknown',
      visits: 0,
    });
    expect(row.search_marks).toBeGreaterThan(0);
    expect(row.vin_index).toEqual(await vault.vinIndex(a.tenantId, vin));
    expect(row.vin_last6_index).toEqual(await vault.vinTailIndex(a.tenantId, vin.slice(-6)));
    expect(await vault.openVin(a.tenantId, id, row.vin_ciphertext as Buffer)).toBe(vin);

    // The garage's own API finds it by VIN and shows the tail of the decrypted VIN.
    const byVin = await api.request<PageBody<VehicleBody>>('GET', `/api/v1/vehicles?vin=${vin}`, {
      token: a.accessToken,
    });
    expect(byVin.body.items.map((vehicle) => [vehicle.id, vehicle.vinTail])).toEqual([[id, vin.slice(-6)]]);

    const audit = await withAdminClient(
      async (client) =>
        (
          await client.query(
            `select action, changed_fields from audit_events where tenant_id = $1 and entity_id = $2`,
            [a.tenantId, id],
          )
        ).rows as { action: string; changed_fields: string[] }[],
    );
    expect(audit).toEqual([{ action: 'vehicle.created', changed_fields: ['make', 'plate', 'vin'] }]);
  });

  it('stores a second vehicle with a VIN another vehicle holds without it, and leaves that vehicle untouched', async () => {
    const owner = await newClient(a, 'vin-first@example.test', '+48601000555');
    const stranger = await newClient(a, 'vin-second@example.test', '+48601000666');
    const vin = europeanVin();
    secrets.push(vin);
    const parsed = api.app.get(IdentifierVault).parseVin(vin);
    const first = await inWorkshop(a, () =>
      contacts().createVehicle({ clientId: owner, plate: 'KR 100', vin: parsed }),
    );
    const before = await withAdminClient(
      async (client) => (await client.query('select * from vehicles where id = $1', [first])).rows as unknown[],
    );

    const second = await inWorkshop(a, () =>
      contacts().createVehicle({ clientId: stranger, plate: 'KR 100', vin: parsed }),
    );

    expect(second).not.toBe(first);
    const rows = await withAdminClient(
      async (client) =>
        (
          await client.query(
            'select id, client_id, vin_index, vin_ciphertext from vehicles where id = any($1) order by id',
            [[first, second]],
          )
        ).rows as { id: string; client_id: string; vin_index: Buffer | null; vin_ciphertext: Buffer | null }[],
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    expect(stored.get(second)).toMatchObject({ client_id: stranger, vin_index: null, vin_ciphertext: null });
    expect(
      await withAdminClient(
        async (client) => (await client.query('select * from vehicles where id = $1', [first])).rows as unknown[],
      ),
    ).toEqual(before);
    const audit = await withAdminClient(
      async (client) =>
        (
          await client.query('select changed_fields from audit_events where tenant_id = $1 and entity_id = $2', [
            a.tenantId,
            second,
          ])
        ).rows as { changed_fields: string[] }[],
    );
    expect(audit).toEqual([{ changed_fields: ['plate'] }]);
  });

  it("labels a vehicle of the current workshop only: another workshop's is not found", async () => {
    const owner = await newClient(a, 'label-owner@example.test', '+48601000888');
    const id = await inWorkshop(a, () =>
      contacts().createVehicle({ clientId: owner, plate: 'GD 1234', make: 'Fiat', model: 'Panda' }),
    );
    expect(await inWorkshop(a, () => contacts().vehicleLabel(id))).toEqual({
      plate: 'GD 1234',
      make: 'Fiat',
      model: 'Panda',
      year: null,
    });
    await expect(inWorkshop(b, () => contacts().vehicleLabel(id))).rejects.toMatchObject({
      code: 'vehicle_not_found',
    });
  });

  it('refuses to work outside a tenant transaction', async () => {
    const owner = await newClient(a, 'outside@example.test', '+48601000777');
    await expect(contacts().createVehicle({ clientId: owner, plate: 'WX 1' })).rejects.toThrow();
  });
});
