import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { CLIENTS_PER_PAGE, DEFAULT_CLIENT_SORT, type ClientListSearch } from '../utils/client-list-search';

export type Client = components['schemas']['ClientResponse'];

/** A client's vehicles read at once: far more than any one person owns. */
const VEHICLES_SHOWN = 100;

export function useClientPage(search: ClientListSearch, enabled: boolean) {
  return $api.useQuery(
    'get',
    '/api/v1/clients',
    {
      params: {
        query: { page: search.page ?? 1, limit: CLIENTS_PER_PAGE, sort: search.sort ?? DEFAULT_CLIENT_SORT },
      },
    },
    { enabled, placeholderData: keepPreviousData },
  );
}

/** The clients API has no text filter: typed text goes to search, limited to clients. */
export function useClientSearch(query: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/v1/search',
    { params: { query: { q: query ?? '', types: ['client'], limit: 50 } } },
    { enabled: Boolean(query), placeholderData: keepPreviousData },
  );
}

export function useClient(id: string) {
  return $api.useQuery('get', '/api/v1/clients/{id}', { params: { path: { id } } });
}

export function useClientVehicles(id: string) {
  return $api.useQuery('get', '/api/v1/clients/{id}/vehicles', {
    params: { path: { id }, query: { limit: VEHICLES_SHOWN, sort: 'createdAt' } },
  });
}

/** After a write: client reads, their vehicles and search hits ask again. */
export function useRefreshClients() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(
      [
        '/api/v1/clients',
        '/api/v1/clients/{id}',
        '/api/v1/clients/{id}/vehicles',
        '/api/v1/vehicles',
        '/api/v1/vehicles/{id}',
        '/api/v1/vehicles/recent',
        '/api/v1/search',
      ]
        .map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] }))
        .concat(queryClient.invalidateQueries({ queryKey: ['vehicles', 'recent'] })),
    );
  };
}

/** A read by id that found nothing: 404, or 400 for an id that is not even a UUID (a mangled URL). */
export function isNotFound(error: unknown): boolean {
  const status = asProblem(error)?.status;
  return status === 404 || status === 400;
}
