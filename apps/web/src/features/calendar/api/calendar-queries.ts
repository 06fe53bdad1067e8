import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { $api, api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

export type CalendarData = components['schemas']['CalendarResponse'];
export type CalendarBlock = components['schemas']['CalendarAppointmentResponse'];
export type CalendarDay = components['schemas']['CalendarDayResponse'];
export type AppointmentStatus = components['schemas']['AppointmentStatus'];
export type SearchItem = components['schemas']['SearchItemResponse'];

/** The calendar polls this often; it also asks again when the window regains focus. */
export const CALENDAR_POLL_MS = 30_000;

const calendarKey = (from: string, to: string) => ['calendar', from, to] as const;

/** A day or a week of the calendar; the previous range stays on screen while the next loads. */
export function useCalendar(from: string, to: string) {
  return useQuery({
    queryKey: calendarKey(from, to),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/appointments', { params: { query: { from, to } }, signal })),
    placeholderData: keepPreviousData,
    refetchInterval: CALENDAR_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export interface MoveInput {
  readonly id: string;
  readonly bay: number;
  readonly startsAt: string;
  readonly endsAt: string;
}

/**
 * Moves or resizes a block, optimistically: it jumps at once, and goes back where it was when the
 * API refuses (the caller shows the reason). Every calendar range asks again afterwards.
 */
export function useMoveAppointment(from: string, to: string) {
  const queryClient = useQueryClient();
  const key = calendarKey(from, to);
  return useMutation({
    mutationFn: (input: MoveInput) =>
      unwrap(
        api.POST('/api/v1/appointments/{id}/move', {
          params: { path: { id: input.id } },
          body: { startsAt: input.startsAt, endsAt: input.endsAt, bay: input.bay },
        }),
      ),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<CalendarData>(key);
      if (before) queryClient.setQueryData<CalendarData>(key, movedIn(before, input));
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

/** `data` with the block `input.id` at its new time and bay. */
export function movedIn(data: CalendarData, input: MoveInput): CalendarData {
  const block = data.lanes.flatMap((lane) => lane.appointments).find((candidate) => candidate.id === input.id);
  if (!block) return data;
  const moved = { ...block, bay: input.bay, startsAt: input.startsAt, endsAt: input.endsAt };
  return {
    ...data,
    lanes: data.lanes.map((lane) => ({
      ...lane,
      appointments: [
        ...lane.appointments.filter((candidate) => candidate.id !== input.id),
        ...(lane.bay === input.bay ? [moved] : []),
      ],
    })),
  };
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: AppointmentStatus }) =>
      unwrap(api.POST('/api/v1/appointments/{id}/status', { params: { path: { id } }, body: { status } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useCreateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateAppointmentDto']) =>
      unwrap(api.POST('/api/v1/appointments', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

/** Opens a repair order for a checked-in appointment's vehicle; the answer carries its number. */
export function useOpenRepairOrder() {
  return useMutation({
    mutationFn: (body: { vehicleId: string; clientId: string; appointmentId: string }) =>
      unwrap(api.POST('/api/v1/repair-orders', { body })),
  });
}

/** The active services of the catalog, for the booking dialog. */
export function useServices(enabled: boolean) {
  return $api.useQuery('get', '/api/v1/services', {}, { enabled, staleTime: 60_000 });
}

/** Clients and vehicles for what was typed, ranked by the server (the palette's search). */
export function useClientSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['calendar', 'search', q],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/search', { params: { query: { q, types: ['client', 'vehicle'], limit: 8 } }, signal })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
}

/** A client's vehicles, to book one of them. */
export function useClientVehicles(clientId: string | null) {
  return $api.useQuery(
    'get',
    '/api/v1/clients/{id}/vehicles',
    { params: { path: { id: clientId ?? '' }, query: { limit: 100 } } },
    { enabled: clientId !== null },
  );
}
