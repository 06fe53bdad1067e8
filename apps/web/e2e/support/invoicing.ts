import { expect, type Locator, type Page } from '@playwright/test';
import { openPage } from './navigation';
import type { PitlaneApi, TestWorkshop } from './pitlane-api';
import { uniqueId } from './unique';

/** A workshop's invoicing details that the API accepts (a valid Polish VAT ID and IBAN). */
export const BILLING = {
  legalName: 'Auto Serwis Wiśniewski Sp. z o.o.',
  addressLine1: 'ul. Długa 5',
  postalCode: '00-238',
  city: 'Warszawa',
  country: 'PL',
  taxId: 'PL5260001246',
  bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
};

/**
 * Asks to issue a completed order's invoice in a workshop without invoicing details: the order
 * page refuses and names what is missing. Returns that notice (it links to the settings).
 */
export async function issueWithoutBilling(page: Page, orderId: string): Promise<Locator> {
  await openPage(page, `/orders/${orderId}`);
  await expect(page.getByText('The work is completed: the invoice can be issued.')).toBeVisible();
  await page.getByRole('button', { name: 'Issue invoice' }).click();
  const missing = page.getByRole('status').filter({ hasText: 'Invoicing details are missing' });
  await expect(missing).toContainText('VAT ID');
  await expect(missing).toContainText('Bank account');
  return missing;
}

/** Fills Settings → Invoicing with BILLING, or another `country` (to see it refused). */
export async function fillBilling(page: Page, { country = BILLING.country }: { readonly country?: string } = {}) {
  await page.getByLabel('Legal name').fill(BILLING.legalName);
  await page.getByLabel('Street address').fill(BILLING.addressLine1);
  await page.getByLabel('Postal code').fill(BILLING.postalCode);
  await page.getByLabel('City').fill(BILLING.city);
  await page.getByLabel('Country', { exact: true }).fill(country);
  await page.getByLabel('VAT ID').fill(BILLING.taxId);
  await page.getByLabel('Bank account (IBAN)').fill(BILLING.bankAccount);
}

/** Two VAT rates: labour and a part at 23 %, a disposal fee at 8 %; 546,90 + 19,99 net, 694,28 PLN gross. */
export const INVOICE_LINES = [
  { kind: 'labour', description: 'Brake pads replaced', quantity: 1.5, unitPriceMinor: 20_000, vatRateBp: 2300 },
  { kind: 'part', description: 'Bosch brake pads', quantity: 2, unitPriceMinor: 12_345, vatRateBp: 2300 },
  { kind: 'fee', description: 'Waste disposal', quantity: 1, unitPriceMinor: 1_999, vatRateBp: 800 },
];

/**
 * A repair order with INVOICE_LINES for a new client's car, approved on the spot, worked on and
 * completed through the API, as the API tests do: ready to invoice. `client` is the buyer's name.
 */
export async function completedOrder(
  api: PitlaneApi,
  workshop: TestWorkshop,
): Promise<{ readonly id: string; readonly client: string }> {
  const token = workshop.owner.session;
  const lastName = `Kowalska ${uniqueId()}`;
  const vehicle = await api.createVehicle(token, {
    plate: `WX ${uniqueId().slice(0, 5).toUpperCase()}`,
    client: { firstName: 'Anna', lastName, email: `anna-${uniqueId()}@example.test` },
  });
  const order = await api.request<{ id: string }>('POST', '/repair-orders', {
    token,
    body: { vehicleId: vehicle.id, mileageIn: 120_000, complaint: 'Brakes squeal' },
    expect: 201,
  });
  for (const line of INVOICE_LINES) {
    await api.request('POST', `/repair-orders/${order.id}/lines`, { token, body: line, expect: 201 });
  }
  for (const to of ['approved', 'in_progress', 'completed']) {
    await api.request('POST', `/repair-orders/${order.id}/transitions`, { token, body: { to }, expect: 200 });
  }
  return { id: order.id, client: `Anna ${lastName}` };
}
