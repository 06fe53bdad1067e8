import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import type { components } from '@/lib/api/schema.gen';
import type { ReportRange } from '../utils/report-range';

export type RevenueReport = components['schemas']['RevenueReportResponse'];
export type RevenueSeries = components['schemas']['RevenueSeriesReportResponse'];
export type RevenueBucket = components['schemas']['RevenueBucketResponse'];
export type MechanicHoursReport = components['schemas']['MechanicHoursReportResponse'];
export type MechanicHours = components['schemas']['MechanicHoursResponse'];
export type TopClient = components['schemas']['TopClientResponse'];
export type TopService = components['schemas']['TopServiceResponse'];
export type OpenOrdersReport = components['schemas']['OpenOrdersReportResponse'];
export type OpenOrdersStatus = components['schemas']['OpenOrdersStatusResponse'];

// One query per report (the API answers each with one statement): they load in parallel and a
// slow one never holds up the rest. The previous range stays on screen while the next loads.
const keep = { placeholderData: keepPreviousData };
const dates = (range: ReportRange) => ({ from: range.from, to: range.to });

export function useRevenueReport(range: ReportRange) {
  return $api.useQuery('get', '/api/v1/reports/revenue', { params: { query: dates(range) } }, keep);
}

export function useRevenueSeries(range: ReportRange) {
  return $api.useQuery(
    'get',
    '/api/v1/reports/revenue-series',
    { params: { query: { ...dates(range), granularity: range.granularity } } },
    keep,
  );
}

export function useMechanicHours(range: ReportRange) {
  return $api.useQuery('get', '/api/v1/reports/mechanic-hours', { params: { query: dates(range) } }, keep);
}

export function useTopClients(range: ReportRange) {
  return $api.useQuery(
    'get',
    '/api/v1/reports/top-clients',
    { params: { query: { ...dates(range), limit: 10 } } },
    keep,
  );
}

export function useTopServices(range: ReportRange) {
  return $api.useQuery(
    'get',
    '/api/v1/reports/top-services',
    { params: { query: { ...dates(range), limit: 10 } } },
    keep,
  );
}

/** A snapshot now, whatever the range: refreshed when the person comes back to the tab. */
export function useOpenOrders() {
  return $api.useQuery('get', '/api/v1/reports/open-orders', {}, { refetchOnWindowFocus: true });
}
