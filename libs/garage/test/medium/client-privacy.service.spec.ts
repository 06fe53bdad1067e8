import { ClientPrivacyService, ClientsService, GarageModule, VehiclesService } from '@pitlane/garage';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

const PESEL = '44051401359';
const vinOf = (serial: number) => `WVWZZZ1JZXW${String(serial).padStart(6, '0')}`;

describe('GDPR export and erasure against Postgres as the application role (medium)', () => {
  let medium: MediumContext;
  let privacy: ClientPrivacyService;
  let clients: ClientsService;
  let vehicles: VehiclesService;
  let a: MediumTenant;
  let b: MediumTenant;

  beforeAll(async () => {
    medium = await MediumContext.create({ imports: [GarageModule] });
    privacy = medium.get(ClientPrivacyService);
    clients = medium.get(ClientsService);
    vehicles = medium.get(VehiclesService);
    [a, b] = [await medium.tenants.create(), await medium.tenants.create()];
  });

  afterAll(() => medium.close());

  let serial = 424_240;
  const carOf = (tenant: MediumTenant, vin = vinOf((serial += 1))) =>
    medium.as(tenant.owner, () =>
      vehicles.create(tenant.owner, {
        client: { firstName: 'Gerda', lastName: 'Gdpr', nationalId: PESEL },
        vin,
        plate: 'KR 12345',
        make: 'Opel',
        model: 'Corsa',
      }),
    );

  it('exports the client, decrypted, with vehicles and audit events, for their own workshop only', async () => {
    const vin = vinOf(424_200);
    const car = await carOf(a, vin);
    const exported = await medium.as(a.manager, () => privacy.export(a.manager, car.clientId!));
    expect(exported.client).toMatchObject({ firstName: 'Gerda', nationalId: PESEL });
    expect(exported.vehicles).toEqual([expect.objectContaining({ id: car.id, vin })]);
    expect(exported.controller.workshopId).toBe(a.tenantId);
    expect(exported.auditEvents.map((event) => event.action)).toEqual(
      expect.arrayContaining(['client.created', 'vehicle.created']),
    );
    await expect(medium.as(b.owner, () => privacy.export(b.owner, car.clientId!))).rejects.toMatchObject({
      code: 'client_not_found',
    });
  });

  it('erasure deletes the client and strips their vehicles of VIN, plate and owner; another workshop cannot', async () => {
    const car = await carOf(a);
    await expect(medium.as(b.owner, () => privacy.erase(car.clientId!))).rejects.toMatchObject({
      code: 'client_not_found',
    });
    await medium.as(a.owner, () => privacy.erase(car.clientId!));
    await expect(medium.as(a.owner, () => clients.get(a.owner, car.clientId!))).rejects.toMatchObject({
      code: 'client_not_found',
    });
    const [row] = await medium.inTransaction(a.owner, (manager) =>
      manager.query<Record<string, unknown>[]>(
        `select client_id, vin_ciphertext, vin_index, vin_last6_index, plate, plate_normalized, make
           from vehicles where tenant_id = $1 and id = $2`,
        [a.tenantId, car.id],
      ),
    );
    expect(row).toEqual({
      client_id: null,
      vin_ciphertext: null,
      vin_index: null,
      vin_last6_index: null,
      plate: null,
      plate_normalized: null,
      make: 'Opel',
    });
  });

  it("exports the vehicles' mileage readings and erasure removes them, only the erased client's", async () => {
    const car = await medium.as(a.owner, () =>
      vehicles.create(a.owner, {
        client: { firstName: 'Gerda', lastName: 'Gdpr' },
        make: 'Opel',
        model: 'Astra',
        mileageKm: 40_000,
      }),
    );
    await medium.as(a.owner, () => vehicles.update(a.owner, car.id, { mileageKm: 45_000 }));
    const other = await medium.as(a.owner, () =>
      vehicles.create(a.owner, {
        client: { firstName: 'Olaf', lastName: 'Other' },
        make: 'VW',
        model: 'Up',
        mileageKm: 7,
      }),
    );
    const exported = await medium.as(a.manager, () => privacy.export(a.manager, car.clientId!));
    expect(exported.mileageReadings.map((reading) => [reading.vehicleId, reading.mileageKm, reading.source])).toEqual([
      [car.id, 40_000, 'vehicle'],
      [car.id, 45_000, 'vehicle'],
    ]);

    await medium.as(a.owner, () => privacy.erase(car.clientId!));
    const left = await medium.inTransaction(a.owner, (manager) =>
      manager.query<{ vehicle_id: string }[]>(
        'select vehicle_id from vehicle_mileage_readings where tenant_id = $1 and vehicle_id = any($2::uuid[])',
        [a.tenantId, [car.id, other.id]],
      ),
    );
    expect(left).toEqual([{ vehicle_id: other.id }]);
  });
});
