import { PageQuery } from '@pitlane/core';
import { VehicleMileageService, VehiclesService } from '@pitlane/garage';
import { RepairOrdersService, RepairsModule } from '@pitlane/repairs';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const page = Object.assign(new PageQuery(), { page: 1, limit: 100 });

describe("a repair order's intake mileage in the vehicle's history (medium)", () => {
  let medium: MediumContext;
  let orders: RepairOrdersService;
  let vehicles: VehiclesService;
  let mileage: VehicleMileageService;
  let a: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [RepairsModule] });
    orders = medium.get(RepairOrdersService);
    vehicles = medium.get(VehiclesService);
    mileage = medium.get(VehicleMileageService);
    a = await medium.tenants.create();
  });

  afterAll(() => medium.close());

  const car = (mileageKm?: number) =>
    medium.as(a.owner, () =>
      vehicles.create(a.owner, {
        client: { firstName: 'Ida', lastName: 'Intake' },
        make: 'Toyota',
        model: 'Corolla',
        ...(mileageKm !== undefined ? { mileageKm } : {}),
      }),
    );
  const open = (vehicleId: string, mileageIn?: number) =>
    medium.as(a.manager, () =>
      orders.create(a.manager, { vehicleId, ...(mileageIn !== undefined ? { mileageIn } : {}) }),
    );
  const history = (vehicleId: string) => medium.as(a.mechanic, () => mileage.history(vehicleId, page));
  const vehicleMileage = async (vehicleId: string) =>
    (await medium.as(a.owner, () => vehicles.get(a.owner, vehicleId))).mileageKm;

  it("opening an order with an intake mileage records it, with the order's number, and raises the vehicle's", async () => {
    const vehicle = await car(100_000);
    const order = await open(vehicle.id, 104_200);
    const [latest, first] = (await history(vehicle.id)).items;
    expect(latest).toMatchObject({
      mileageKm: 104_200,
      source: 'repair-order',
      repairOrderId: order.id,
      repairOrderNumber: order.number,
      recordedBy: { id: a.manager.userId, name: 'Medium manager' },
      decreased: false,
    });
    expect(first).toMatchObject({ mileageKm: 100_000, source: 'vehicle' });
    expect(await vehicleMileage(vehicle.id)).toBe(104_200);
  });

  it('an order without an intake mileage records nothing', async () => {
    const vehicle = await car(1_000);
    await open(vehicle.id);
    expect((await history(vehicle.id)).items.map((item) => item.source)).toEqual(['vehicle']);
  });

  it("a lower intake is kept, marked decreased, and leaves the vehicle's mileage as it was", async () => {
    const vehicle = await car(150_000);
    await open(vehicle.id, 15_000);
    expect((await history(vehicle.id)).items.map((item) => [item.mileageKm, item.decreased])).toEqual([
      [15_000, true],
      [150_000, false],
    ]);
    expect(await vehicleMileage(vehicle.id)).toBe(150_000);
  });

  it("correcting the order's intake mileage corrects its one reading; clearing it removes the reading", async () => {
    const vehicle = await car();
    const order = await open(vehicle.id, 33_000);
    await medium.as(a.manager, () => orders.update(a.manager, order.id, { mileageIn: 33_300 }));
    const corrected = (await history(vehicle.id)).items;
    expect(corrected.map((item) => [item.mileageKm, item.repairOrderId])).toEqual([[33_300, order.id]]);
    expect(await vehicleMileage(vehicle.id)).toBe(33_300);
    await medium.as(a.manager, () => orders.update(a.manager, order.id, { mileageIn: null }));
    expect((await history(vehicle.id)).items).toEqual([]);
  });

  it('an intake beyond what a vehicle holds (over 5,000,000 km) is recorded without touching the vehicle', async () => {
    const vehicle = await car(10);
    await open(vehicle.id, 9_000_000);
    expect((await history(vehicle.id)).items[0]).toMatchObject({ mileageKm: 9_000_000, source: 'repair-order' });
    expect(await vehicleMileage(vehicle.id)).toBe(10);
  });
});
