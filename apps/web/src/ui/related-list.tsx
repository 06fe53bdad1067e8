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

/** The words a related list says, each looked up by the feature in its own namespace. */
export type RelatedListText = (key: 'loading' | 'failed' | 'more', values?: { count: number }) => string;

/**
 * The records of a client or a vehicle inside a card (orders, invoices): a few rows while they
 * load, a failed read with a retry, the empty state, or the rows with "show more" under them.
 */
export function RelatedList({
  query,
  growing,
  shown,
  total,
  text,
  retryLabel,
  empty,
  children,
}: {
  readonly query: RelatedListQuery;
  readonly growing: GrowingLimit;
  readonly shown: number;
  readonly total: number;
  /** `more` is "Show 3 more", given how many are not shown. */
  readonly text: RelatedListText;
  readonly retryLabel: string;
  /** What the card says (and offers) when there is nothing yet. */
  readonly empty: ReactNode;
  /** The rows, each a RelatedRow. */
  readonly children: ReactNode;
}) {
  if (query.isPending) return <LoadingRows label={text('loading')} rows={3} />;
  if (query.isError) {
    return <LoadFailed title={text('failed')} retryLabel={retryLabel} onRetry={() => void query.refetch()} />;
  }
  if (total === 0) return empty;
  return (
    <>
      <ul className="-mx-2 flex flex-col divide-y divide-line">{children}</ul>
      <ShowMore
        growing={growing}
        shown={shown}
        total={total}
        busy={query.isFetching}
        label={(count) => text('more', { count })}
      />
    </>
  );
}
