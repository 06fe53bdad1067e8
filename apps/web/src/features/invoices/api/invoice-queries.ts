import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { $api, api } from '@/lib/api/api-client';
import { asProblem, unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { INVOICES_PER_PAGE, type InvoiceListSearch } from '../utils/invoice-list-search';

export type InvoiceSettings = components['schemas']['InvoiceSettingsResponse'];

export function useInvoicePage(search: InvoiceListSearch) {
  return $api.useQuery(
    'get',
    '/api/v1/invoices',
    {
      params: {
        query: {
          page: search.page ?? 1,
          limit: INVOICES_PER_PAGE,
          sort: '-issuedAt',
          ...(search.number ? { number: search.number } : {}),
          ...(search.from ? { from: search.from } : {}),
          ...(search.to ? { to: search.to } : {}),
          ...(search.clientId ? { clientId: search.clientId } : {}),
          ...(search.status ? { status: search.status } : {}),
          ...(search.overdue ? { overdue: true } : {}),
        },
      },
    },
    { placeholderData: keepPreviousData },
  );
}

export function useInvoice(id: string) {
  return $api.useQuery('get', '/api/v1/invoices/{id}', { params: { path: { id } } });
}

/**
 * The invoice's PDF as a Blob URL: fetched with the in-memory access token in the header, so the
 * token never travels in a URL; the URL is revoked when the page lets go of it.
 */
export function useInvoicePdf(id: string, version: string) {
  const pdf = useQuery({
    queryKey: ['invoices', id, 'pdf', version],
    queryFn: () => unwrap<Blob>(api.GET('/api/v1/invoices/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' })),
    staleTime: Infinity,
    gcTime: 0,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!pdf.data) return;
    const objectUrl = URL.createObjectURL(new Blob([pdf.data], { type: 'application/pdf' }));
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [pdf.data]);
  return { ...pdf, url };
}

export function useInvoicingSettings(enabled = true) {
  return $api.useQuery('get', '/api/v1/settings/invoicing', {}, { enabled });
}

/** After a payment or a credit note: lists, the invoice and its neighbours ask again. */
export function useRefreshInvoices() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(
      ['/api/v1/invoices', '/api/v1/invoices/{id}'].map((path) =>
        queryClient.invalidateQueries({ queryKey: ['get', path] }),
      ),
    );
  };
}

/** A read by id that found nothing: 404, or 400 for an id that is not even a UUID. */
export function isNotFound(error: unknown): boolean {
  const status = asProblem(error)?.status;
  return status === 404 || status === 400;
}
