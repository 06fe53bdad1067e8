import { TestApi, TestResponse } from '../../../test/support/test-api';
import { ReportFixture, seedReportFixture } from './repairs-reports-fixtures';

/**
 * Revenue per day, week or month, on the hand-computed fixture of repairs-reports.spec.ts
 * (Europe/Warsaw; its table of invoices is there). 1 March 2026 is a Sunday, so March's ISO
 * weeks are cut: 1 Mar alone, 2-8, 9-15, 16-22, 23-29, 30-31. By local issue day: I0 28 Feb
 * (12 000 / 2 760), I1 1 Mar (27 498 / 6 100), I3 15 Mar (15 000 / 3 450), I8 28 Mar
 * (2 000 / 160), I2 29 Mar (27 000 / 6 210), I7 30 Mar (2 000 / 160), CN3 31 Mar
 * (-15 000 / -3 450), I5 1 Apr (1 000 / 230).
 */

interface Bucket {
  readonly from: string;
  readonly to: string;
  readonly netMinor: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
}
interface Series {
  readonly period: { from: string; to: string; timeZone: string };
  readonly currency: string;
  readonly granularity: string;
  readonly buckets: Bucket[];
}

const bucket = (from: string, to: string, netMinor: number, vatMinor: number): Bucket => ({
  from,
  to,
  netMinor,
  vatMinor,
  grossMinor: netMinor + vatMinor,
});

describe('revenue series: revenue per day, week or month of a range, in the workshop time zone', () => {
  let api: TestApi;
  let fixture: ReportFixture;

  beforeAll(async () => {
    api = await TestApi.start();
    fixture = await seedReportFixture(api, 'S');
  });

  afterAll(() => api.close());

  const get = <T = Series>(query: string, token = fixture.workshop.accessToken) =>
    api.request<T>('GET', `/api/v1/reports/revenue-series?${query}`, { token });

  function ok<T>(response: TestResponse<T>): T {
    if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${response.text}`);
    return response.body;
  }

  it('months of February to April hold each invoice in the month of its local issue day', async () => {
    const series = ok(await get('from=2026-02-01&to=2026-04-30&granularity=month'));
    expect(series.granularity).toBe('month');
    expect(series.period).toMatchObject({ from: '2026-02-01', to: '2026-04-30', timeZone: 'Europe/Warsaw' });
    expect(series.buckets).toEqual([
      bucket('2026-02-01', '2026-02-28', 12_000, 2_760),
      bucket('2026-03-01', '2026-03-31', 58_498, 12_630),
      bucket('2026-04-01', '2026-04-30', 1_000, 230),
    ]);
  });

  it('ISO weeks of March are cut at the range ends and add up to the March revenue report', async () => {
    const series = ok(await get('from=2026-03-01&to=2026-03-31&granularity=week'));
    expect(series.buckets).toEqual([
      bucket('2026-03-01', '2026-03-01', 27_498, 6_100),
      bucket('2026-03-02', '2026-03-08', 0, 0),
      bucket('2026-03-09', '2026-03-15', 15_000, 3_450),
      bucket('2026-03-16', '2026-03-22', 0, 0),
      bucket('2026-03-23', '2026-03-29', 29_000, 6_370),
      bucket('2026-03-30', '2026-03-31', -13_000, -3_290),
    ]);
    const total = ok(
      await api.request<{ netMinor: number; vatMinor: number }>(
        'GET',
        '/api/v1/reports/revenue?from=2026-03-01&to=2026-03-31',
        { token: fixture.workshop.accessToken },
      ),
    );
    const sum = (key: 'netMinor' | 'vatMinor') => series.buckets.reduce((acc, b) => acc + b[key], 0);
    expect({ net: sum('netMinor'), vat: sum('vatMinor') }).toEqual({ net: total.netMinor, vat: total.vatMinor });
  });

  it('days are the default, every day answers (empty ones as zeros), the DST day holds its invoice', async () => {
    const series = ok(await get('from=2026-03-28&to=2026-04-01'));
    expect(series.granularity).toBe('day');
    expect(series.buckets).toEqual([
      bucket('2026-03-28', '2026-03-28', 2_000, 160),
      bucket('2026-03-29', '2026-03-29', 27_000, 6_210),
      bucket('2026-03-30', '2026-03-30', 2_000, 160),
      bucket('2026-03-31', '2026-03-31', -15_000, -3_450),
      bucket('2026-04-01', '2026-04-01', 1_000, 230),
    ]);
  });

  it('a whole leap year by day is 366 buckets', async () => {
    expect(ok(await get('from=2028-01-01&to=2028-12-31&granularity=day')).buckets).toHaveLength(366);
  });

  it('a mechanic gets 403 problem+json', async () => {
    const refused = await get('from=2026-03-01&to=2026-03-31', fixture.mechanicA.accessToken);
    expect(refused.status).toBe(403);
    expect(String(refused.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['an unknown granularity', 'from=2026-03-01&to=2026-03-31&granularity=year'],
    ['no dates', 'granularity=day'],
    ['to before from', 'from=2026-03-31&to=2026-03-01'],
    ['more than 366 days', 'from=2026-01-01&to=2027-01-02&granularity=month'],
    ['an unknown parameter', 'from=2026-03-01&to=2026-03-31&bucket=day'],
  ])('%s answers 400 problem+json', async (_label, query) => {
    const response = await get(query);
    expect({ query, status: response.status }).toEqual({ query, status: 400 });
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });

  it('is in the OpenAPI document with its granularity enum', async () => {
    const docs = await api.request<{ paths: Record<string, { get?: { parameters?: { name: string }[] } }> }>(
      'GET',
      '/api/docs-json',
    );
    const parameters = docs.body.paths['/api/v1/reports/revenue-series']?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(['from', 'granularity', 'to']);
  });
});
