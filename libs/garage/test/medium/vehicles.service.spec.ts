import { GarageModule, ListVehiclesQuery, VehiclesService } from '@pitlane/garage';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const query = (filter: Partial<ListVehiclesQuery>) =>
  Object.assign(new ListVehiclesQuery(), { page: 1, limit: 20 }, filter);
const vin = (serial: number) => `WVWZZZ1JZXW${String(serial).padStart(6, '0')}`;

describe('vehicles against Postgres as the application role (medium)', () => {
  let medium: MediumContext;
  let vehicles: VehiclesService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    vehicles = medium.get(VehiclesService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  const create = (tenant: MediumTenant, extra: Record<string, unknown> = {}) =>
    medium.as(tenant.owner, () =>
      vehicles.create(tenant.owner, {
        client: { firstName: 'Jan', lastName: 'Nowak' },
        make: 'Skoda',
        model: 'Fabia',
        ...extra,
      }),
    );

  it('a VIN is unique per workshop: 409 for the same workshop, fine in another', async () => {
    await create(a, { vin: vin(1) });
    await expect(create(a, { vin: vin(1) })).rejects.toMatchObject({ code: 'duplicate_vin' });
    await expect(create(b, { vin: vin(1) })).resolves.toMatchObject({ vinTail: vin(1).slice(-6) });
  });

  it("a vehicle of workshop B is not found from workshop A's context, nor by its VIN or plate", async () => {
    const ofB = await create(b, { vin: vin(2), plate: 'GD 22222' });
    await expect(medium.as(a.owner, () => vehicles.get(a.owner, ofB.id))).rejects.toMatchObject({
      code: 'vehicle_not_found',
    });
    const byVin = await medium.as(a.owner, () => vehicles.list(a.owner, query({ vin: vin(2) })));
    expect(byVin.items).toEqual([]);
    const byPlate = await medium.as(a.owner, () => vehicles.list(a.owner, query({ plate: 'gd-22222' })));
    expect(byPlate.items).toEqual([]);
    const own = await medium.as(b.owner, () => vehicles.list(b.owner, query({ plate: 'gd-22222' })));
    expect(own.items.map((item) => item.id)).toEqual([ofB.id]);
  });

  it('opening a vehicle records a visit: "recent" is per person, newest first, and per workshop', async () => {
    const first = await create(a);
    const second = await create(a);
    await medium.as(a.mechanic, () => vehicles.get(a.mechanic, first.id));
    await medium.as(a.mechanic, () => vehicles.get(a.mechanic, second.id));
    await medium.as(a.mechanic, () => vehicles.get(a.mechanic, first.id));
    const recent = await medium.as(a.mechanic, () => vehicles.recent(a.mechanic));
    expect(recent.map((vehicle) => vehicle.id).slice(0, 2)).toEqual([first.id, second.id]);
    expect(await medium.as(a.manager, () => vehicles.recent(a.manager))).toEqual([]);
    await expect(medium.as(b.mechanic, () => vehicles.get(b.mechanic, first.id))).rejects.toMatchObject({
      code: 'vehicle_not_found',
    });
    const visits = await medium.inTransaction(b.owner, (manager) =>
      manager.query('select * from vehicle_visits where tenant_id = $1 and user_id = $2', [
        b.tenantId,
        b.mechanic.userId,
      ]),
    );
    expect(visits).toEqual([]);
  });

  it('the mileage may not go down unless overridden', async () => {
    const car = await create(a, { mileageKm: 100_000 });
    await expect(
      medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 90_000 })),
    ).rejects.toMatchObject({ code: 'mileage_decrease' });
    await expect(
      medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 90_000, mileageOverride: true })),
    ).resolves.toMatchObject({ mileageKm: 90_000 });
  });
});
