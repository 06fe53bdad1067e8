import type { ReactNode } from 'react';
import { LoadFailed } from './load-failed';
import { ShowMore, type GrowingLimit } from './show-more';
import { LoadingRows } from './skeleton';

/** A short list's read as a query states it (TanStack Query's result fits it structurally). */
export interface RelatedListQuery {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly isFetching: boolean;
  readonly refetch: () => unknown;
}

/**
 * The records of a client or a vehicle inside a card (orders, invoices): a few rows while they
 * load, a failed read with a retry, the empty state, or the rows with "show more" under them.
 */
export function RelatedList({
  query,
  growing,
  shown,
  total,
  labels,
  empty,
  children,
}: {
  readonly query: RelatedListQuery;
  readonly growing: GrowingLimit;
  readonly shown: number;
  readonly total: number;
  readonly labels: {
    readonly loading: string;
    readonly failed: string;
    readonly retry: string;
    /** "Show 3 more", given how many are not shown. */
    readonly more: (count: number) => string;
  };
  /** What the card says (and offers) when there is nothing yet. */
  readonly empty: ReactNode;
  /** The rows, each a RelatedRow. */
  readonly children: ReactNode;
}) {
  if (query.isPending) return <LoadingRows label={labels.loading} rows={3} />;
  if (query.isError) {
    return <LoadFailed title={labels.failed} retryLabel={labels.retry} onRetry={() => void query.refetch()} />;
  }
  if (total === 0) return empty;
  return (
    <>
      <ul className="-mx-2 flex flex-col divide-y divide-line">{children}</ul>
      <ShowMore growing={growing} shown={shown} total={total} busy={query.isFetching} label={labels.more} />
    </>
  );
}
