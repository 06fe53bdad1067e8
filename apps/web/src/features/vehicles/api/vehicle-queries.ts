import { keepPreviousData, useQueries, useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { DEFAULT_VEHICLE_SORT, VEHICLES_PER_PAGE, type VehicleListSearch } from '../utils/vehicle-list-search';

export type Vehicle = components['schemas']['VehicleResponse'];
export type FuelType = components['schemas']['FuelType'];
export type SearchItem = components['schemas']['SearchItemResponse'];
export type MileageReading = components['schemas']['MileageReadingResponse'];

/** Readings the vehicle page shows: the newest ones; a car rarely has more. */
export const MILEAGE_READINGS_SHOWN = 100;

/** One page of the workshop's vehicles, as the URL asks; the last page stays while the next loads. */
export function useVehiclePage(search: VehicleListSearch, enabled: boolean) {
  return $api.useQuery(
    'get',
    '/api/v1/vehicles',
    {
      params: {
        query: { page: search.page ?? 1, limit: VEHICLES_PER_PAGE, sort: search.sort ?? DEFAULT_VEHICLE_SORT },
      },
    },
    { enabled, placeholderData: keepPreviousData },
  );
}

/** Server-ranked vehicles for what was typed (plate in any spelling, owner, phone, VIN tail). */
export function useVehicleSearch(query: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/v1/search',
    { params: { query: { q: query ?? '', types: ['vehicle'], limit: 50 } } },
    { enabled: Boolean(query), placeholderData: keepPreviousData },
  );
}

/** Opening the vehicle also puts it on top of the person's recent vehicles (the API records it). */
export function useVehicle(id: string) {
  return $api.useQuery('get', '/api/v1/vehicles/{id}', { params: { path: { id } } });
}

/** The vehicle's odometer readings, newest first (typed on it, or noted at an order's intake). */
export function useMileageHistory(vehicleId: string) {
  return $api.useQuery('get', '/api/v1/vehicles/{id}/mileage', {
    params: { path: { id: vehicleId }, query: { page: 1, limit: MILEAGE_READINGS_SHOWN } },
  });
}

/** The full VIN, on request only: every reveal is recorded in the audit trail. */
export function useRevealVin() {
  return $api.useMutation('get', '/api/v1/vehicles/{id}/vin');
}

export function useOwner(clientId: string | null) {
  return $api.useQuery(
    'get',
    '/api/v1/clients/{id}',
    { params: { path: { id: clientId ?? '' } } },
    { enabled: clientId !== null },
  );
}

/** Owners' names for a page of vehicles: one cached read per distinct client. */
export function useOwnerNames(clientIds: readonly (string | null)[]): ReadonlyMap<string, string> {
  const ids = [...new Set(clientIds.filter((id): id is string => id !== null))];
  const owners = useQueries({
    queries: ids.map((id) =>
      $api.queryOptions('get', '/api/v1/clients/{id}', { params: { path: { id } } }, { staleTime: 60_000 }),
    ),
  });
  const names = new Map<string, string>();
  owners.forEach((owner) => {
    if (owner.data) names.set(owner.data.id, `${owner.data.firstName} ${owner.data.lastName}`);
  });
  return names;
}

/** After a write: every vehicle read (lists, the page, recent ones, search hits) asks again. */
export function useRefreshVehicles() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/vehicles'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/vehicles/{id}'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/vehicles/{id}/mileage'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/vehicles/recent'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/clients/{id}/vehicles'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/search'] }),
      queryClient.invalidateQueries({ queryKey: ['vehicles', 'recent'] }),
    ]);
  };
}

/** A read by id that found nothing: 404, or 400 for an id that is not even a UUID (a mangled URL). */
export function isNotFound(error: unknown): boolean {
  const status = asProblem(error)?.status;
  return status === 404 || status === 400;
}
