import type { components } from '@/lib/api/schema.gen';

type Order = components['schemas']['RepairOrderResponse'];
type Line = components['schemas']['RepairOrderLineResponse'];

export const LABOUR: Line = {
  id: '6f1c2a44-2b7e-4a55-9d0e-1c2b3a4d5e01',
  position: 1,
  kind: 'labour',
  description: 'Replace front brake pads',
  partId: null,
  mechanicUserId: null,
  quantity: 1.5,
  unitPriceMinor: 12_000,
  vatRateBp: 2300,
  netMinor: 18_000,
  approval: 'approved',
};

export const PART: Line = {
  id: '6f1c2a44-2b7e-4a55-9d0e-1c2b3a4d5e02',
  position: 2,
  kind: 'part',
  description: 'Brake pad set',
  partId: '6f1c2a44-2b7e-4a55-9d0e-1c2b3a4d5eaa',
  mechanicUserId: null,
  quantity: 2,
  unitPriceMinor: 3_999,
  vatRateBp: 2300,
  netMinor: 7_998,
  approval: 'pending',
};

export const FEE: Line = {
  id: '6f1c2a44-2b7e-4a55-9d0e-1c2b3a4d5e03',
  position: 3,
  kind: 'fee',
  description: 'Disposal',
  partId: null,
  mechanicUserId: null,
  quantity: 1,
  unitPriceMinor: 1_505,
  vatRateBp: 800,
  netMinor: 1_505,
  approval: 'pending',
};

/**
 * An order with two VAT rates, its totals as the API computes them: 23% on 259.98 is 59.80 (59.7954
 * rounded half up), 8% on 15.05 is 1.20 (1.204); net 275.03, VAT 61.00, gross 336.03.
 */
export const ORDER: Order = {
  id: '0b6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d',
  number: 1042,
  status: 'in_progress',
  allowedTransitions: ['waiting_parts', 'completed'],
  vehicleId: '1b6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d',
  clientId: '2b6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d',
  appointmentId: null,
  promisedAt: null,
  currency: 'PLN',
  mileageIn: 154_000,
  complaint: 'Squealing brakes',
  notes: null,
  mechanics: [{ userId: '3b6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d', name: 'Piotr Mechanik' }],
  lines: [LABOUR, PART, FEE],
  totals: {
    netMinor: 27_503,
    vatMinor: 6_100,
    grossMinor: 33_603,
    vat: [
      { vatRateBp: 800, netMinor: 1_505, vatMinor: 120 },
      { vatRateBp: 2300, netMinor: 25_998, vatMinor: 5_980 },
    ],
  },
  statusChangedAt: '2026-12-06T08:00:00.000Z',
  createdAt: '2026-12-06T07:00:00.000Z',
  updatedAt: '2026-12-06T08:00:00.000Z',
};
