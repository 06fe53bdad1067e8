import { findByTenantKey } from '@pitlane/core';
import { ClientsService, GarageModule, ListVehiclesQuery, VehiclesService } from '@pitlane/garage';
import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';
import { Client } from '../../src/clients/client.entity';
import { VehicleVisit } from '../../src/vehicles/vehicle-visit.entity';
import { Vehicle } from '../../src/vehicles/vehicle.entity';

/**
 * Reads prepared once per connection (core's prepared-statements.ts) must return what TypeORM's
 * `findOne` returns, field by field, for every entity the repositories read by key with them
 * (sealed VIN and national id as bytea, dates, numbers, nulls), and the vehicle list written by
 * hand must sort, filter, page and count as the API promises.
 */
describe('reads prepared once per connection (medium)', () => {
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
    ).rejects.toThrow(/cannot hydrate VehicleVisit: its key is/);
  });

  describe('the vehicle list', () => {
    let c: MediumTenant;
    let ownerId: string;
    const fleet = [
      { plate: 'KR 1', make: 'Skoda', year: 2019, mileageKm: 120_000 },
      { plate: 'GD 2', make: 'Audi', year: null, mileageKm: 5_000 },
      { plate: 'WA 3', make: 'Volvo', year: 2008, mileageKm: null },
      { plate: 'PO 4', make: 'Audi', year: 2019, mileageKm: 60_000 },
      { plate: null, make: 'Fiat', year: 2001, mileageKm: 300_000 },
    ];

    beforeAll(async () => {
      c = await medium.tenants.create();
      const vehicles = medium.get(VehiclesService);
      const owner = await medium.as(c.owner, () =>
        medium.get(ClientsService).create(c.owner, { firstName: 'Olga', lastName: 'Owner' }),
      );
      ownerId = owner.id;
      for (const [index, car] of fleet.entries()) {
        await medium.as(c.owner, () =>
          vehicles.create(c.owner, {
            ...(index % 2 === 0 ? { clientId: ownerId } : { client: { firstName: 'Other', lastName: `No ${index}` } }),
            ...car,
            model: 'M',
          }),
        );
      }
    });

    const list = (query: Partial<ListVehiclesQuery>) =>
      medium.as(c.owner, () =>
        medium
          .get(VehiclesService)
          .list(c.owner, Object.assign(new ListVehiclesQuery(), { page: 1, limit: 20 }, query)),
      );

    type Car = { id: string; plate: string | null; make: string; year: number | null; mileageKm: number | null };
    type Key = 'make' | 'year' | 'mileageKm' | 'plate';
    /** The promise: by the field, nulls last in either direction, ties by id ascending. */
    const expectedOrder = (cars: Car[], key: Key, descending: boolean) =>
      [...cars].sort((x, y) => {
        const [a, b] = [x[key], y[key]];
        if (a !== b) {
          if (a === null) return 1;
          if (b === null) return -1;
          return (a < b ? -1 : 1) * (descending ? -1 : 1);
        }
        return x.id < y.id ? -1 : 1;
      });

    it.each(['make', '-make', 'year', '-year', 'mileageKm', '-mileageKm', 'plate', '-plate'])(
      'sort=%s orders the cars by it, nulls last, ties by id',
      async (sort) => {
        const page = await list({ sort });
        const cars = page.items as unknown as Car[];
        const key = sort.replace('-', '') as Key;
        expect(cars.map((car) => car.id)).toEqual(expectedOrder(cars, key, sort.startsWith('-')).map((car) => car.id));
        expect(page.total).toBe(5);
      },
    );

    it('newest first by default, oldest first with sort=createdAt', async () => {
      const created = ['KR 1', 'GD 2', 'WA 3', 'PO 4', null];
      expect((await list({})).items.map((car) => car.plate)).toEqual([...created].reverse());
      expect((await list({ sort: 'createdAt' })).items.map((car) => car.plate)).toEqual(created);
    });

    it.each([
      [1, 2, 2, 5],
      [2, 2, 2, 5],
      [3, 2, 1, 5],
      [4, 2, 0, 5],
      [1, 5, 5, 5],
      [1, 10, 5, 5],
    ])('page %i at %i a page holds %i cars; the total is %i', async (page, limit, count, total) => {
      const result = await list({ page, limit });
      expect(result.items).toHaveLength(count);
      expect(result.total).toBe(total);
    });

    it('filters by owner and by plate in any spelling', async () => {
      const ofOwner = await list({ clientId: ownerId });
      expect(ofOwner.items.map((item) => item.plate).sort()).toEqual(['KR 1', 'WA 3', null].sort());
      expect(ofOwner.total).toBe(3);
      const byPlate = await list({ plate: 'po-4' });
      expect(byPlate.items.map((item) => item.plate)).toEqual(['PO 4']);
      expect(byPlate.total).toBe(1);
      await expect(list({ plate: 'ZZ 9' })).resolves.toMatchObject({ items: [], total: 0 });
    });
  });
});
