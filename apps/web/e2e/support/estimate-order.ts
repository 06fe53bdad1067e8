import type { components } from '../../src/lib/api/schema.gen';
import type { PitlaneApi, TestWorkshop, Token } from './pitlane-api';
import { uniqueId } from './unique';

// An order with an estimate to send, as the customer's estimate page needs it: shared by its
// e2e spec and the customer pages' Lighthouse bench, so both open the same page. The brake
// service and pads it is made of are the order specs' catalog and shelf too.

type Order = components['schemas']['RepairOrderResponse'];
type Part = components['schemas']['PartResponse'];

export const LABOUR = 'Brake service';
export const PART = 'Brake pad set';
export const PHONE = '+48 22 610 23 45';

/** A Polish workshop (language, zone, phone) with an order of a labour and a part line for a client with e-mail. */
export async function seedOrder(api: PitlaneApi) {
  const workshop = await api.signUpWorkshop({ locale: 'pl', timezone: 'Europe/Warsaw' });
  const token = workshop.owner.session;
  await api.request('PATCH', '/settings/workshop', {
    token,
    body: { phone: PHONE, street: 'ul. Grochowska 215', postalCode: '04-077', city: 'Warszawa' },
    expect: 200,
  });
  const email = `anna-${uniqueId()}@e2e.pitlane.test`;
  const vehicle = await api.createVehicle(token, {
    plate: `WX ${uniqueId().slice(0, 5).toUpperCase()}`,
    make: 'Skoda',
    model: 'Octavia',
    vin: 'TMBJJ7NE8L0123457',
    client: { firstName: 'Anna', lastName: `Nowak ${uniqueId()}`, email },
  });
  const part = await stockedBrakePads(api, token);
  const order = await api.request<Order>('POST', '/repair-orders', {
    token,
    body: { vehicleId: vehicle.id, complaint: 'Squealing brakes at low speed' },
    expect: 201,
  });
  await api.request('POST', `/repair-orders/${order.id}/lines`, {
    token,
    body: { kind: 'labour', description: LABOUR, quantity: 1.5, unitPriceMinor: 18_000, vatRateBp: 2300 },
    expect: 201,
  });
  await api.request('POST', `/repair-orders/${order.id}/lines`, {
    token,
    body: { kind: 'part', partId: part.id, quantity: 2 },
    expect: 201,
  });
  return { workshop, order, email, vin: 'TMBJJ7NE8L0123457', plate: vehicle.plate! };
}

export async function sendEstimate(api: PitlaneApi, workshop: TestWorkshop, orderId: string, message?: string) {
  await api.request('POST', `/repair-orders/${orderId}/estimates`, {
    token: workshop.owner.session,
    body: message ? { message } : {},
    expect: 201,
  });
}

/** The brake pads on the shelf: 6 in stock at 39.99 (8 % VAT), bought at 20.00, reorder at 1. */
export async function stockedBrakePads(api: PitlaneApi, token: Token): Promise<Part> {
  const part = await api.request<Part>('POST', '/parts', {
    token,
    body: {
      partNumber: `BP-${uniqueId().slice(0, 6)}`,
      name: PART,
      costMinor: 2_000,
      priceMinor: 3_999,
      vatRateBp: 800,
      reorderPoint: 1,
    },
    expect: 201,
  });
  await api.request('POST', `/parts/${part.id}/movements`, {
    token,
    body: { kind: 'receive', quantity: 6, unitCostMinor: 2_000 },
    expect: 201,
  });
  return part;
}

/** The brake service in the catalog: an hour for 180.00 at 23 % VAT, not bookable online. */
export async function catalogBrakeService(api: PitlaneApi, token: Token): Promise<void> {
  await api.request('POST', '/services', {
    token,
    body: {
      name: LABOUR,
      durationMinutes: 60,
      priceMinor: 18_000,
      vatRateBp: 2300,
      active: true,
      bookableOnline: false,
    },
    expect: 201,
  });
}
