import { simpleParser } from 'mailparser';
import { randomBytes } from 'node:crypto';
import { InvoiceClock } from '../../../libs/repairs/src/invoices/invoice-clock';
import { SmtpSink } from '../../../test/support/smtp-sink';
import { TestApi, withAdminClient, withAppClient, Workshop } from '../../../test/support/test-api';
import { TestWorker } from '../../../test/support/test-worker';
import {
  addCarWithEmail,
  BILLING,
  completedOrder,
  downloadPdf,
  Invoice,
  issue,
  move,
  pdfText,
  setBilling,
  signupWorkshop,
  STANDARD_LINES,
} from './invoice-fixtures';
import { addCar, addLine, Car, openOrder, Order } from './repairs-fixtures';

/** The document without its mail state, which moves on (queued, then sent) while the document stays. */
function frozen(invoice: Invoice): Omit<Invoice, 'mail'> {
  const { mail: _mail, ...document } = invoice as Invoice & { mail?: unknown };
  return document;
}

// A valid VIN (check digit right): the invoice must never carry it.
const VIN = '1M8GDM9AXKP042788';

/**
 * Invoices: issuing from a completed order (snapshot, totals by the order rule without declined
 * lines, gapless number in the workshop's year), immutability (API and SQL), credit notes,
 * payment, the PDF read back as text, and the invoice and "car ready" mails through the real
 * queue and SMTP sink.
 */
describe('invoices', () => {
  let sink: SmtpSink;
  let api: TestApi;
  let worker: TestWorker;
  let owner: Workshop;
  let mechanic: Workshop;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const shared = { QUEUE_NAMESPACE: `test-${randomBytes(4).toString('hex')}`, SMTP_PORT: String(sink.port) };
    api = await TestApi.start(shared);
    worker = await TestWorker.start(shared);
    owner = await signupWorkshop(api, 'pl');
    mechanic = await api.addStaff(owner, 'mechanic');
  });

  afterAll(async () => {
    await api.close();
    await worker.close();
    await sink.close();
  });

  const get = <T>(path: string, who: Workshop = owner) => api.request<T>('GET', path, { token: who.accessToken });
  const post = <T>(path: string, body?: unknown, who: Workshop = owner) =>
    api.request<T>('POST', path, { token: who.accessToken, ...(body !== undefined ? { body } : {}) });

  describe('billing details', () => {
    it('are required before the first invoice: 409 names what is missing', async () => {
      const fresh = await signupWorkshop(api, 'en');
      const settings = await get<{ missing: string[] }>('/api/v1/settings/invoicing', fresh);
      expect(settings.status).toBe(200);
      expect(settings.body.missing).toEqual([
        'legalName',
        'addressLine1',
        'postalCode',
        'city',
        'country',
        'taxId',
        'bankAccount',
      ]);
      const car = await addCar(api, fresh);
      const order = await completedOrder(api, fresh, car, STANDARD_LINES.slice(0, 1));
      await api.request('PUT', '/api/v1/settings/invoicing', {
        token: fresh.accessToken,
        body: { legalName: 'Fresh Garage Ltd', city: 'Leeds' },
      });
      const refused = await post<{ missing: string[]; detail: string }>(
        `/api/v1/repair-orders/${order.id}/invoice`,
        undefined,
        fresh,
      );
      expect(refused.status).toBe(409);
      expect(refused.body.missing).toEqual(['addressLine1', 'postalCode', 'country', 'taxId', 'bankAccount']);
      expect(refused.body.detail).toContain('taxId');
      expect((await get<Order>(`/api/v1/repair-orders/${order.id}`, fresh)).body.status).toBe('completed');
    });

    it('are written by owners and managers only, with unknown fields refused', async () => {
      const byMechanic = await api.request('PUT', '/api/v1/settings/invoicing', {
        token: mechanic.accessToken,
        body: BILLING,
      });
      expect(byMechanic.status).toBe(403);
      const unknown = await api.request('PUT', '/api/v1/settings/invoicing', {
        token: owner.accessToken,
        body: { ...BILLING, nationalId: '44051401359' },
      });
      expect(unknown.status).toBe(400);
      await setBilling(api, owner);
      const read = await get<typeof BILLING & { missing: string[] }>('/api/v1/settings/invoicing');
      expect(read.body).toMatchObject({ ...BILLING, missing: [] });
    });
  });

  describe('issuing', () => {
    let car: Car & { email: string };
    let order: Order;
    let invoice: Invoice;

    beforeAll(async () => {
      await setBilling(api, owner);
      car = await addCarWithEmail(api, owner);
      await api.request('PATCH', `/api/v1/vehicles/${car.vehicleId}`, { token: owner.accessToken, body: { vin: VIN } });
      order = await openOrder(api, owner, car);
      for (const line of STANDARD_LINES) await addLine(api, owner, order.id, line);
      const declined = await addLine(api, owner, order.id, {
        kind: 'labour',
        description: 'Mycie silnika (odrzucone)',
        quantity: 1,
        unitPriceMinor: 5_000,
        vatRateBp: 2300,
      });
      await move(api, owner, order.id, 'approved');
      // The customer declined the engine wash (as their decision on the estimate records it).
      const wash = declined.lines.find((line) => line.netMinor === 5_000);
      await withAdminClient((client) =>
        client.query(`update repair_order_lines set approval = 'declined' where tenant_id = $1 and id = $2`, [
          owner.tenantId,
          wash?.id,
        ]),
      );
      await move(api, owner, order.id, 'in_progress');
      await move(api, owner, order.id, 'completed');
    });

    it('is refused for an order that is not completed, naming its status', async () => {
      const open = await openOrder(api, owner, car);
      const response = await post<{ detail: string; status: number }>(`/api/v1/repair-orders/${open.id}/invoice`);
      expect(response.status).toBe(409);
      expect(response.body.detail).toContain('draft');
    });

    it('is refused to a mechanic', async () => {
      expect((await post(`/api/v1/repair-orders/${order.id}/invoice`, undefined, mechanic)).status).toBe(403);
    });

    it('freezes the order without its declined line, totals by the order rule, and moves it to invoiced', async () => {
      invoice = await issue(api, owner, order.id);
      expect(invoice.number).toMatch(/^\d{4}\/\d{6}$/);
      expect(invoice.kind).toBe('invoice');
      expect(invoice.currency).toBe('PLN');
      expect(invoice.repairOrderNumber).toBe(order.number);
      expect(invoice.lines.map((line) => line.description)).toEqual(STANDARD_LINES.map((line) => line.description));
      // Hand-computed: 23 % on 300.00 + 246.90 = 546.90 -> 125.787 -> 125.79; 8 % on 19.99 -> 1.5992 -> 1.60.
      expect(invoice.totals).toEqual({
        netMinor: 56_689,
        vatMinor: 12_739,
        grossMinor: 69_428,
        vat: [
          { vatRateBp: 800, netMinor: 1_999, vatMinor: 160 },
          { vatRateBp: 2300, netMinor: 54_690, vatMinor: 12_579 },
        ],
      });
      expect(invoice.seller).toMatchObject({
        legalName: BILLING.legalName,
        taxId: BILLING.taxId,
        bankAccount: BILLING.bankAccount,
      });
      expect(invoice.buyer).toEqual({ name: 'Søren Łukaszewski', email: car.email, phone: null });
      expect(invoice.vehicle).toMatchObject({ make: 'Škoda', model: 'Octavia', mileageKm: 120_000 });
      expect(JSON.stringify(invoice)).not.toContain(VIN);
      expect(invoice.issueDate).toBe(invoice.saleDate);
      const due = new Date(`${invoice.issueDate}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + 14);
      expect(invoice.dueDate).toBe(due.toISOString().slice(0, 10));
      const after = await get<Order>(`/api/v1/repair-orders/${order.id}`);
      expect(after.body.status).toBe('invoiced');
      expect(after.body.allowedTransitions).toEqual([]);
    });

    it('issues one invoice per order: a second issue is 409', async () => {
      const again = await post<{ status: number }>(`/api/v1/repair-orders/${order.id}/invoice`);
      expect(again.status).toBe(409);
      const rows = await withAdminClient((client) =>
        client.query('select count(*)::int as n from invoices where tenant_id = $1 and repair_order_id = $2', [
          owner.tenantId,
          order.id,
        ]),
      );
      expect(rows.rows[0].n).toBe(1);
    });

    it('cannot be changed through the API: no route edits or deletes it, the order is frozen', async () => {
      for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
        const response = await api.request(method, `/api/v1/invoices/${invoice.id}`, {
          token: owner.accessToken,
          body: { netMinor: 1 },
        });
        expect([404, 405]).toContain(response.status);
      }
      const line = await post(`/api/v1/repair-orders/${order.id}/lines`, {
        kind: 'fee',
        description: 'x',
        quantity: 1,
        unitPriceMinor: 1,
        vatRateBp: 0,
      });
      expect(line.status).toBe(409);
      const moved = await post<{ allowed: string[] }>(`/api/v1/repair-orders/${order.id}/transitions`, { to: 'paid' });
      expect(moved.status).toBe(409);
      expect(frozen((await get<Invoice>(`/api/v1/invoices/${invoice.id}`)).body)).toEqual(frozen(invoice));
    });

    it('cannot be changed in SQL: the app role may not update amounts or lines, nor delete; the owner role neither', async () => {
      const asApp = (sql: string) =>
        withAppClient(async (client) => {
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenantId]);
          try {
            await client.query(sql, [invoice.id]);
            return 'ok';
          } catch (error) {
            return (error as { code?: string }).code;
          } finally {
            await client.query('rollback');
          }
        });
      expect(await asApp('update invoices set net_minor = 1, gross_minor = 1 + vat_minor where id = $1')).toBe('42501');
      expect(await asApp('update invoice_lines set net_minor = 1 where invoice_id = $1')).toBe('42501');
      expect(await asApp('delete from invoice_lines where invoice_id = $1')).toBe('42501');
      expect(await asApp('delete from invoices where id = $1')).toBe('42501');
      // The payment columns are the app role's to write, but the trigger keeps them once set.
      expect(
        await asApp(
          `update invoices set paid_on = '2026-01-02', paid_at = now(), payment_method = 'cash', paid_recorded_at = now() where id = $1`,
        ),
      ).toBe('ok');
      const asOwner = await withAdminClient(async (client) => {
        try {
          await client.query('update invoices set net_minor = 1, gross_minor = 1 + vat_minor where id = $1', [
            invoice.id,
          ]);
          return 'ok';
        } catch (error) {
          return (error as { code?: string }).code;
        }
      });
      expect(asOwner).toBe('42501');
      expect(frozen((await get<Invoice>(`/api/v1/invoices/${invoice.id}`)).body)).toEqual(frozen(invoice));
    });

    it('renders a PDF that opens, in Polish, with number, every line, totals and the VAT summary', async () => {
      const response = await api.app.inject({
        method: 'GET',
        url: `/api/v1/invoices/${invoice.id}/pdf`,
        headers: { authorization: `Bearer ${owner.accessToken}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="invoice-${invoice.number.replace('/', '-')}.pdf"`,
      );
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages } = await pdfText(pdf);
      expect(pages).toHaveLength(1);
      expect(text).toContain(`Faktura VAT ${invoice.number}`);
      expect(text).toContain(`Zlecenie naprawy nr ${order.number}`);
      for (const line of STANDARD_LINES) expect(text).toContain(String(line.description));
      expect(text).not.toContain('Mycie silnika');
      expect(text).toContain('Søren Łukaszewski');
      expect(text).toContain(BILLING.legalName);
      expect(text).toContain('Do zapłaty: 694,28 zł');
      // VAT summary: rate, net, VAT, gross per rate, then the totals.
      expect(text).toMatch(/8% 19,99 zł 1,60 zł 21,59 zł/);
      expect(text).toMatch(/23% 546,90 zł 125,79 zł 672,69 zł/);
      expect(text).toMatch(/566,89 zł 127,39 zł 694,28 zł/);
      expect(text).toContain(BILLING.bankAccount);
      expect(text).toContain('Płatność w terminie 14 dni');
      expect(text).not.toContain(VIN);
      // Deterministic: the same invoice, the same bytes.
      expect((await downloadPdf(api, owner, invoice.id)).equals(pdf)).toBe(true);
    });

    it('prints a long invoice on several pages, repeating the table header on each page of lines', async () => {
      const long = await openOrder(api, owner, car);
      // Seventy lines written in one statement (adding them one by one through the API is slow).
      await withAdminClient((client) =>
        client.query(
          `insert into repair_order_lines (tenant_id, id, order_id, position, kind, description,
                                           quantity_hundredths, unit_price_minor, vat_rate_bp, net_minor)
           select $1, gen_random_uuid(), $2, n, 'fee', 'Część zamienna nr ' || n || ' — Łożysko koła', 100, 1000 + n, 2300, 1000 + n
             from generate_series(1, 70) as n`,
          [owner.tenantId, long.id],
        ),
      );
      await move(api, owner, long.id, 'approved');
      await move(api, owner, long.id, 'in_progress');
      await move(api, owner, long.id, 'completed');
      const issued = await issue(api, owner, long.id);
      expect(issued.totals.netMinor).toBe(70 * 1000 + (70 * 71) / 2);
      const { text, pages } = await pdfText(await downloadPdf(api, owner, issued.id));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const withLines = pages.filter((page) => page.includes('Część zamienna nr'));
      expect(withLines.length).toBeGreaterThanOrEqual(2);
      for (const page of withLines) expect(page).toContain('Nazwa towaru lub usługi');
      pages.forEach((page, index) => expect(page).toContain(`Strona ${index + 1} z ${pages.length}`));
      for (let n = 1; n <= 70; n += 1) expect(text).toContain(`Część zamienna nr ${n} — Łożysko koła`);
      expect(text).toContain(`Do zapłaty: ${(issued.totals.grossMinor / 100).toFixed(2).replace('.', ',')} zł`);
    });
  });

  describe('other locales', () => {
    it('prints a Danish workshop invoice in Danish, with its letters and kroner', async () => {
      const danish = await signupWorkshop(api, 'da', 'Europe/Copenhagen');
      await setBilling(api, danish, {
        ...BILLING,
        legalName: 'Søren Ærøskøbing Autoværksted ApS',
        country: 'DK',
        taxId: 'DK12345678',
      });
      // No e-mail address: the PDF is rendered once, for the download (rendering is slow under Jest).
      const car = await addCarWithEmail(api, danish, { firstName: 'Søren', lastName: 'Kierkegård', email: undefined });
      const order = await completedOrder(api, danish, car, [
        {
          kind: 'labour',
          description: 'Udskiftning af bremseklodser på Ærø',
          quantity: 2,
          unitPriceMinor: 65_000,
          vatRateBp: 2500,
        },
      ]);
      const invoice = await issue(api, danish, order.id);
      expect(invoice.currency).toBe('DKK');
      const { text } = await pdfText(await downloadPdf(api, danish, invoice.id));
      expect(text).toContain(`Faktura ${invoice.number}`);
      expect(text).toContain(`Arbejdsordre ${order.number}`);
      expect(text).toContain('Søren Kierkegård');
      expect(text).toContain('Søren Ærøskøbing Autoværksted ApS');
      expect(text).toContain('Udskiftning af bremseklodser på Ærø');
      expect(text).toContain('Momsoversigt');
      // 2 h x 650.00 = 1 300.00, 25 % VAT 325.00, 1 625.00 in all.
      expect(text).toContain('At betale: 1.625,00 kr.');
    });
  });

  describe('credit notes and payment', () => {
    it('a credit note reverses the invoice in full, takes the next number and sends the order back to completed', async () => {
      const car = await addCar(api, owner);
      const order = await completedOrder(api, owner, car);
      const invoice = await issue(api, owner, order.id);
      const blank = await post(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: '   ' });
      expect(blank.status).toBe(400);
      const response = await post<Invoice>(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: 'Zła stawka' });
      expect(response.status).toBe(201);
      const note = response.body;
      expect(note.kind).toBe('credit_note');
      expect(note.correctsInvoiceId).toBe(invoice.id);
      expect(note.repairOrderNumber).toBe(order.number);
      expect(sequenceOf(note.number)).toBe(sequenceOf(invoice.number) + 1);
      expect(note.totals).toEqual({
        netMinor: -invoice.totals.netMinor,
        vatMinor: -invoice.totals.vatMinor,
        grossMinor: -invoice.totals.grossMinor,
        vat: invoice.totals.vat.map((group) => ({ ...group, netMinor: -group.netMinor, vatMinor: -group.vatMinor })),
      });
      expect(note.lines.map((line) => [line.quantity, line.netMinor])).toEqual(
        invoice.lines.map((line) => [-line.quantity, -line.netMinor]),
      );
      expect((await get<Invoice>(`/api/v1/invoices/${invoice.id}`)).body.creditNoteId).toBe(note.id);
      expect((await get<Order>(`/api/v1/repair-orders/${order.id}`)).body.status).toBe('completed');
      const { text } = await pdfText(await downloadPdf(api, owner, note.id));
      expect(text).toContain(`Faktura korygująca ${note.number}`);
      expect(text).toContain(`Korekta faktury: ${invoice.number}`);
      expect(text).toContain('Do zwrotu: -694,28 zł');

      // Twice, of a credit note, or paying a credited invoice: 409.
      expect((await post(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: 'again' })).status).toBe(409);
      expect((await post(`/api/v1/invoices/${note.id}/credit-note`, { reason: 'again' })).status).toBe(409);
      expect(
        (await post(`/api/v1/invoices/${invoice.id}/payments`, { method: 'cash', paidOn: '2026-11-02' })).status,
      ).toBe(409);
      expect(
        (await post(`/api/v1/invoices/${note.id}/payments`, { method: 'cash', paidOn: '2026-11-02' })).status,
      ).toBe(409);

      // The corrected order is invoiced again, under the next number.
      const again = await issue(api, owner, order.id);
      expect(sequenceOf(again.number)).toBe(sequenceOf(note.number) + 1);
    });

    it('marks an invoice paid once, moves the order to paid, and a paid invoice can still be credited', async () => {
      const car = await addCar(api, owner);
      const order = await completedOrder(api, owner, car);
      const invoice = await issue(api, owner, order.id);
      expect(
        (await post(`/api/v1/invoices/${invoice.id}/payments`, { method: 'bitcoin', paidOn: '2026-11-02' })).status,
      ).toBe(400);
      expect(
        (await post(`/api/v1/invoices/${invoice.id}/payments`, { method: 'card', paidOn: '2026-02-30' })).status,
      ).toBe(400);
      expect(
        (await post(`/api/v1/invoices/${invoice.id}/payments`, { method: 'card', paidOn: '2026-11-02' }, mechanic))
          .status,
      ).toBe(403);
      const paid = await post<Invoice>(`/api/v1/invoices/${invoice.id}/payments`, {
        method: 'card',
        paidOn: '2026-11-02',
      });
      expect(paid.status).toBe(200);
      expect(paid.body).toMatchObject({ paidOn: '2026-11-02', paymentMethod: 'card' });
      expect((await get<Order>(`/api/v1/repair-orders/${order.id}`)).body.status).toBe('paid');
      const paidAt = await withAdminClient((client) =>
        client.query(`select paid_at at time zone 'Europe/Warsaw' as local from invoices where id = $1`, [invoice.id]),
      );
      expect((paidAt.rows[0].local as Date).toISOString()).toMatch(/^2026-11-02T00:00:00/);
      const twice = await post<{ code?: string; type: string }>(`/api/v1/invoices/${invoice.id}/payments`, {
        method: 'cash',
        paidOn: '2026-11-03',
      });
      expect(twice.status).toBe(409);
      expect((await get<Invoice>(`/api/v1/invoices/${invoice.id}`)).body).toMatchObject({
        paidOn: '2026-11-02',
        paymentMethod: 'card',
      });
      const note = await post<Invoice>(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: 'Reklamacja' });
      expect(note.status).toBe(201);
      expect((await get<Order>(`/api/v1/repair-orders/${order.id}`)).body.status).toBe('completed');
    });

    it('keeps an invoice when its client is erased under GDPR: the client link goes, the buyer snapshot stays', async () => {
      const car = await addCarWithEmail(api, owner, { firstName: 'Erased', lastName: 'Customer' });
      const invoice = await issue(api, owner, (await completedOrder(api, owner, car)).id);
      const erased = await api.request('DELETE', `/api/v1/clients/${car.clientId}?erase=true`, {
        token: owner.accessToken,
      });
      expect(erased.status).toBe(204);
      const kept = await get<Invoice>(`/api/v1/invoices/${invoice.id}`);
      expect(kept.body).toEqual({ ...invoice, clientId: null });
    });

    it('lists invoices by payment status, issue date and client, paged and sorted', async () => {
      const car = await addCar(api, owner);
      const first = await issue(api, owner, (await completedOrder(api, owner, car)).id);
      const second = await issue(api, owner, (await completedOrder(api, owner, car)).id);
      await post(`/api/v1/invoices/${first.id}/payments`, { method: 'transfer', paidOn: first.issueDate });
      type PageOf = { items: Invoice[]; total: number; page: number; limit: number };
      const ofClient = await get<PageOf>(`/api/v1/invoices?clientId=${car.clientId}&sort=number`);
      expect(ofClient.body.items.map((i) => i.id)).toEqual([first.id, second.id]);
      const unpaid = await get<PageOf>(`/api/v1/invoices?clientId=${car.clientId}&status=unpaid`);
      expect(unpaid.body.items.map((i) => i.id)).toEqual([second.id]);
      const paid = await get<PageOf>(`/api/v1/invoices?clientId=${car.clientId}&status=paid`);
      expect(paid.body.items.map((i) => i.id)).toEqual([first.id]);
      const paged = await get<PageOf>(`/api/v1/invoices?clientId=${car.clientId}&sort=-number&limit=1&page=2`);
      expect(paged.body).toMatchObject({ total: 2, page: 2, limit: 1 });
      expect(paged.body.items.map((i) => i.id)).toEqual([first.id]);
      const future = await get<PageOf>(`/api/v1/invoices?clientId=${car.clientId}&from=2999-01-01`);
      expect(future.body.total).toBe(0);
      const today = await get<PageOf>(
        `/api/v1/invoices?clientId=${car.clientId}&from=${first.issueDate}&to=${first.issueDate}`,
      );
      expect(today.body.total).toBe(2);
      expect((await get(`/api/v1/invoices?sort=netMinorx`)).status).toBe(400);
      expect((await get(`/api/v1/invoices?status=overdue`)).status).toBe(400);
      expect((await get(`/api/v1/invoices`, mechanic)).status).toBe(403);
    });
  });

  describe('list filters and states the invoices screen needs', () => {
    type PageOf = { items: (Invoice & { overdue: boolean })[]; total: number };
    const ids = (page: { body: PageOf }) => page.body.items.map((i) => i.id).sort();

    it('filters by part of the number, credited and overdue (past due in workshop time, unpaid, not credited)', async () => {
      const car = await addCar(api, owner);
      const orders = [];
      for (let i = 0; i < 4; i += 1) orders.push(await completedOrder(api, owner, car, STANDARD_LINES.slice(0, 1)));
      const clock = jest.spyOn(api.app.get(InvoiceClock), 'now');
      let late: Invoice;
      let latePaid: Invoice;
      let lateCredited: Invoice;
      try {
        // Issued on 2 January with 14 days to pay: due 16 January, long past.
        clock.mockReturnValue(new Date('2026-01-02T10:00:00Z'));
        late = await issue(api, owner, orders[0]!.id);
        latePaid = await issue(api, owner, orders[1]!.id);
        lateCredited = await issue(api, owner, orders[2]!.id);
      } finally {
        clock.mockRestore();
      }
      const current = await issue(api, owner, orders[3]!.id);
      await post(`/api/v1/invoices/${latePaid.id}/payments`, { method: 'cash', paidOn: '2026-01-20' });
      const note = await post<Invoice>(`/api/v1/invoices/${lateCredited.id}/credit-note`, { reason: 'Korekta' });
      const of = `clientId=${car.clientId}`;

      const overdue = await get<PageOf>(`/api/v1/invoices?${of}&overdue=true`);
      expect(ids(overdue)).toEqual([late.id]);
      expect(overdue.body.items[0]!.overdue).toBe(true);
      const notOverdue = await get<PageOf>(`/api/v1/invoices?${of}&overdue=false`);
      expect(ids(notOverdue)).toEqual([latePaid.id, lateCredited.id, current.id, note.body.id].sort());
      expect(notOverdue.body.items.every((i) => !i.overdue)).toBe(true);
      const credited = await get<PageOf>(`/api/v1/invoices?${of}&status=credited`);
      expect(ids(credited)).toEqual([lateCredited.id]);

      const byNumber = await get<PageOf>(`/api/v1/invoices?${of}&number=${encodeURIComponent(current.number)}`);
      expect(ids(byNumber)).toEqual([current.id]);
      const bySequence = await get<PageOf>(`/api/v1/invoices?${of}&number=${current.number.slice(-3)}`);
      expect(ids(bySequence)).toContain(current.id);
      expect(bySequence.body.items.every((i) => i.number.includes(current.number.slice(-3)))).toBe(true);
    });

    it("lists a vehicle's invoices and an order's invoice with its credit note, for the vehicle and order pages", async () => {
      await setBilling(api, owner);
      const car = await addCar(api, owner);
      const otherCar = await addCar(api, owner);
      const order = await completedOrder(api, owner, car, STANDARD_LINES.slice(0, 1));
      const invoice = await issue(api, owner, order.id);
      const later = await issue(api, owner, (await completedOrder(api, owner, car, STANDARD_LINES.slice(0, 1))).id);
      const elsewhere = await issue(api, owner, (await completedOrder(api, owner, otherCar)).id);
      const note = await post<Invoice>(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: 'Korekta' });

      const ofVehicle = await get<PageOf>(`/api/v1/invoices?vehicleId=${car.vehicleId}&sort=-issuedAt`);
      expect(ofVehicle.body.items.map((i) => i.id)).toEqual([note.body.id, later.id, invoice.id]);
      const ofOrder = await get<PageOf>(`/api/v1/invoices?repairOrderId=${order.id}`);
      expect(ids(ofOrder)).toEqual([invoice.id, note.body.id].sort());
      const ofOtherCar = await get<PageOf>(`/api/v1/invoices?vehicleId=${otherCar.vehicleId}`);
      expect(ids(ofOtherCar)).toEqual([elsewhere.id]);
    });

    it("finds nothing of another workshop's vehicle or order by these filters", async () => {
      await setBilling(api, owner);
      const stranger = await signupWorkshop(api, 'pl');
      const car = await addCar(api, owner);
      const order = await completedOrder(api, owner, car, STANDARD_LINES.slice(0, 1));
      await issue(api, owner, order.id);
      const byVehicle = await get<PageOf>(`/api/v1/invoices?vehicleId=${car.vehicleId}`, stranger);
      expect(byVehicle.status).toBe(200);
      expect(byVehicle.body.total).toBe(0);
      const byOrder = await get<PageOf>(`/api/v1/invoices?repairOrderId=${order.id}`, stranger);
      expect(byOrder.body.total).toBe(0);
    });

    it.each([
      ['a number with letters', 'number=2026%2FABC'],
      ['a number longer than 20', `number=${'1'.repeat(21)}`],
      ['an overdue flag that is not a boolean', 'overdue=yes'],
      ['an unknown status', 'status=overdue'],
      ['a vehicle id that is not a UUID', 'vehicleId=abc'],
      ['an order id that is not a UUID', 'repairOrderId=42'],
    ])('refuses %s with 400', async (_label, query) => {
      const response = await get(`/api/v1/invoices?${query}`);
      expect(response.status).toBe(400);
    });

    it('shows the mail to the buyer: queued, then sent; none for a buyer without an address', async () => {
      const withEmail = await addCarWithEmail(api, owner);
      const mailed = await issue(api, owner, (await completedOrder(api, owner, withEmail)).id);
      expect((mailed as Invoice & { mail: unknown }).mail).toEqual({ status: 'queued', sentAt: null });
      await worker.drained();
      const read = await get<{ mail: { status: string; sentAt: string | null } }>(`/api/v1/invoices/${mailed.id}`);
      expect(read.body.mail).toEqual({ status: 'sent', sentAt: expect.stringMatching(/Z$/) });
      const silent = await issue(api, owner, (await completedOrder(api, owner, await addCar(api, owner))).id);
      expect((silent as Invoice & { mail: unknown }).mail).toBeNull();
    });
  });

  describe('numbering by the workshop year', () => {
    it('starts at 000001 when the year turns in the workshop time zone, not in UTC', async () => {
      const warsaw = await signupWorkshop(api, 'en', 'Europe/Warsaw');
      await setBilling(api, warsaw);
      const car = await addCar(api, warsaw);
      const orders = [];
      for (let i = 0; i < 3; i += 1) orders.push(await completedOrder(api, warsaw, car, STANDARD_LINES.slice(0, 1)));
      const clock = jest.spyOn(api.app.get(InvoiceClock), 'now');
      try {
        // 23:59 on 31 December in Warsaw (22:59 UTC): the old year.
        clock.mockReturnValue(new Date('2026-12-31T22:59:00Z'));
        const last = await issue(api, warsaw, orders[0]!.id);
        expect(last.number).toBe('2026/000001');
        expect(last.issueDate).toBe('2026-12-31');
        // 00:00:01 on 1 January in Warsaw, still 2026 in UTC: the new year's first number.
        clock.mockReturnValue(new Date('2026-12-31T23:00:01Z'));
        const first = await issue(api, warsaw, orders[1]!.id);
        expect(first.number).toBe('2027/000001');
        expect(first.issueDate).toBe('2027-01-01');
        const next = await issue(api, warsaw, orders[2]!.id);
        expect(next.number).toBe('2027/000002');
      } finally {
        clock.mockRestore();
      }
    });
  });

  describe('mails', () => {
    it('the customer gets "car ready" once when the order is completed, and the invoice with its PDF once', async () => {
      const car = await addCarWithEmail(api, owner, { firstName: 'Łukasz', lastName: 'Østergaard' });
      const order = await completedOrder(api, owner, car);
      const invoice = await issue(api, owner, order.id);
      // A credit note takes the order back to completed: no second "car ready".
      await post(`/api/v1/invoices/${invoice.id}/credit-note`, { reason: 'Korekta' });
      const reissued = await issue(api, owner, order.id);
      await worker.drained();

      const ready = await sink.waitFor((mail) => mail.to.includes(car.email) && /gotowy do odbioru/.test(mail.subject));
      expect(ready.text).toContain('Łukasz');
      const invoiceMail = await sink.waitFor(
        (mail) =>
          mail.to.includes(car.email) && mail.subject.startsWith('Faktura') && mail.text.includes(invoice.number),
      );
      const attachment = (await simpleParser(invoiceMail.raw)).attachments.find(
        (file) => file.contentType === 'application/pdf',
      );
      expect(attachment?.filename).toBe(`invoice-${invoice.number.replace('/', '-')}.pdf`);
      const { text } = await pdfText(attachment!.content);
      expect(text).toContain(`Faktura VAT ${invoice.number}`);
      expect(text).toContain('Do zapłaty: 694,28 zł');
      await sink.waitFor((mail) => mail.to.includes(car.email) && mail.text.includes(reissued.number));

      const toClient = sink.messages.filter((mail) => mail.to.includes(car.email));
      expect(toClient.filter((mail) => /gotowy do odbioru/.test(mail.subject))).toHaveLength(1);
      expect(toClient.filter((mail) => mail.text.includes(invoice.number))).toHaveLength(1);
      // The ledger keeps neither the PDF nor anything of it in clear, and the sealed copy is wiped once sent.
      const rows = await withAdminClient(
        async (client) =>
          (
            await client.query(
              `select template, idempotency_key, data, sealed_secrets from mail_messages
              where tenant_id = $1 and recipient_email = $2 order by created_at`,
              [owner.tenantId, car.email],
            )
          ).rows as {
            template: string;
            idempotency_key: string;
            data: Record<string, unknown>;
            sealed_secrets: Buffer | null;
          }[],
      );
      expect(rows.map((row) => row.idempotency_key)).toEqual([
        `car_ready:${order.id}`,
        `invoice_issued:${invoice.id}`,
        `invoice_issued:${reissued.id}`,
      ]);
      for (const row of rows) {
        expect(Object.keys(row.data)).not.toContain('pdf');
        expect(row.sealed_secrets).toBeNull();
      }
    });

    it('a client without an e-mail address gets no mail, and the invoice is issued all the same', async () => {
      const car = await addCar(api, owner);
      const order = await completedOrder(api, owner, car);
      const invoice = await issue(api, owner, order.id);
      const rows = await withAdminClient((client) =>
        client.query(
          `select count(*)::int as n from mail_messages where tenant_id = $1 and idempotency_key in ($2, $3)`,
          [owner.tenantId, `car_ready:${order.id}`, `invoice_issued:${invoice.id}`],
        ),
      );
      expect(rows.rows[0].n).toBe(0);
    });
  });

  describe('bad input is a 400 naming the field, never a 500', () => {
    const fieldsOf = (response: { body: unknown }) =>
      ((response.body as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field);
    let invoice: Invoice;

    beforeAll(async () => {
      await setBilling(api, owner);
      const car = await addCar(api, owner);
      invoice = await issue(api, owner, (await completedOrder(api, owner, car, STANDARD_LINES.slice(0, 1))).id);
    });

    it('null on a billing detail clears it (the contract says nullable); null or a subnormal on the terms is a 400', async () => {
      const cleared = await api.request<{ footer: string | null }>('PUT', '/api/v1/settings/invoicing', {
        token: owner.accessToken,
        body: { ...BILLING, footer: null },
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body.footer).toBeNull();
      for (const paymentTermsDays of [null, -1e-323, 5e-324]) {
        const response = await api.request('PUT', '/api/v1/settings/invoicing', {
          token: owner.accessToken,
          body: { ...BILLING, paymentTermsDays },
        });
        expect({ paymentTermsDays, status: response.status }).toEqual({ paymentTermsDays, status: 400 });
        expect(fieldsOf(response)).toContain('paymentTermsDays');
      }
      expect((await get<{ missing: string[] }>('/api/v1/settings/invoicing')).body.missing).toEqual([]);
    });

    it.each([
      ['method', 'payments', { method: null, paidOn: '2026-11-02' }],
      ['paidOn', 'payments', { method: 'cash', paidOn: null }],
      ['paidOn', 'payments', { method: 'cash', paidOn: -1e-323 }],
      ['reason', 'credit-note', { reason: null }],
      ['reason', 'credit-note', { reason: 5e-324 }],
    ])(
      '%s in POST /invoices/:id/%s %j answers 400 naming it, and the invoice stays as it was',
      async (field, route, body) => {
        const response = await post(`/api/v1/invoices/${invoice.id}/${route}`, body);
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toContain(field);
        const after = await get<{ paidOn: string | null; creditNoteId: string | null }>(
          `/api/v1/invoices/${invoice.id}`,
        );
        expect(after.body).toMatchObject({ paidOn: null, creditNoteId: null });
      },
    );
  });
});

function sequenceOf(number: string): number {
  return Number(number.split('/')[1]);
}
