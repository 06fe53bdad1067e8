import { TestApi, TestResponse, withAdminClient, withAppClient } from '../../../test/support/test-api';
import { addCarWithEmail, completedOrder, issue, setBilling, signupWorkshop } from './invoice-fixtures';
import { ReportFixture, seedReportFixture } from './repairs-reports-fixtures';

/**
 * Owner and manager reports against a fixture whose every number was worked out by hand (the
 * tables below and in docs/repairs-reports.md). The fixture's workshop is in Europe/Warsaw; March
 * 2026 runs from 2026-02-28T23:00Z (CET) to 2026-03-31T22:00Z (CEST).
 *
 * Invoices (net / VAT / gross; lines quantity x price @ VAT):
 * | doc  | issued (UTC)         | local             | lines                                                             | net     | VAT    | gross   | March |
 * | I0   | 2026-02-28T22:59:59Z | 28 Feb 23:59:59   | labour 1 h x 12 000 @23 % (M1)                                    | 12 000  | 2 760  | 14 760  | no    |
 * | I1   | 2026-02-28T23:00:00Z | 1 Mar 00:00:00    | labour 1.5 h x 12 000 @23 % (M1); 2 x 3 999 @23 %; 1 x 1 500 @8 % | 27 498  | 6 100  | 33 598  | yes   |
 * | I3   | 2026-03-15T11:00:00Z | 15 Mar            | labour 1 h x 10 000 @23 % (nobody); fee 1 x 5 000 @23 %           | 15 000  | 3 450  | 18 450  | yes   |
 * | CN3  | 2026-03-31T21:59:59Z | 31 Mar 23:59:59   | I3 negated                                                        | -15 000 | -3 450 | -18 450 | yes   |
 * | I8   | 2026-03-28T22:30:00Z | 28 Mar 23:30      | fee 1 x 2 000 @8 %                                                | 2 000   | 160    | 2 160   | yes   |
 * | I2   | 2026-03-29T21:30:00Z | 29 Mar 23:30 DST  | labour 0.5 h x 10 000 (M2); 1 x 20 000; labour 0.25 h x 8 000, @23 % | 27 000 | 6 210 | 33 210 | yes   |
 * | I7   | 2026-03-29T22:30:00Z | 30 Mar 00:30      | fee 1 x 2 000 @8 %                                                | 2 000   | 160    | 2 160   | yes   |
 * | I5   | 2026-03-31T22:00:00Z | 1 Apr 00:00:00    | fee 1 x 1 000 @23 %                                               | 1 000   | 230    | 1 230   | no    |
 * March: net 58 498, VAT 12 630 (8 %: 5 500 -> 440; 23 %: 52 998 -> 5 980 + 6 210 + 3 450 - 3 450),
 * gross 71 128; 5 invoices on 3 cars and 1 credit note, so 4 orders invoiced net (O3's invoice was
 * taken back); average 71 128 / 4 = 17 782.
 */

const MARCH = 'from=2026-03-01&to=2026-03-31';

describe('repair reports: a fixture workshop reports exactly the hand-computed numbers', () => {
  let api: TestApi;
  let fixture: ReportFixture;
  let currency: string;
  let manager: string;

  beforeAll(async () => {
    api = await TestApi.start();
    fixture = await seedReportFixture(api, 'A');
    manager = (await api.addStaff(fixture.workshop, 'manager')).accessToken;
    const me = await api.request<{ workshop: { currency: string } }>('GET', '/api/v1/me', {
      token: fixture.workshop.accessToken,
    });
    currency = me.body.workshop.currency;
  });

  afterAll(() => api.close());

  const get = <T = Record<string, unknown>>(path: string, token = fixture.workshop.accessToken) =>
    api.request<T>('GET', `/api/v1/reports/${path}`, { token });

  function ok<T>(response: TestResponse<T>): T {
    if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${response.text}`);
    return response.body;
  }

  it('revenue for March: net, VAT by rate, gross, credit note subtracted, counts and average order', async () => {
    expect(ok(await get(`revenue?${MARCH}`))).toEqual({
      period: {
        from: '2026-03-01',
        to: '2026-03-31',
        timeZone: 'Europe/Warsaw',
        start: '2026-02-28T23:00:00.000Z',
        end: '2026-03-31T22:00:00.000Z',
      },
      currency,
      netMinor: 58_498,
      vatMinor: 12_630,
      grossMinor: 71_128,
      byVatRate: [
        { vatRateBp: 800, netMinor: 5_500, vatMinor: 440, grossMinor: 5_940 },
        { vatRateBp: 2300, netMinor: 52_998, vatMinor: 12_190, grossMinor: 65_188 },
      ],
      split: { labourNetMinor: 25_000, partsNetMinor: 27_998, feesNetMinor: 5_500 },
      invoiceCount: 5,
      creditNoteCount: 1,
      carCount: 3,
      invoicedOrderCount: 4,
      averageOrderGrossMinor: 17_782,
    });
  });

  it('the DST day 29 March is 23 hours long and holds only the invoice issued at 23:30 local time', async () => {
    const report = ok(
      await get<{ period: unknown; grossMinor: number; invoiceCount: number }>('revenue?from=2026-03-29&to=2026-03-29'),
    );
    expect(report.period).toEqual({
      from: '2026-03-29',
      to: '2026-03-29',
      timeZone: 'Europe/Warsaw',
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect({ gross: report.grossMinor, invoices: report.invoiceCount }).toEqual({ gross: 33_210, invoices: 1 });
  });

  it('a range holding only the credit note reports negative revenue', async () => {
    const report = ok(await get<Record<string, unknown>>('revenue?from=2026-03-31&to=2026-03-31'));
    expect(report).toMatchObject({
      netMinor: -15_000,
      vatMinor: -3_450,
      grossMinor: -18_450,
      invoiceCount: 0,
      creditNoteCount: 1,
      carCount: 0,
      invoicedOrderCount: -1,
      averageOrderGrossMinor: null,
      byVatRate: [{ vatRateBp: 2300, netMinor: -15_000, vatMinor: -3_450, grossMinor: -18_450 }],
      split: { labourNetMinor: -10_000, partsNetMinor: 0, feesNetMinor: -5_000 },
    });
  });

  it('an empty range reports zeros, not nulls', async () => {
    expect(ok(await get<Record<string, unknown>>('revenue?from=2025-01-01&to=2025-12-31'))).toMatchObject({
      netMinor: 0,
      vatMinor: 0,
      grossMinor: 0,
      byVatRate: [],
      split: { labourNetMinor: 0, partsNetMinor: 0, feesNetMinor: 0 },
      invoiceCount: 0,
      averageOrderGrossMinor: null,
    });
  });

  it('hours sold (per responsible mechanic, unassigned apart) vs hours clocked inside March', async () => {
    // Sold: M1 1.5 h (I1; I0 is February); M2 0.5 h (I2); nobody 0.25 h (I2) + 1 h (I3) - 1 h (CN3).
    // Clocked: M1 2 h + the 30 of 60 minutes after the 1 March midnight (February's hour not);
    // M2 45 minutes + the running clock's hour up to the 1 April midnight.
    const report = ok(await get(`mechanic-hours?${MARCH}`));
    expect(report).toEqual({
      period: expect.objectContaining({ start: '2026-02-28T23:00:00.000Z' }),
      currency,
      mechanics: [
        {
          userId: fixture.mechanicA.userId,
          name: fixture.names.mechanicA,
          soldHours: 1.5,
          labourNetMinor: 18_000,
          clockedHours: 2.5,
          efficiencyPercent: 60,
        },
        {
          userId: fixture.mechanicB.userId,
          name: fixture.names.mechanicB,
          soldHours: 0.5,
          labourNetMinor: 5_000,
          clockedHours: 1.75,
          efficiencyPercent: 29,
        },
      ],
      unassigned: { soldHours: 0.25, labourNetMinor: 2_000 },
      total: { soldHours: 2.25, labourNetMinor: 25_000, clockedHours: 4.25 },
    });
  });

  it('top clients by gross, credit notes subtracted, limited', async () => {
    // Anna: I1 33 598 + I3 18 450 - CN3 18 450 + I7 2 160; Piotr: I2 33 210 + I8 2 160.
    const anna = {
      clientId: fixture.clients.anna,
      firstName: 'Anna',
      lastName: fixture.names.anna,
      grossMinor: 35_758,
      netMinor: 29_498,
      invoiceCount: 3,
    };
    const piotr = {
      clientId: fixture.clients.piotr,
      firstName: 'Piotr',
      lastName: fixture.names.piotr,
      grossMinor: 35_370,
      netMinor: 29_000,
      invoiceCount: 2,
    };
    expect(ok(await get<{ items: unknown[] }>(`top-clients?${MARCH}`)).items).toEqual([anna, piotr]);
    expect(ok(await get<{ items: unknown[] }>(`top-clients?${MARCH}&limit=1`)).items).toEqual([anna]);
  });

  it('top services: labour and fees grouped by folded description, parts and cancelled groups left out', async () => {
    // "Oil change" (I2) and "oil  change " (I3, credited) are one service; Diagnostics nets 0.
    expect(ok(await get<{ items: unknown[] }>(`top-services?${MARCH}`)).items).toEqual([
      { kind: 'labour', description: 'Brake pads replacement', lineCount: 1, quantity: 1.5, netMinor: 18_000 },
      { kind: 'labour', description: 'Oil change', lineCount: 1, quantity: 0.5, netMinor: 5_000 },
      { kind: 'fee', description: 'Car wash', lineCount: 2, quantity: 2, netMinor: 4_000 },
      { kind: 'labour', description: 'Tyre rotation', lineCount: 1, quantity: 0.25, netMinor: 2_000 },
      { kind: 'fee', description: 'Disposal fee', lineCount: 1, quantity: 1, netMinor: 1_500 },
    ]);
    expect(ok(await get<{ items: unknown[] }>(`top-services?${MARCH}&limit=2`)).items).toHaveLength(2);
  });

  it('open orders now: every status that is not final, declined lines not counted, cancelled not open', async () => {
    // in_progress: 2 h x 10 000 @23 % + 1 x 999 @8 % (the 5 000 water pump was declined):
    // net 20 999, VAT 4 600 + 79.92 -> 80. draft: 15 000 + 3 450. completed: one without lines
    // and O3, back from its credit note: 10 000 + 5 000 @23 %. invoiced (O5, unpaid): 1 000 + 230.
    // Paid and cancelled orders are not open.
    const report = ok(
      await get<{ asOf: string; currency: string; statuses: Record<string, unknown>[]; total: unknown }>('open-orders'),
    );
    expect(report.currency).toBe(currency);
    const zero = { count: 0, netMinor: 0, vatMinor: 0, grossMinor: 0, oldestStatusChangedAt: null };
    const open = (status: string, count: number, netMinor: number, vatMinor: number) => ({
      status,
      count,
      netMinor,
      vatMinor,
      grossMinor: netMinor + vatMinor,
      oldestStatusChangedAt: expect.any(String),
    });
    expect(report.statuses).toEqual([
      open('draft', 1, 15_000, 3_450),
      { status: 'estimate_sent', ...zero },
      { status: 'approved', ...zero },
      open('in_progress', 1, 20_999, 4_680),
      { status: 'waiting_parts', ...zero },
      open('completed', 2, 15_000, 3_450),
      open('invoiced', 1, 1_000, 230),
    ]);
    expect(report.total).toEqual({ count: 5, netMinor: 51_999, vatMinor: 11_810, grossMinor: 63_809 });
  });

  it('a manager reads every report; a mechanic gets 403 on every one', async () => {
    const paths = [
      `revenue?${MARCH}`,
      `mechanic-hours?${MARCH}`,
      `top-clients?${MARCH}`,
      `top-services?${MARCH}`,
      'open-orders',
    ];
    for (const path of paths) {
      expect({ path, status: (await get(path, manager)).status }).toEqual({ path, status: 200 });
      const refused = await get(path, fixture.mechanicA.accessToken);
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
      expect(String(refused.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
  });

  it.each([
    ['no dates', 'revenue'],
    ['a missing to', 'revenue?from=2026-03-01'],
    ['not a date', 'revenue?from=2026-03-01&to=tomorrow'],
    ['an impossible date', 'top-clients?from=2026-02-30&to=2026-03-31'],
    ['to before from', 'mechanic-hours?from=2026-03-31&to=2026-03-01'],
    ['more than 366 days', 'top-services?from=2026-01-01&to=2027-01-02'],
    ['a limit of 0', `top-clients?${MARCH}&limit=0`],
    ['a limit over 50', `top-services?${MARCH}&limit=51`],
    ['an unknown parameter', `revenue?${MARCH}&tenantId=${'0'.repeat(8)}-0000-4000-8000-000000000000`],
  ])('%s answers 400 problem+json', async (_label, path) => {
    const response = await get(path);
    expect({ path, status: response.status }).toEqual({ path, status: 400 });
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });

  it('366 days (a leap year) is the longest range', async () => {
    expect((await get('revenue?from=2028-01-01&to=2028-12-31')).status).toBe(200);
  });

  it('the daily rollups hold exactly what the invoice lines add up to, VAT rounded per document and rate', async () => {
    const compare = await withAdminClient(async (db) => {
      const { rows } = await db.query<{ rollup: unknown; lines: unknown }>(
        `select
           (select json_agg(r order by r.day, r.vat_rate_bp) from (
              select day, vat_rate_bp, net_minor::bigint as net, vat_minor::bigint as vat
                from report_revenue_days where tenant_id = $1) r) as rollup,
           (select json_agg(r order by r.day, r.vat_rate_bp) from (
              select day, vat_rate_bp, sum(net)::bigint as net,
                     sum(sign(net) * div(abs(net) * vat_rate_bp + 5000, 10000))::bigint as vat
                from (select (i.issued_at at time zone i.time_zone)::date as day, l.vat_rate_bp, sum(l.net_minor) as net
                        from invoices i join invoice_lines l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                       where i.tenant_id = $1 group by i.id, 1, 2) per_document
               group by day, vat_rate_bp) r) as lines`,
        [fixture.workshop.tenantId],
      );
      return rows[0]!;
    });
    expect(compare.rollup).toEqual(compare.lines);
    expect(compare.lines).toHaveLength(9);
  });

  it('the application role reads the rollups but cannot write them', async () => {
    const failure = await withAppClient(async (db) => {
      await db.query('begin');
      await db.query(`select set_config('app.tenant_id', $1, true)`, [fixture.workshop.tenantId]);
      const seen = await db.query('select count(*)::int as n from report_line_days');
      const refused = await db.query(`update report_revenue_days set net_minor = 0`).then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
      await db.query('rollback');
      return { seen: (seen.rows[0] as { n: number }).n > 0, refused };
    });
    expect(failure).toEqual({ seen: true, refused: '42501' });
  });

  it('an invoice and its credit note issued through the API (app role, RLS) move the reports of their day', async () => {
    const workshop = await signupWorkshop(api);
    await setBilling(api, workshop);
    const car = await addCarWithEmail(api, workshop);
    const order = await completedOrder(api, workshop, car);
    const invoice = await issue(api, workshop, order.id);
    const day = `from=${invoice.issueDate}&to=${invoice.issueDate}`;
    const get = <T>(path: string) => api.request<T>('GET', `/api/v1/reports/${path}`, { token: workshop.accessToken });
    // STANDARD_LINES: labour 1.5 h x 20 000, parts 2 x 12 345 at 23 %; a fee of 1 999 at 8 %.
    expect((await get(`revenue?${day}`)).body).toMatchObject({
      netMinor: invoice.totals.netMinor,
      vatMinor: invoice.totals.vatMinor,
      grossMinor: invoice.totals.grossMinor,
      byVatRate: invoice.totals.vat.map((group) => ({ ...group, grossMinor: group.netMinor + group.vatMinor })),
      split: { labourNetMinor: 30_000, partsNetMinor: 24_690, feesNetMinor: 1_999 },
      invoiceCount: 1,
      carCount: 1,
      invoicedOrderCount: 1,
    });
    expect((await get(`mechanic-hours?${day}`)).body).toMatchObject({ unassigned: { soldHours: 1.5 } });

    const credited = await api.request<{ issueDate: string }>('POST', `/api/v1/invoices/${invoice.id}/credit-note`, {
      token: workshop.accessToken,
      body: { reason: 'Wrong car' },
    });
    expect(credited.status).toBe(201);
    const both = `from=${invoice.issueDate}&to=${credited.body.issueDate}`;
    const after = (await get<{ byVatRate: { netMinor: number; vatMinor: number }[] }>(`revenue?${both}`)).body;
    expect(after).toMatchObject({ netMinor: 0, vatMinor: 0, grossMinor: 0, invoiceCount: 1, creditNoteCount: 1 });
    expect(after.byVatRate.map((group) => [group.netMinor, group.vatMinor])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect((await get<{ items: unknown[] }>(`top-services?${both}`)).body.items).toEqual([]);
  });

  it('lists the report routes in the OpenAPI document', async () => {
    const docs = await api.request<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/reports/revenue',
        '/api/v1/reports/mechanic-hours',
        '/api/v1/reports/top-clients',
        '/api/v1/reports/top-services',
        '/api/v1/reports/open-orders',
      ]),
    );
  });
});
