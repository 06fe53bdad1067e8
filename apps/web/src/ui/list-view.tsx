import type { ReactNode } from 'react';
import { LoadFailed } from './load-failed';
import { LoadingRows } from './skeleton';

/**
 * The states of a list in one place: loading (skeleton rows), failed (with retry), empty (the
 * caller's empty state with its next action) or the rows, marked busy while the next page loads.
 */
export function ListView<Row>({
  rows,
  failed,
  fetching,
  labels,
  onRetry,
  failedDetail,
  empty,
  summary,
  children,
}: {
  /** Undefined until the first answer. */
  readonly rows: readonly Row[] | undefined;
  readonly failed: boolean;
  readonly fetching: boolean;
  readonly labels: { readonly loading: string; readonly failed: string; readonly retry: string };
  readonly onRetry: () => void;
  readonly failedDetail?: ReactNode;
  readonly empty: ReactNode;
  /** "24 vehicles": announced politely when it changes. */
  readonly summary: string;
  readonly children: (rows: readonly Row[]) => ReactNode;
}) {
  if (!rows && failed) {
    return (
      <LoadFailed title={labels.failed} retryLabel={labels.retry} onRetry={onRetry}>
        {failedDetail}
      </LoadFailed>
    );
  }
  if (!rows) return <LoadingRows label={labels.loading} rows={6} />;
  if (rows.length === 0) return <>{empty}</>;
  return (
    <div aria-busy={fetching || undefined}>
      <p className="mb-2 text-sm text-ink-muted" role="status">
        {summary}
      </p>
      {children(rows)}
    </div>
  );
}
