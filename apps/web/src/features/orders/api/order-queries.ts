import { useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

export type Order = components['schemas']['RepairOrderResponse'];
export type OrderLine = components['schemas']['RepairOrderLineResponse'];
export type OrderStatus = components['schemas']['RepairOrderStatus'];
export type EstimateVersion = components['schemas']['EstimateVersionResponse'];
export type OrderTime = components['schemas']['OrderTimeResponse'];
export type TimeEntry = components['schemas']['TimeEntryResponse'];
export type StaffMember = components['schemas']['StaffMemberResponse'];

const ORDER = '/api/v1/repair-orders/{id}' as const;

export function useOrder(id: string) {
  return $api.useQuery('get', ORDER, { params: { path: { id } } });
}

export function useVehicleOf(order: Order) {
  return $api.useQuery('get', '/api/v1/vehicles/{id}', { params: { path: { id: order.vehicleId } } });
}

export function useClientOf(order: Order) {
  return $api.useQuery(
    'get',
    '/api/v1/clients/{id}',
    { params: { path: { id: order.clientId ?? '' } } },
    { enabled: order.clientId !== null },
  );
}

/** The appointment the car came in for: its end is the time promised to the customer. */
export function useAppointmentOf(order: Order) {
  return $api.useQuery(
    'get',
    '/api/v1/appointments/{id}',
    { params: { path: { id: order.appointmentId ?? '' } } },
    { enabled: order.appointmentId !== null },
  );
}

export function useEstimates(orderId: string) {
  return $api.useQuery('get', '/api/v1/repair-orders/{id}/estimates', {
    params: { path: { id: orderId }, query: { limit: 100 } },
  });
}

/** Clocked against sold hours; polled while a clock runs so the figures move. */
export function useOrderTime(orderId: string) {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders/{id}/time',
    { params: { path: { id: orderId } } },
    { refetchInterval: (query) => (query.state.data?.lines.some((line) => line.runningClocks > 0) ? 30_000 : false) },
  );
}

export function useTimeEntries(orderId: string) {
  return $api.useQuery('get', '/api/v1/repair-orders/{id}/time-entries', {
    params: { path: { id: orderId }, query: { limit: 100 } },
  });
}

export function useMyClock() {
  return $api.useQuery('get', '/api/v1/me/clock');
}

export function useStaff(enabled: boolean) {
  return $api.useQuery('get', '/api/v1/staff', { params: { query: { limit: 100 } } }, { enabled });
}

export function useCatalog(enabled: boolean) {
  return $api.useQuery('get', '/api/v1/services', {}, { enabled });
}

export function usePartSearch(q: string, enabled: boolean) {
  return $api.useQuery(
    'get',
    '/api/v1/parts',
    { params: { query: { q: q.trim() === '' ? undefined : q.trim(), active: true, limit: 20 } } },
    { enabled },
  );
}

export function useOrderAudit(orderId: string) {
  return $api.useQuery('get', '/api/v1/audit-events', { params: { query: { entityId: orderId, limit: 50 } } });
}

/** After a write on the order: the order, its time, estimates, mail, audit trail and the caller's clock ask again. */
export function useRefreshOrder() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', ORDER] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}/time'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}/time-entries'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}/estimates'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/audit-events'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/mail-log'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/clock'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/parts'] }),
    ]);
  };
}

/** A read by id that found nothing: 404, or 400 for an id that is not even a UUID (a mangled URL). */
export function isNotFound(error: unknown): boolean {
  const status = asProblem(error)?.status;
  return status === 404 || status === 400;
}

/** Mail the workshop sent about this order (its estimates, the car-ready notice), newest first. */
export function useOrderMail(orderId: string) {
  return $api.useQuery('get', '/api/v1/mail-log', { params: { query: { orderId, limit: 50 } } });
}
