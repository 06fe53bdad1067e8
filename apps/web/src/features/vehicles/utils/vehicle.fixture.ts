import type { components } from '@/lib/api/schema.gen';

type Vehicle = components['schemas']['VehicleResponse'];

/** A vehicle as the API answers it, for unit tests. */
export const VEHICLE: Vehicle = {
  id: '7b0a4c9e-8d1f-4f3e-9a55-0c2d6b1e9f10',
  clientId: 'c5a1d7e2-3f4b-4c6d-8e9f-0a1b2c3d4e5f',
  vinTail: '000001',
  vinCheckDigit: 'not_applicable',
  plate: 'WA 12345',
  make: 'Volkswagen',
  model: 'Golf',
  year: 2014,
  engine: null,
  fuelType: 'petrol',
  mileageKm: 150_000,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};
