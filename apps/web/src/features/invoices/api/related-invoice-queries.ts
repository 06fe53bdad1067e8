import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '@/lib/api/api-client';

/** Whose invoices a list shows: a client's or one vehicle's. */
export type InvoiceOwner = { readonly clientId: string } | { readonly vehicleId: string };

/** The owner's invoices and credit notes, newest first; `limit` grows with "show more". */
export function useInvoicesOf(owner: InvoiceOwner, limit: number) {
  return $api.useQuery(
    'get',
    '/api/v1/invoices',
    { params: { query: { ...owner, sort: '-issuedAt', page: 1, limit } } },
    { placeholderData: keepPreviousData },
  );
}
