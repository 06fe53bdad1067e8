import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

export type Appointment = components['schemas']['AppointmentResponse'];
export type AppointmentPage = components['schemas']['AppointmentPageResponse'];
export type AppointmentListWhen = components['schemas']['AppointmentListWhen'];

/** Whose bookings a card lists: a client's (all their cars) or one vehicle's. */
export type AppointmentOwner = { readonly clientId: string } | { readonly vehicleId: string };

/** One page of the owner's upcoming (soonest first) or past (latest first) bookings. */
export function useAppointmentList(owner: AppointmentOwner, when: AppointmentListWhen, limit: number) {
  const [kind, id] =
    'clientId' in owner ? (['client', owner.clientId] as const) : (['vehicle', owner.vehicleId] as const);
  return useQuery({
    queryKey: ['appointments', `by-${kind}`, id, when, limit],
    queryFn: (): Promise<AppointmentPage> => {
      const params = { params: { path: { id }, query: { when, limit } } };
      return unwrap(
        kind === 'client'
          ? api.GET('/api/v1/appointments/by-client/{id}', params)
          : api.GET('/api/v1/appointments/by-vehicle/{id}', params),
      );
    },
    placeholderData: keepPreviousData,
  });
}
