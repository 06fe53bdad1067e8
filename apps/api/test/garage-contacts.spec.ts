import { TenantContext, TenantDatabase } from '@pitlane/core';
import { GarageContacts, IdentifierVault } from '@pitlane/garage';
import { EntityManager } from 'typeorm';
import { europeanVin } from '../../../test/support/garage-fixtures';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

interface VehicleBody {
  id: string;
  clientId: string | null;
  vin: string | null;
  plate: string | null;
  make: string;
  model: string;
}
interface PageBody<T> {
  items: T[];
}

/**
 * GarageContacts: the tenant-scoped client and vehicle matching (and vehicle creation) that
 * other contexts (online booking) use instead of the garage tables. Run in the API's own tenant
 * transactions, as the application role, under row-level security.
 */
describe('garage contacts: matching and adding clients and vehicles for other contexts', () => {
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
  function inWorkshop<T>(workshop: Workshop, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return api.app
      .get(TenantContext)
      .run(workshop.tenantId, () => api.app.get(TenantDatabase).transaction((manager) => work(manager)));
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
    const role = await inWorkshop(a, (manager) =>
      manager.query<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
        'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
      ),
    );
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('finds a client by e-mail in any case first, then by phone, and never in another workshop', async () => {
    const byEmail = await newClient(a, 'Returning@Example.test', '+48601000111');
    const byPhone = await newClient(a, 'someone-else@example.test', '+48601000222');
    await newClient(b, 'only-in-b@example.test', '+48601000333');

    expect(
      await inWorkshop(a, (m) => contacts().findClient(m, { email: 'returning@EXAMPLE.test', phone: '+48601000222' })),
    ).toBe(byEmail);
    expect(
      await inWorkshop(a, (m) => contacts().findClient(m, { email: 'new@example.test', phone: '+48601000222' })),
    ).toBe(byPhone);
    expect(
      await inWorkshop(a, (m) => contacts().findClient(m, { email: 'only-in-b@example.test', phone: '+48601000333' })),
    ).toBeNull();
  });

  it('creates a vehicle with its VIN sealed by garage: blind indexes right, searchable, audited, no visit', async () => {
    const clientId = await newClient(a, 'vin-owner@example.test', '+48601000444');
    const vin = europeanVin();
    secrets.push(vin);
    const vault = api.app.get(IdentifierVault);
    const parsed = vault.parseVin(vin.toLowerCase());
    const id = await inWorkshop(a, (m) =>
      contacts().createVehicle(m, { clientId, plate: 'wa 55-77', vin: parsed, make: 'Škoda' }),
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

    // The garage's own API finds it by VIN and shows it decrypted.
    const byVin = await api.request<PageBody<VehicleBody>>('GET', `/api/v1/vehicles?vin=${vin}`, {
      token: a.accessToken,
    });
    expect(byVin.body.items.map((vehicle) => [vehicle.id, vehicle.vin])).toEqual([[id, vin]]);

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

  it('finds a vehicle by VIN blind index, else by normalised plate (the preferred owner first), only in its workshop', async () => {
    const owner = await newClient(a, 'plate-owner@example.test', '+48601000555');
    const other = await newClient(a, 'plate-other@example.test', '+48601000666');
    const vin = europeanVin();
    secrets.push(vin);
    const parsed = api.app.get(IdentifierVault).parseVin(vin);
    const withVin = await inWorkshop(a, (m) =>
      contacts().createVehicle(m, { clientId: owner, plate: 'KR 100', vin: parsed }),
    );
    const othersCar = await inWorkshop(a, (m) => contacts().createVehicle(m, { clientId: other, plate: 'PO 7A' }));
    const ownersCar = await inWorkshop(a, (m) => contacts().createVehicle(m, { clientId: owner, plate: 'po-7a' }));

    expect(await inWorkshop(a, (m) => contacts().findVehicle(m, { plate: 'XX 1', vin: parsed }))).toBe(withVin);
    expect(await inWorkshop(a, (m) => contacts().findVehicle(m, { plate: 'kr100' }))).toBe(withVin);
    expect(await inWorkshop(a, (m) => contacts().findVehicle(m, { plate: 'PO7A', preferClientId: owner }))).toBe(
      ownersCar,
    );
    expect(await inWorkshop(a, (m) => contacts().findVehicle(m, { plate: 'PO 7A', preferClientId: other }))).toBe(
      othersCar,
    );
    expect(await inWorkshop(a, (m) => contacts().findVehicle(m, { plate: '---' }))).toBeNull();
    // Workshop B sees none of A's vehicles, by VIN or by plate.
    expect(await inWorkshop(b, (m) => contacts().findVehicle(m, { plate: 'KR 100', vin: parsed }))).toBeNull();
  });

  it('refuses to work outside a tenant context', async () => {
    const db = api.app.get(TenantDatabase);
    await expect(
      db.transaction((m) => contacts().findClient(m, { email: 'x@example.test', phone: '+48601000777' })),
    ).rejects.toThrow();
  });
});
