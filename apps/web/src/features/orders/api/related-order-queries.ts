import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';

/** Whose orders a list shows: a client's (every car they brought) or one vehicle's. */
export type OrderOwner = { readonly clientId: string } | { readonly vehicleId: string };

/** The owner's repair orders, newest first; `limit` grows with "show more". */
export function useOrdersOf(owner: OrderOwner, limit: number) {
  return $api.useQuery(
    'get',
    '/api/v1/repair-orders',
    { params: { query: { ...owner, sort: '-createdAt', page: 1, limit } } },
    { placeholderData: keepPreviousData },
  );
}

/**
 * The client's cars, to name each order's car on the client page. Same query as the client
 * page's own vehicle list, so the answer is shared, not fetched twice.
 */
export function useClientCars(clientId: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/v1/clients/{id}/vehicles',
    { params: { path: { id: clientId ?? '' }, query: { limit: 100, sort: 'createdAt' } } },
    { enabled: clientId !== undefined },
  );
}

/** The order's invoice and any credit note reversing it, newest first. */
export function useInvoicesOfOrder(orderId: string) {
  return $api.useQuery('get', '/api/v1/invoices', {
    params: { query: { repairOrderId: orderId, sort: '-issuedAt', limit: 10 } },
  });
}

/** After an order was opened or invoiced: the lists that show it ask again. */
export function useRefreshRelated() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(
      ['/api/v1/repair-orders', '/api/v1/repair-orders/board', '/api/v1/invoices'].map((path) =>
        queryClient.invalidateQueries({ queryKey: ['get', path] }),
      ),
    );
  };
}
