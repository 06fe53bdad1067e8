import { findByTenantKey } from '@pitlane/core';
import { ClientsService, GarageModule, VehiclesService } from '@pitlane/garage';
import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { Client } from '../../src/clients/client.entity';
import { VehicleVisit } from '../../src/vehicles/vehicle-visit.entity';
import { Vehicle } from '../../src/vehicles/vehicle.entity';

/**
 * The lookup by key prepared once per connection (core's prepared-statements.ts) must return what
 * TypeORM's `findOne` returns, field by field, for every entity the repositories read with it:
 * sealed VIN and national id (bytea), dates, numbers, nulls.
 */
describe('a lookup by (tenant_id, id) prepared once per connection (medium)', () => {
  let medium: MediumContext;
  let a: MediumTenant;
  let b: MediumTenant;
  let vehicleId: string;
  let clientId: string;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
    const client = await medium.as(a.owner, () =>
      medium.get(ClientsService).create(a.owner, {
        firstName: 'Łucja',
        lastName: 'Żak',
        nationalId: '44051401359',
        phone: '+48 601 234 567',
        email: 'lucja@example.com',
        notes: 'Prefers mornings',
      }),
    );
    clientId = client.id;
    const vehicle = await medium.as(a.owner, () =>
      medium.get(VehiclesService).create(a.owner, {
        clientId,
        vin: 'WVWZZZ1JZXW000777',
        plate: 'WA 12345',
        make: 'Volkswagen',
        model: 'Golf',
        year: 2015,
      }),
    );
    vehicleId = vehicle.id;
  });

  afterAll(() => medium.close());

  const both = <T extends ObjectLiteral>(
    tenant: MediumTenant,
    entity: EntityTarget<T>,
    id: string,
    forUpdate = false,
  ) =>
    medium.inTransaction(tenant.owner, async (manager: EntityManager) => ({
      prepared: await findByTenantKey(manager, entity, tenant.tenantId, id, { forUpdate }),
      typeorm: await manager.getRepository(entity).findOne({
        where: { tenantId: tenant.tenantId, id } as never,
        ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      }),
    }));

  it.each([
    ['a vehicle', Vehicle, () => vehicleId, false],
    ['a vehicle, locked', Vehicle, () => vehicleId, true],
    ['a client', Client, () => clientId, false],
    ['a client, locked', Client, () => clientId, true],
  ] as const)('%s reads exactly as findOne reads it', async (_, entity, id, forUpdate) => {
    const { prepared, typeorm } = await both(a, entity as EntityTarget<ObjectLiteral>, id(), forUpdate);
    expect(typeorm).not.toBeNull();
    expect(prepared).toBeInstanceOf(entity);
    expect(prepared).toEqual(typeorm);
  });

  it('a row of another workshop, or none, is null', async () => {
    await expect(both(b, Vehicle, vehicleId)).resolves.toEqual({ prepared: null, typeorm: null });
    await expect(both(a, Vehicle, randomUUID())).resolves.toEqual({ prepared: null, typeorm: null });
  });

  it('refuses an entity whose key is not (tenant_id, id)', async () => {
    await expect(
      medium.inTransaction(a.owner, (manager) => findByTenantKey(manager, VehicleVisit, a.tenantId, vehicleId)),
    ).rejects.toThrow(/cannot read VehicleVisit: its key is/);
  });
});
