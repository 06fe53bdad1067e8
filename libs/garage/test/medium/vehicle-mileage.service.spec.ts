import { GarageModule, VehicleMileageService, VehiclesService } from '@pitlane/garage';
import { PageQuery } from '@pitlane/core';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const page = (limit = 20, pageNumber = 1) => Object.assign(new PageQuery(), { page: pageNumber, limit });

describe('mileage history against Postgres as the application role (medium)', () => {
  let medium: MediumContext;
  let vehicles: VehiclesService;
  let mileage: VehicleMileageService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    vehicles = medium.get(VehiclesService);
    mileage = medium.get(VehicleMileageService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  const create = (tenant: MediumTenant, extra: Record<string, unknown> = {}) =>
    medium.as(tenant.owner, () =>
      vehicles.create(tenant.owner, {
        client: { firstName: 'Jan', lastName: 'Nowak' },
        make: 'Skoda',
        model: 'Octavia',
        ...extra,
      }),
    );
  const historyOf = (tenant: MediumTenant, vehicleId: string, query = page()) =>
    medium.as(tenant.mechanic, () => mileage.history(vehicleId, query));

  it('creating a vehicle with a mileage writes its first reading, typed by the creator', async () => {
    const car = await create(a, { mileageKm: 120_000 });
    const history = await historyOf(a, car.id);
    expect(history).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(history.items).toEqual([
      {
        id: expect.any(String),
        mileageKm: 120_000,
        recordedAt: expect.stringMatching(/Z$/),
        source: 'vehicle',
        repairOrderId: null,
        repairOrderNumber: null,
        recordedBy: { id: a.owner.userId, name: 'Medium owner' },
        decreased: false,
      },
    ]);
  });

  it('a vehicle created without a mileage has an empty history', async () => {
    const car = await create(a);
    expect(await historyOf(a, car.id)).toMatchObject({ items: [], total: 0 });
  });

  it('a PATCH that changes the mileage adds a reading, newest first; one that does not, adds none', async () => {
    const car = await create(a, { mileageKm: 50_000 });
    await medium.as(a.mechanic, () => vehicles.update(a.mechanic, car.id, { mileageKm: 61_500 }));
    await medium.as(a.mechanic, () => vehicles.update(a.mechanic, car.id, { mileageKm: 61_500, engine: '1.6 TDI' }));
    await medium.as(a.mechanic, () => vehicles.update(a.mechanic, car.id, { model: 'Octavia Combi' }));
    const history = await historyOf(a, car.id);
    expect(history.items.map((item) => [item.mileageKm, item.recordedBy?.id, item.decreased])).toEqual([
      [61_500, a.mechanic.userId, false],
      [50_000, a.owner.userId, false],
    ]);
  });

  it('a lower reading (with the override) is kept and marked decreased; the one after it is not', async () => {
    const car = await create(a, { mileageKm: 200_000 });
    await medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 2_000, mileageOverride: true }));
    await medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 3_000 }));
    const history = await historyOf(a, car.id);
    expect(history.items.map((item) => [item.mileageKm, item.decreased])).toEqual([
      [3_000, false],
      [2_000, true],
      [200_000, false],
    ]);
  });

  it('a refused decrease (no override) writes no reading: the change and its reading are one transaction', async () => {
    const car = await create(a, { mileageKm: 80_000 });
    await expect(
      medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 70_000 })),
    ).rejects.toMatchObject({ code: 'mileage_decrease' });
    expect((await historyOf(a, car.id)).items.map((item) => item.mileageKm)).toEqual([80_000]);
  });

  it('pages newest first, and `decreased` compares with the reading before even across pages', async () => {
    const car = await create(a, { mileageKm: 10_000 });
    await medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 9_000, mileageOverride: true }));
    await medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 12_000 }));
    const first = await historyOf(a, car.id, page(2, 1));
    const second = await historyOf(a, car.id, page(2, 2));
    expect(first).toMatchObject({ total: 3, limit: 2, page: 1 });
    expect(first.items.map((item) => [item.mileageKm, item.decreased])).toEqual([
      [12_000, false],
      [9_000, true],
    ]);
    expect(second.items.map((item) => [item.mileageKm, item.decreased])).toEqual([[10_000, false]]);
  });

  it("workshop B gets 404 for A's vehicle's history, and B's context sees none of A's readings", async () => {
    const ofA = await create(a, { mileageKm: 99_000 });
    for (const role of ['owner', 'manager', 'mechanic'] as const) {
      await expect(medium.as(b[role], () => mileage.history(ofA.id, page()))).rejects.toMatchObject({
        code: 'vehicle_not_found',
      });
    }
    const seenByB = await medium.inTransaction(b.owner, (manager) =>
      manager.query('select id from vehicle_mileage_readings where vehicle_id = $1', [ofA.id]),
    );
    expect(seenByB).toEqual([]);
    expect((await historyOf(a, ofA.id)).total).toBe(1);
  });

  it("a workshop cannot write a reading for another workshop's vehicle (RLS and the tenant foreign key)", async () => {
    const ofA = await create(a, { mileageKm: 1_000 });
    await expect(medium.as(b.owner, () => mileage.recordTyped(b.owner, ofA.id, 999_999))).rejects.toThrow(
      /foreign key|violates/,
    );
    expect((await historyOf(a, ofA.id)).items.map((item) => item.mileageKm)).toEqual([1_000]);
  });

  it('deleting a vehicle removes its readings', async () => {
    const car = await create(a, { mileageKm: 5_000 });
    await medium.as(a.owner, () => vehicles.delete(car.id));
    const left = await medium.inTransaction(a.owner, (manager) =>
      manager.query('select id from vehicle_mileage_readings where tenant_id = $1 and vehicle_id = $2', [
        a.tenantId,
        car.id,
      ]),
    );
    expect(left).toEqual([]);
  });
});
