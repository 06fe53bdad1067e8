import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { TestApi, Workshop } from '../../../test/support/test-api';
import { addLine, Car, expectStatus, Json, openOrder, Order } from './repairs-fixtures';

export interface InvoiceLineView {
  readonly id: string;
  readonly position: number;
  readonly kind: string;
  readonly description: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  readonly netMinor: number;
}

export interface Invoice {
  readonly id: string;
  readonly kind: 'invoice' | 'credit_note';
  readonly number: string;
  readonly repairOrderId: string;
  readonly repairOrderNumber: number | null;
  readonly correctsInvoiceId: string | null;
  readonly creditNoteId: string | null;
  readonly clientId: string | null;
  readonly vehicleId: string;
  readonly currency: string;
  readonly issueDate: string;
  readonly saleDate: string;
  readonly dueDate: string;
  readonly seller: Json;
  readonly buyer: { name: string | null; email: string | null; phone: string | null };
  readonly vehicle: Json;
  readonly lines: InvoiceLineView[];
  readonly totals: {
    netMinor: number;
    vatMinor: number;
    grossMinor: number;
    vat: { vatRateBp: number; netMinor: number; vatMinor: number }[];
  };
  readonly reason: string | null;
  readonly paidOn: string | null;
  readonly paymentMethod: string | null;
}

export const BILLING = {
  legalName: 'Auto Serwis Łukasz Wiśniewski Sp. z o.o.',
  addressLine1: 'ul. Długa 5',
  postalCode: '00-238',
  city: 'Warszawa',
  country: 'PL',
  taxId: 'PL5260001246',
  bankName: 'mBank',
  bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
  paymentTermsDays: 14,
  footer: 'Dziękujemy za zaufanie — Søren & Łukasz',
};

/** A workshop signed up with a locale (and its country's currency: PLN, or DKK for Danish). */
export function signupWorkshop(
  api: TestApi,
  locale: 'en' | 'pl' | 'da' = 'en',
  timezone = 'Europe/Warsaw',
): Promise<Workshop> {
  return api.signupWorkshop('Invoice Garage', { locale, timezone, country: locale === 'da' ? 'DK' : 'PL' });
}

export async function setBilling(api: TestApi, workshop: Workshop, body: Json = BILLING): Promise<void> {
  expectStatus(await api.request('PUT', '/api/v1/settings/invoicing', { token: workshop.accessToken, body }), 200);
}

/** A car whose owner has an e-mail address (for the mails) and a valid VIN (never on an invoice). */
export async function addCarWithEmail(
  api: TestApi,
  workshop: Workshop,
  client: Json = { firstName: 'Søren', lastName: 'Łukaszewski' },
): Promise<Car & { email: string }> {
  const email = `client-${randomBytes(4).toString('hex')}@example.test`;
  const response = await api.request<{ id: string; clientId: string }>('POST', '/api/v1/vehicles', {
    token: workshop.accessToken,
    body: {
      make: 'Škoda',
      model: 'Octavia',
      plate: `WX ${randomBytes(3).toString('hex').toUpperCase()}`,
      client: { email, ...client },
    },
  });
  expectStatus(response, 201);
  return { vehicleId: response.body.id, clientId: response.body.clientId, email };
}

export async function move(api: TestApi, workshop: Workshop, orderId: string, to: string): Promise<Order> {
  const response = await api.request<Order>('POST', `/api/v1/repair-orders/${orderId}/transitions`, {
    token: workshop.accessToken,
    body: { to },
  });
  expectStatus(response, 200);
  return response.body;
}

export const STANDARD_LINES: readonly Json[] = [
  {
    kind: 'labour',
    description: 'Usługa: wymiana klocków hamulcowych',
    quantity: 1.5,
    unitPriceMinor: 20_000,
    vatRateBp: 2300,
  },
  { kind: 'part', description: 'Klocki hamulcowe Bosch', quantity: 2, unitPriceMinor: 12_345, vatRateBp: 2300 },
  { kind: 'fee', description: 'Utylizacja odpadów', quantity: 1, unitPriceMinor: 1_999, vatRateBp: 800 },
];

/** An order with `lines`, approved by staff on the spot, worked on and completed. */
export async function completedOrder(
  api: TestApi,
  workshop: Workshop,
  car: Car,
  lines: readonly Json[] = STANDARD_LINES,
): Promise<Order> {
  const order = await openOrder(api, workshop, car);
  for (const line of lines) await addLine(api, workshop, order.id, line);
  await move(api, workshop, order.id, 'approved');
  await move(api, workshop, order.id, 'in_progress');
  return move(api, workshop, order.id, 'completed');
}

export async function issue(api: TestApi, workshop: Workshop, orderId: string): Promise<Invoice> {
  const response = await api.request<Invoice>('POST', `/api/v1/repair-orders/${orderId}/invoice`, {
    token: workshop.accessToken,
  });
  expectStatus(response, 201);
  return response.body;
}

export async function downloadPdf(api: TestApi, workshop: Workshop, invoiceId: string): Promise<Buffer> {
  const response = await api.app.inject({
    method: 'GET',
    url: `/api/v1/invoices/${invoiceId}/pdf`,
    headers: { authorization: `Bearer ${workshop.accessToken}` },
  });
  if (response.statusCode !== 200) throw new Error(`pdf: ${response.statusCode} ${response.body}`);
  return response.rawPayload;
}

/**
 * The text of a PDF (pages joined) and of each page; rejects when the file does not parse. The
 * extraction (pdf-parse, on pdf.js) runs in a child Node process: see pdf-text.js.
 */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'pdf-text.js')],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`the PDF does not parse: ${stderr || error.message}`));
        // Intl writes thousands with (narrow) no-break spaces: compare with plain ones.
        const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
        const pages = (JSON.parse(stdout) as { pages: string[] }).pages.map(clean);
        resolve({ text: pages.join('\n'), pages });
      },
    );
    child.stdin?.end(pdf);
  });
}
