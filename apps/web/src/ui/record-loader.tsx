import type { ReactNode } from 'react';
import { LoadFailed } from './load-failed';
import { LoadingRows } from './skeleton';

/**
 * A read of one record as a query states it. TanStack Query's result fits it structurally, so
 * ui needs no query library: a pending read, a failed one, or the record.
 */
export type RecordQuery<Data> = { readonly refetch: () => unknown } & (
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'success'; readonly data: Data }
);

/**
 * The states of a record's page before its details: skeleton rows while it loads, the route's
 * "not found" page when it is missing (another workshop's record answers the same 404), a
 * failed read with a retry, then the details.
 */
export function RecordLoader<Data>({
  query,
  isNotFound,
  notFound,
  labels,
  rows = 6,
  children,
}: {
  readonly query: RecordQuery<Data>;
  readonly isNotFound: (error: unknown) => boolean;
  readonly notFound: ReactNode;
  readonly labels: { readonly loading: string; readonly failed: string; readonly retry: string };
  /** Skeleton rows while loading: about the height of the page to come. */
  readonly rows?: number;
  readonly children: (data: Data) => ReactNode;
}) {
  switch (query.status) {
    case 'pending':
      return <LoadingRows label={labels.loading} rows={rows} />;
    case 'error':
      if (isNotFound(query.error)) return notFound;
      return <LoadFailed title={labels.failed} retryLabel={labels.retry} onRetry={() => void query.refetch()} />;
    case 'success':
      return children(query.data);
  }
}
