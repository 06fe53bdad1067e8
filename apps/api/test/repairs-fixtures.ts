import { randomBytes } from 'node:crypto';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';

export type Json = Record<string, unknown>;

export interface Line {
  readonly id: string;
  readonly kind: string;
  readonly partId: string | null;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  readonly netMinor: number;
}

export interface Order {
  readonly id: string;
  readonly number: number;
  readonly status: string;
  readonly allowedTransitions: string[];
  readonly vehicleId: string;
  readonly clientId: string;
  readonly appointmentId: string | null;
  readonly currency: string;
  readonly lines: Line[];
  readonly totals: {
    netMinor: number;
    vatMinor: number;
    grossMinor: number;
    vat: { vatRateBp: number; netMinor: number; vatMinor: number }[];
  };
}

export interface Part {
  readonly id: string;
  readonly partNumber: string;
  readonly onHand: number;
  readonly reorderPoint: number;
}

export interface Car {
  readonly vehicleId: string;
  readonly clientId: string;
}

export function expectStatus(response: TestResponse<unknown>, status: number): void {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${response.text}`);
  }
}

/** A client and their car, through the garage API. */
export async function addCar(api: TestApi, workshop: Workshop): Promise<Car> {
  const response = await api.request<{ id: string; clientId: string }>('POST', '/api/v1/vehicles', {
    token: workshop.accessToken,
    body: {
      make: 'Volkswagen',
      model: 'Golf',
      plate: `WX ${randomBytes(3).toString('hex').toUpperCase()}`,
      client: { firstName: 'Jan', lastName: 'Kowalski' },
    },
  });
  expectStatus(response, 201);
  return { vehicleId: response.body.id, clientId: response.body.clientId };
}

export async function openOrder(api: TestApi, workshop: Workshop, car: Car, body: Json = {}): Promise<Order> {
  const response = await api.request<Order>('POST', '/api/v1/repair-orders', {
    token: workshop.accessToken,
    body: { vehicleId: car.vehicleId, mileageIn: 120_000, complaint: 'Brakes squeal', ...body },
  });
  expectStatus(response, 201);
  return response.body;
}

export async function addPart(api: TestApi, workshop: Workshop, body: Json = {}): Promise<Part> {
  const response = await api.request<Part>('POST', '/api/v1/parts', {
    token: workshop.accessToken,
    body: {
      partNumber: `P-${randomBytes(4).toString('hex')}`,
      name: 'Brake pad set',
      brand: 'Bosch',
      costMinor: 9_000,
      priceMinor: 15_000,
      vatRateBp: 2300,
      reorderPoint: 2,
      location: 'B3',
      ...body,
    },
  });
  expectStatus(response, 201);
  return response.body;
}

export async function receive(api: TestApi, workshop: Workshop, partId: string, quantity: number): Promise<void> {
  const response = await api.request('POST', `/api/v1/parts/${partId}/movements`, {
    token: workshop.accessToken,
    body: { kind: 'receive', quantity, unitCostMinor: 9_000 },
  });
  expectStatus(response, 201);
}

export async function addLine(api: TestApi, workshop: Workshop, orderId: string, body: Json): Promise<Order> {
  const response = await api.request<Order>('POST', `/api/v1/repair-orders/${orderId}/lines`, {
    token: workshop.accessToken,
    body,
  });
  expectStatus(response, 201);
  return response.body;
}

export async function onHand(api: TestApi, workshop: Workshop, partId: string): Promise<number> {
  const response = await api.request<Part>('GET', `/api/v1/parts/${partId}`, { token: workshop.accessToken });
  expectStatus(response, 200);
  return response.body.onHand;
}

/** Puts an order straight into `status` (for states the API cannot reach yet, like invoiced). */
export async function forceStatus(workshop: Workshop, orderId: string, status: string): Promise<void> {
  await withAdminClient((client) =>
    client.query('update repair_orders set status = $3 where tenant_id = $1 and id = $2', [
      workshop.tenantId,
      orderId,
      status,
    ]),
  );
}
