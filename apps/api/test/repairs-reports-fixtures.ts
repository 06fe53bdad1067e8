import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TestApi, withAdminClient, Workshop } from '../../../test/support/test-api';

/**
 * The report fixture: one workshop in Europe/Warsaw (signed up by TestApi) with invoices placed
 * on the edges of March 2026 — a second before and at local midnight on 1 March and 1 April,
 * both sides of both local midnights of the DST day (29 March, 23 hours long) — a credit note,
 * a declined line, two VAT rates, two mechanics with clocked time (one clock still running) and
 * open orders. Written with SQL as the table owner because invoices are dated by the database
 * clock and immutable: no API can backdate one. The expected numbers are in the spec, worked
 * out by hand.
 */

export interface ReportFixture {
  readonly workshop: Workshop;
  readonly mechanicA: Workshop;
  readonly mechanicB: Workshop;
  readonly clients: { readonly anna: string; readonly piotr: string };
  readonly names: {
    readonly anna: string;
    readonly piotr: string;
    readonly mechanicA: string;
    readonly mechanicB: string;
  };
}

interface LineSpec {
  readonly kind: 'labour' | 'part' | 'fee';
  readonly description: string;
  readonly quantityHundredths: number;
  readonly unitPriceMinor: number;
  readonly vatRateBp: number;
  readonly mechanic?: string;
  readonly approval?: 'pending' | 'approved' | 'declined';
}

function lineNet(line: LineSpec): number {
  // The fixture uses only products that are whole or exact halves rounding up.
  return Math.round((line.quantityHundredths * line.unitPriceMinor) / 100);
}

/** VAT once per rate, half away from zero (as the invoice computes it). */
function vatOf(lines: readonly LineSpec[], sign: 1 | -1): number {
  const byRate = new Map<number, number>();
  for (const line of lines) byRate.set(line.vatRateBp, (byRate.get(line.vatRateBp) ?? 0) + lineNet(line));
  let vat = 0;
  for (const [rate, net] of byRate) vat += Math.floor((net * rate + 5000) / 10000);
  return sign * vat;
}

export async function seedReportFixture(api: TestApi, label: string): Promise<ReportFixture> {
  const workshop = await api.signupWorkshop(`Reports ${label}`);
  const mechanicA = await api.addStaff(workshop, 'mechanic');
  const mechanicB = await api.addStaff(workshop, 'mechanic');
  const names = {
    anna: `Nowak${label}`,
    piotr: `Zielinski${label}`,
    mechanicA: `Marek Mechanic ${label}`,
    mechanicB: `Zofia Wrench ${label}`,
  };
  const clients = { anna: randomUUID(), piotr: randomUUID() };
  await withAdminClient(async (db) => {
    await db.query('begin');
    const t = workshop.tenantId;
    // As the API would: the report rollups' trigger writes under the workshop's RLS context.
    await db.query(`select set_config('app.tenant_id', $1, true)`, [t]);
    await db.query('update users set name = $2 where id = $1', [mechanicA.userId, names.mechanicA]);
    await db.query('update users set name = $2 where id = $1', [mechanicB.userId, names.mechanicB]);
    await db.query(
      `insert into clients (tenant_id, id, first_name, last_name) values ($1, $2, 'Anna', $3), ($1, $4, 'Piotr', $5)`,
      [t, clients.anna, names.anna, clients.piotr, names.piotr],
    );
    const v1 = await vehicle(db, t, clients.anna);
    const v2 = await vehicle(db, t, clients.piotr);
    const v3 = await vehicle(db, t, clients.anna);
    const m1 = mechanicA.userId;
    const m2 = mechanicB.userId;

    // O4: invoiced a second before local midnight starting 1 March: outside March.
    await invoiced(db, t, { vehicle: v1, client: clients.anna, status: 'paid', at: '2026-02-28T22:59:59Z', seq: 1 }, [
      {
        kind: 'labour',
        description: 'Brake pads replacement',
        quantityHundredths: 100,
        unitPriceMinor: 12_000,
        vatRateBp: 2300,
        mechanic: m1,
      },
    ]);
    // O1: the brake job of docs/repairs.md, at local midnight 1 March: inside. Its declined
    // exhaust weld stays on the order and never reaches the invoice.
    const o1 = await invoiced(
      db,
      t,
      { vehicle: v1, client: clients.anna, status: 'paid', at: '2026-02-28T23:00:00Z', seq: 2 },
      [
        {
          kind: 'labour',
          description: 'Brake pads replacement',
          quantityHundredths: 150,
          unitPriceMinor: 12_000,
          vatRateBp: 2300,
          mechanic: m1,
        },
        { kind: 'part', description: 'Brake pad set', quantityHundredths: 200, unitPriceMinor: 3_999, vatRateBp: 2300 },
        { kind: 'fee', description: 'Disposal fee', quantityHundredths: 100, unitPriceMinor: 1_500, vatRateBp: 800 },
      ],
      [
        {
          kind: 'labour',
          description: 'Exhaust weld',
          quantityHundredths: 100,
          unitPriceMinor: 10_000,
          vatRateBp: 2300,
          approval: 'declined',
        },
      ],
    );
    // O3: invoiced mid-March and credited in full a second before local midnight ending March;
    // the credit note sent it back to completed, waiting for a new invoice.
    const o3 = await invoiced(
      db,
      t,
      { vehicle: v3, client: clients.anna, status: 'completed', at: '2026-03-15T11:00:00Z', seq: 3 },
      [
        {
          kind: 'labour',
          description: 'oil  change ',
          quantityHundredths: 100,
          unitPriceMinor: 10_000,
          vatRateBp: 2300,
        },
        { kind: 'fee', description: 'Diagnostics', quantityHundredths: 100, unitPriceMinor: 5_000, vatRateBp: 2300 },
      ],
    );
    await creditNote(db, t, o3, '2026-03-31T21:59:59Z', 4);
    // The DST day, 29 March (local midnights 2026-03-28T23:00Z and 2026-03-29T22:00Z):
    // O8 half an hour before it starts, O2 at 23:30 local on it, O7 half an hour after it ends.
    await invoiced(db, t, { vehicle: v2, client: clients.piotr, status: 'paid', at: '2026-03-28T22:30:00Z', seq: 5 }, [
      { kind: 'fee', description: 'Car wash', quantityHundredths: 100, unitPriceMinor: 2_000, vatRateBp: 800 },
    ]);
    const o2 = await invoiced(
      db,
      t,
      { vehicle: v2, client: clients.piotr, status: 'paid', at: '2026-03-29T21:30:00Z', seq: 6 },
      [
        {
          kind: 'labour',
          description: 'Oil change',
          quantityHundredths: 50,
          unitPriceMinor: 10_000,
          vatRateBp: 2300,
          mechanic: m2,
        },
        {
          kind: 'part',
          description: 'Oil filter and 5W30',
          quantityHundredths: 100,
          unitPriceMinor: 20_000,
          vatRateBp: 2300,
        },
        {
          kind: 'labour',
          description: 'Tyre rotation',
          quantityHundredths: 25,
          unitPriceMinor: 8_000,
          vatRateBp: 2300,
        },
      ],
    );
    await invoiced(db, t, { vehicle: v3, client: clients.anna, status: 'paid', at: '2026-03-29T22:30:00Z', seq: 7 }, [
      { kind: 'fee', description: 'Car wash', quantityHundredths: 100, unitPriceMinor: 2_000, vatRateBp: 800 },
    ]);
    // O5: at local midnight starting 1 April: outside March; still waiting for its money.
    await invoiced(
      db,
      t,
      { vehicle: v2, client: clients.piotr, status: 'invoiced', at: '2026-03-31T22:00:00Z', seq: 8 },
      [{ kind: 'fee', description: 'Diagnostics', quantityHundredths: 100, unitPriceMinor: 1_000, vatRateBp: 2300 }],
    );

    // Open orders: in progress (one line declined), a draft, a completed order without lines,
    // and a cancelled one that is not open.
    const o6 = await order(db, t, v1, clients.anna, 'in_progress', [
      {
        kind: 'labour',
        description: 'Timing belt',
        quantityHundredths: 200,
        unitPriceMinor: 10_000,
        vatRateBp: 2300,
        mechanic: m2,
        approval: 'approved',
      },
      {
        kind: 'part',
        description: 'Water pump',
        quantityHundredths: 100,
        unitPriceMinor: 5_000,
        vatRateBp: 2300,
        approval: 'declined',
      },
      {
        kind: 'fee',
        description: 'Coolant',
        quantityHundredths: 100,
        unitPriceMinor: 999,
        vatRateBp: 800,
        approval: 'approved',
      },
    ]);
    await order(db, t, v2, clients.piotr, 'draft', [
      { kind: 'labour', description: 'Inspection', quantityHundredths: 100, unitPriceMinor: 15_000, vatRateBp: 2300 },
    ]);
    await order(db, t, v3, clients.anna, 'completed', []);
    await order(db, t, v3, clients.anna, 'cancelled', [
      { kind: 'fee', description: 'Never done', quantityHundredths: 100, unitPriceMinor: 70_000, vatRateBp: 2300 },
    ]);

    // Clocks: M1 2 h in March, 30 of 60 minutes across the 1 March midnight, an hour in
    // February; M2 45 minutes on the DST day and a clock running since 23:00 on 31 March.
    await clock(db, t, o1, m1, '2026-03-10T08:00:00Z', '2026-03-10T10:00:00Z');
    await clock(db, t, o1, m1, '2026-02-28T22:30:00Z', '2026-02-28T23:30:00Z');
    await clock(db, t, o1, m1, '2026-02-27T10:00:00Z', '2026-02-27T11:00:00Z');
    await clock(db, t, o2, m2, '2026-03-29T07:00:00Z', '2026-03-29T07:45:00Z');
    await clock(db, t, o6, m2, '2026-03-31T21:00:00Z', null);
    await db.query('commit');
  });
  return { workshop, mechanicA, mechanicB, clients, names };
}

interface OrderRef {
  readonly tenantId: string;
  readonly id: string;
  readonly vehicle: string;
  readonly client: string;
  /** The order's first labour line with a mechanic, for clocks. */
  readonly labourLine?: { readonly id: string; readonly mechanic: string };
  readonly invoice?: { readonly id: string; readonly lines: readonly LineSpec[] };
}

async function vehicle(db: Client, tenantId: string, clientId: string): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into vehicles (tenant_id, id, client_id, make, model) values ($1, $2, $3, 'Skoda', 'Octavia')`,
    [tenantId, id, clientId],
  );
  return id;
}

async function order(
  db: Client,
  tenantId: string,
  vehicleId: string,
  clientId: string,
  status: string,
  lines: readonly LineSpec[],
): Promise<OrderRef> {
  const id = randomUUID();
  await db.query(
    // Numbered from the workshop's counter like the API numbers them (order-numbering.ts).
    `with counter as (
       insert into repair_order_counters (tenant_id, last_number) values ($1, 1)
       on conflict (tenant_id) do update set last_number = repair_order_counters.last_number + 1
       returning last_number
     )
     insert into repair_orders (tenant_id, id, number, vehicle_id, client_id, status, currency)
     select $1, $2, counter.last_number, $3, $4, $5, currency from tenants, counter where id = $1`,
    [tenantId, id, vehicleId, clientId, status],
  );
  const mechanics = [...new Set(lines.flatMap((line) => (line.mechanic ? [line.mechanic] : [])))];
  for (const mechanic of mechanics) {
    await db.query(`insert into repair_order_mechanics (tenant_id, order_id, user_id) values ($1, $2, $3)`, [
      tenantId,
      id,
      mechanic,
    ]);
  }
  let labourLine: OrderRef['labourLine'];
  for (const [index, line] of lines.entries()) {
    const lineId = randomUUID();
    await db.query(
      `insert into repair_order_lines (tenant_id, id, order_id, position, kind, description, quantity_hundredths,
         unit_price_minor, vat_rate_bp, net_minor, mechanic_user_id, approval)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        tenantId,
        lineId,
        id,
        index + 1,
        line.kind,
        line.description,
        line.quantityHundredths,
        line.unitPriceMinor,
        line.vatRateBp,
        lineNet(line),
        line.mechanic ?? null,
        line.approval ?? 'approved',
      ],
    );
    if (line.mechanic && !labourLine) labourLine = { id: lineId, mechanic: line.mechanic };
  }
  return { tenantId, id, vehicle: vehicleId, client: clientId, ...(labourLine ? { labourLine } : {}) };
}

interface InvoiceSpec {
  readonly vehicle: string;
  readonly client: string;
  readonly status: string;
  readonly at: string;
  readonly seq: number;
}

/** An order with `lines` (and `declined` ones) and its invoice, issued at `at`. */
async function invoiced(
  db: Client,
  tenantId: string,
  spec: InvoiceSpec,
  lines: readonly LineSpec[],
  declined: readonly LineSpec[] = [],
): Promise<OrderRef> {
  const ref = await order(db, tenantId, spec.vehicle, spec.client, spec.status, [...lines, ...declined]);
  const id = await document(db, ref, { kind: 'invoice', at: spec.at, seq: spec.seq, lines, sign: 1 });
  return { ...ref, invoice: { id, lines } };
}

async function creditNote(db: Client, tenantId: string, ref: OrderRef, at: string, seq: number): Promise<void> {
  if (!ref.invoice) throw new Error('nothing to credit');
  await document(
    db,
    { ...ref, tenantId },
    { kind: 'credit_note', at, seq, lines: ref.invoice.lines, sign: -1, corrects: ref.invoice.id },
  );
}

async function document(
  db: Client,
  ref: OrderRef,
  doc: { kind: string; at: string; seq: number; lines: readonly LineSpec[]; sign: 1 | -1; corrects?: string },
): Promise<string> {
  const id = randomUUID();
  const net = doc.sign * doc.lines.reduce((sum, line) => sum + lineNet(line), 0);
  const vat = vatOf(doc.lines, doc.sign);
  await db.query(
    `insert into invoices (tenant_id, id, kind, number, year, sequence, repair_order_id, corrects_invoice_id, client_id,
       vehicle_id, currency, locale, time_zone, issued_at, issue_date, sale_date, due_date, net_minor, vat_minor,
       gross_minor, seller, buyer, vehicle, reason)
     select $1, $2, $3, '2026/' || lpad($4::text, 6, '0'), 2026, $4::int, $5, $6, $7, $8, t.currency, 'en', t.time_zone,
            $9::timestamptz, ($9::timestamptz at time zone t.time_zone)::date, ($9::timestamptz at time zone t.time_zone)::date,
            ($9::timestamptz at time zone t.time_zone)::date + 14, $10, $11, $10::bigint + $11::bigint, '{}', '{}', '{}', $12
       from tenants t where t.id = $1`,
    [
      ref.tenantId,
      id,
      doc.kind,
      doc.seq,
      ref.id,
      doc.corrects ?? null,
      ref.client,
      ref.vehicle,
      doc.at,
      net,
      vat,
      doc.corrects ? 'Wrong car' : null,
    ],
  );
  const rows = doc.lines.map((line, index) => ({
    position: index + 1,
    kind: line.kind,
    description: line.description,
    mechanic: line.mechanic ?? null,
    quantity: doc.sign * line.quantityHundredths,
    price: line.unitPriceMinor,
    rate: line.vatRateBp,
    net: doc.sign * lineNet(line),
  }));
  // Invoices get their lines in one statement, as the invoice service writes them; credit notes
  // one statement per line, so the rollup trigger's per-statement arithmetic is tried both ways.
  for (const batch of doc.kind === 'invoice' ? [rows] : rows.map((row) => [row])) {
    await db.query(
      `insert into invoice_lines (tenant_id, invoice_id, id, position, kind, description, mechanic_user_id,
         quantity_hundredths, unit_price_minor, vat_rate_bp, net_minor)
       select $1, $2, gen_random_uuid(), x.position, x.kind, x.description, x.mechanic, x.quantity, x.price, x.rate, x.net
         from unnest($3::int[], $4::text[], $5::text[], $6::uuid[], $7::int[], $8::bigint[], $9::int[], $10::bigint[])
           as x(position, kind, description, mechanic, quantity, price, rate, net)`,
      [
        ref.tenantId,
        id,
        batch.map((row) => row.position),
        batch.map((row) => row.kind),
        batch.map((row) => row.description),
        batch.map((row) => row.mechanic),
        batch.map((row) => row.quantity),
        batch.map((row) => row.price),
        batch.map((row) => row.rate),
        batch.map((row) => row.net),
      ],
    );
  }
  return id;
}

async function clock(
  db: Client,
  tenantId: string,
  ref: OrderRef,
  userId: string,
  startedAt: string,
  stoppedAt: string | null,
): Promise<void> {
  if (!ref.labourLine || ref.labourLine.mechanic !== userId) throw new Error('clock on a line of its own mechanic');
  await db.query(
    `insert into time_entries (tenant_id, id, order_id, line_id, user_id, started_at, stopped_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [tenantId, randomUUID(), ref.id, ref.labourLine.id, userId, startedAt, stoppedAt],
  );
}
