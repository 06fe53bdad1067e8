import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';
import type { components } from '@/lib/api/schema.gen';
import { boardQuery, type BoardSearch } from '../utils/board-search';

export type Board = components['schemas']['OrderBoardResponse'];
export type BoardColumn = components['schemas']['BoardColumnResponse'];
export type BoardCard = components['schemas']['BoardCardResponse'];
export type StaffMember = components['schemas']['StaffMemberResponse'];

/** The board asks again this often, and whenever the window regains focus. */
export const BOARD_POLL_MS = 20_000;
/** A wall screen nobody touches refreshes a little faster. */
export const TV_POLL_MS = 15_000;
/** Cards per column: enough to fill a workshop's board; each column's count says if more match. */
export const CARDS_PER_COLUMN = 200;

export function useBoard(search: BoardSearch, pollMs = BOARD_POLL_MS) {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders/board',
    { params: { query: { ...boardQuery(search), perColumn: CARDS_PER_COLUMN } } },
    {
      refetchInterval: pollMs,
      refetchOnWindowFocus: true,
      placeholderData: keepPreviousData,
    },
  );
}

/** The workshop's people, for the mechanic filter. */
export function useStaff() {
  return $api.useQuery('get', '/api/v1/staff', { params: { query: { limit: 100 } } }, { staleTime: 60_000 });
}

/** The same call as the order page's status menu. */
export function useMoveOrder() {
  return $api.useMutation('post', '/api/v1/repair-orders/{id}/transitions');
}

export function useVehicleHits(query: string) {
  return $api.useQuery(
    'get',
    '/api/v1/search',
    { params: { query: { q: query, types: ['vehicle'], limit: 8 } } },
    { enabled: query.trim().length > 0, placeholderData: keepPreviousData },
  );
}

export function useCreateOrder() {
  return $api.useMutation('post', '/api/v1/repair-orders');
}

/** After a move elsewhere: the board and any open order read ask again. */
export function useRefreshBoard() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/board'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders/{id}'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/repair-orders'] }),
    ]);
}
