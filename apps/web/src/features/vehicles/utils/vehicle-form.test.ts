import { describe, expect, it } from 'vitest';
import { toCreateVehicleBody, newVehicleSchema, type NewVehicleValues } from './new-vehicle-form';
import { VEHICLE } from './vehicle.fixture';
import { EMPTY_VEHICLE_FIELDS, fieldsOf, lowersMileage, parseMileage, parseYear, toVehiclePatch } from './vehicle-form';

const vehicle = VEHICLE;

const newOwner: NewVehicleValues = {
  ...EMPTY_VEHICLE_FIELDS,
  owner: 'new',
  clientId: '',
  client: { firstName: ' Anna ', lastName: 'Nowak', phone: '601 234 567', email: '' },
  make: 'Škoda',
  model: 'Octavia',
};

describe('parseMileage and parseYear', () => {
  it('reads kilometres typed with any grouping', () => {
    expect(parseMileage('154000')).toBe(154_000);
    expect(parseMileage('154 000')).toBe(154_000);
    expect(parseMileage('154.000')).toBe(154_000);
    expect(parseMileage('154,000')).toBe(154_000);
    expect(parseMileage('')).toBeNull();
    expect(parseMileage('12km')).toBeUndefined();
    expect(parseMileage('-5')).toBeUndefined();
    expect(parseMileage('5000001')).toBeUndefined();
  });

  it('reads a four-digit year from 1900 to next year', () => {
    expect(parseYear('2014')).toBe(2014);
    expect(parseYear(' ')).toBeNull();
    expect(parseYear('1899')).toBeUndefined();
    expect(parseYear(String(new Date().getFullYear() + 2))).toBeUndefined();
    expect(parseYear('14')).toBeUndefined();
  });
});

describe('the new-vehicle form', () => {
  it('sends a new owner with the vehicle, leaving empty fields out', () => {
    expect(toCreateVehicleBody({ ...newOwner, vin: 'wvw-zzz1jzxw000001', mileageKm: '150 000', year: '2014' })).toEqual(
      {
        make: 'Škoda',
        model: 'Octavia',
        vin: 'WVWZZZ1JZXW000001',
        year: 2014,
        mileageKm: 150_000,
        client: { firstName: 'Anna', lastName: 'Nowak', phone: '601 234 567' },
      },
    );
  });

  it('sends only the clientId for an existing owner', () => {
    const body = toCreateVehicleBody({ ...newOwner, owner: 'existing', clientId: vehicle.clientId! });
    expect(body).toEqual({ make: 'Škoda', model: 'Octavia', clientId: vehicle.clientId });
  });

  it('refuses what the API would refuse, naming the field', () => {
    const result = newVehicleSchema.safeParse({
      ...newOwner,
      client: { ...newOwner.client, lastName: '' },
      vin: '1M8GDM9A1KP042788',
      year: '1850',
      mileageKm: 'a lot',
      make: '',
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toMatchObject({
      'client.lastName': 'form.errors.required',
      vin: 'form.errors.vinCheckDigit',
      year: 'form.errors.year',
      mileageKm: 'form.errors.mileage',
      make: 'form.errors.required',
    });
  });

  it('asks for a client to be picked when the owner is an existing one', () => {
    const result = newVehicleSchema.safeParse({ ...newOwner, owner: 'existing' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['clientId']);
  });
});

describe('the edit form', () => {
  it('sends nothing when nothing changed', () => {
    expect(toVehiclePatch(vehicle, fieldsOf(vehicle), false)).toEqual({});
  });

  it('sends what changed, null for what was cleared', () => {
    const values = { ...fieldsOf(vehicle), plate: '', engine: '1.4 TSI', mileageKm: '152 300', fuelType: '' as const };
    expect(toVehiclePatch(vehicle, values, false)).toEqual({
      plate: null,
      engine: '1.4 TSI',
      mileageKm: 152_300,
      fuelType: null,
    });
  });

  it('lowers the mileage only with the override', () => {
    const values = { ...fieldsOf(vehicle), mileageKm: '15000' };
    expect(lowersMileage(vehicle, values.mileageKm)).toBe(true);
    expect(toVehiclePatch(vehicle, values, true)).toEqual({ mileageKm: 15_000, mileageOverride: true });
    expect(lowersMileage(vehicle, '150001')).toBe(false);
  });

  it('replaces the VIN only when one is typed', () => {
    expect(toVehiclePatch(vehicle, { ...fieldsOf(vehicle), vin: ' 1m8gdm9axkp042788 ' }, false)).toEqual({
      vin: '1M8GDM9AXKP042788',
    });
  });
});
