import { useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import type { components } from '@/lib/api/schema.gen';

export type JobOrder = components['schemas']['RepairOrderResponse'];
export type JobLine = components['schemas']['RepairOrderLineResponse'];
export type JobTime = components['schemas']['OrderTimeResponse'];
export type MyClock = components['schemas']['MyClockResponse'];
export type TimeEntry = components['schemas']['TimeEntryResponse'];

/**
 * How often the jobs and the running clock ask again (and on every return to the window): a
 * clock started on another device, or an order assigned at the desk, shows up within this.
 */
export const JOBS_POLL_MS = 15_000;

export const MY_CLOCK = '/api/v1/me/clock' as const;
export const MY_CLOCK_KEY = ['get', MY_CLOCK] as const;

/** The orders the signed-in person is assigned to, by status (the board's "mine" filter). */
export function useMyBoard() {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders/board',
    { params: { query: { mine: true, perColumn: 50 } } },
    { refetchInterval: JOBS_POLL_MS, refetchOnWindowFocus: true },
  );
}

/** One job's order: complaint and lines. */
export function useJobOrder(orderId: string) {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders/{id}',
    { params: { path: { id: orderId } } },
    { refetchInterval: JOBS_POLL_MS, refetchOnWindowFocus: true },
  );
}

/** Hours clocked per labour line, as of the read; the screen counts on from there while a clock runs. */
export function useJobTime(orderId: string) {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders/{id}/time',
    { params: { path: { id: orderId } } },
    { refetchInterval: JOBS_POLL_MS, refetchOnWindowFocus: true },
  );
}

/** The person's running clock (one at most), for the pill on every page and the job's buttons. */
export function useRunningClock() {
  return $api.useQuery('get', MY_CLOCK, undefined, {
    refetchInterval: JOBS_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** The car-ready step: the same transition call the board and the order page make. */
export function useMoveJob() {
  return $api.useMutation('post', '/api/v1/repair-orders/{id}/transitions');
}

/** After a clock or status change: everything that shows clocks or jobs asks again. */
export function useRefreshJobs() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MY_CLOCK_KEY }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/board'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}/time'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}/time-entries'] }),
    ]);
}
