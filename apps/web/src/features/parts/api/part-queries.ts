import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { DEFAULT_PART_SORT, PARTS_PER_PAGE, type PartListSearch } from '../utils/part-list-search';

export type Part = components['schemas']['PartResponse'];
export type StockMovement = components['schemas']['StockMovementResponse'];
export type StockMovementKind = components['schemas']['StockMovementKind'];

/** Ledger entries per page on the part page. */
export const MOVEMENTS_PER_PAGE = 25;

/** One page of the workshop's parts as the URL asks: searched and sorted, or only the low ones. */
export function usePartPage(search: PartListSearch) {
  const page = search.page ?? 1;
  const all = $api.useQuery(
    'get',
    '/api/v1/parts',
    {
      params: {
        query: {
          page,
          limit: PARTS_PER_PAGE,
          sort: search.sort ?? DEFAULT_PART_SORT,
          ...(search.q ? { q: search.q } : {}),
        },
      },
    },
    { enabled: !search.low, placeholderData: keepPreviousData },
  );
  const low = $api.useQuery(
    'get',
    '/api/v1/parts/low-stock',
    { params: { query: { page, limit: PARTS_PER_PAGE } } },
    { enabled: Boolean(search.low), placeholderData: keepPreviousData },
  );
  return search.low ? low : all;
}

export function usePart(id: string) {
  return $api.useQuery('get', '/api/v1/parts/{id}', { params: { path: { id } } });
}

export function useMovements(partId: string, page: number) {
  return $api.useQuery(
    'get',
    '/api/v1/parts/{id}/movements',
    { params: { path: { id: partId }, query: { page, limit: MOVEMENTS_PER_PAGE } } },
    { placeholderData: keepPreviousData },
  );
}

/** After a write: lists, the part and its ledger ask again. */
export function useRefreshParts() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/parts'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/parts/low-stock'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/parts/{id}'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/parts/{id}/movements'] }),
    ]);
  };
}

/** A read by id that found nothing: 404, or 400 for an id that is not even a UUID (a mangled URL). */
export function isNotFound(error: unknown): boolean {
  const status = asProblem(error)?.status;
  return status === 404 || status === 400;
}

/** At or below the reorder point, as the API's low-stock list counts it (active parts only). */
export function isLow(part: Part): boolean {
  return part.active && part.onHand <= part.reorderPoint;
}
