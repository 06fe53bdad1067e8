import { randomBytes } from 'node:crypto';
import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';
import { addLine, Car, expectStatus, Json, openOrder, Order } from './repairs-fixtures';

export interface SnapshotLine {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  readonly netMinor: number;
  readonly approval: string;
}

export interface Snapshot {
  readonly version: number;
  readonly workshop: { name: string };
  readonly vehicle: { plate: string | null; make: string; model: string };
  readonly lines: SnapshotLine[];
  readonly openTotals: { grossMinor: number };
  readonly totals: { netMinor: number; vatMinor: number; grossMinor: number };
}

export interface PublicEstimate {
  readonly state: string;
  readonly hash: string;
  readonly expiresAt: string;
  readonly snapshot: Snapshot;
  readonly decision: { method: string; signatureName: string; lines: { lineId: string; approved: boolean }[] } | null;
  readonly workshop: { name: string; locale: string; timeZone: string; phone: string | null; email: string | null };
}

export interface SentEstimate {
  readonly version: number;
  readonly hash: string;
  readonly state: string;
  readonly delivery: string;
  readonly orderStatus: string;
  readonly mailed: boolean;
  readonly link: string | null;
  readonly notice: string;
  readonly snapshot: Snapshot;
}

export const LINES: readonly Json[] = [
  { kind: 'labour', description: 'Replace front brake pads', quantity: 1.5, unitPriceMinor: 12_000, vatRateBp: 2300 },
  { kind: 'part', description: 'Brake pad set (ad hoc)', quantity: 2, unitPriceMinor: 3_999, vatRateBp: 2300 },
  { kind: 'fee', description: 'Disposal', quantity: 1, unitPriceMinor: 1_500, vatRateBp: 800 },
];

/** A client with (or without) an e-mail address and their car (with a VIN if given), through the garage API. */
export async function carWithClient(
  api: TestApi,
  workshop: Workshop,
  client: { email?: string } = {},
  vin?: string,
): Promise<Car & { plate: string }> {
  const plate = `KR ${randomBytes(3).toString('hex').toUpperCase()}`;
  const response = await api.request<{ id: string; clientId: string }>('POST', '/api/v1/vehicles', {
    token: workshop.accessToken,
    body: {
      make: 'Skoda',
      model: 'Octavia',
      plate,
      ...(vin ? { vin } : {}),
      client: { firstName: 'Anna', lastName: 'Nowak', ...client },
    },
  });
  expectStatus(response, 201);
  return { vehicleId: response.body.id, clientId: response.body.clientId, plate };
}

/** An order of `car` with the three LINES. */
export async function orderWithLines(api: TestApi, workshop: Workshop, car: Car): Promise<Order> {
  const order = await openOrder(api, workshop, car);
  let latest = order;
  for (const line of LINES) latest = await addLine(api, workshop, order.id, line);
  return latest;
}

export async function sendEstimate(
  api: TestApi,
  workshop: Workshop,
  orderId: string,
  body: Json = {},
): Promise<SentEstimate> {
  const response = await api.request<SentEstimate>('POST', `/api/v1/repair-orders/${orderId}/estimates`, {
    token: workshop.accessToken,
    body,
  });
  expectStatus(response, 201);
  return response.body;
}

/** The token at the end of an estimate link. */
export function tokenOf(link: string): string {
  // The mailed link names the mail's language before the fragment: `/estimate?lang=pl#<token>`.
  const match = /\/estimate(?:\?lang=[a-z]+)?#([A-Za-z0-9_.-]+)/.exec(link);
  if (!match?.[1]) throw new Error(`no estimate link in ${link}`);
  return decodeURIComponent(match[1]);
}

export function viewEstimate(api: TestApi, token: string): Promise<TestResponse<PublicEstimate>> {
  return api.request<PublicEstimate>('POST', '/api/v1/public/estimates/view', { body: { token } });
}

export function decideEstimate(
  api: TestApi,
  token: string,
  body: Json,
  headers: Record<string, string> = {},
): Promise<TestResponse<PublicEstimate>> {
  return api.request<PublicEstimate>('POST', '/api/v1/public/estimates/decide', {
    body: { token, ...(body as Record<string, unknown>) },
    headers,
  });
}

/** An order as staff see it, its lines with their approval state. */
export type OrderWithApproval = Omit<Order, 'lines'> & { lines: (Order['lines'][number] & { approval: string })[] };

export async function getOrder(api: TestApi, workshop: Workshop, orderId: string): Promise<OrderWithApproval> {
  const response = await api.request<OrderWithApproval>('GET', `/api/v1/repair-orders/${orderId}`, {
    token: workshop.accessToken,
  });
  expectStatus(response, 200);
  return response.body;
}

export async function move(api: TestApi, workshop: Workshop, orderId: string, to: string): Promise<TestResponse> {
  return api.request('POST', `/api/v1/repair-orders/${orderId}/transitions`, {
    token: workshop.accessToken,
    body: { to },
  });
}
