import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';

/**
 * One report: its title and CSV button, a one-sentence summary of what the chart shows, the
 * chart (hidden from screen readers behind that summary) and the table with every number.
 */
export function ReportSection({
  title,
  description,
  summary,
  download,
  query,
  empty,
  emptyText,
  chart,
  table,
}: {
  readonly title: string;
  readonly description?: string;
  readonly summary?: string;
  readonly download?: ReactNode;
  readonly query: { readonly isPending: boolean; readonly isError: boolean; readonly refetch: () => unknown };
  readonly empty: boolean;
  readonly emptyText: string;
  readonly chart?: ReactNode;
  readonly table?: ReactNode;
}) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  let body: ReactNode;
  if (query.isPending) body = <LoadingRows label={t('loading', { report: title })} rows={3} />;
  else if (query.isError)
    body = (
      <LoadFailed title={t('failed', { report: title })} retryLabel={t('retry')} onRetry={() => void query.refetch()} />
    );
  else if (empty)
    body = (
      <p className="rounded-lg border border-dashed border-line px-4 py-8 text-center text-ink-muted">{emptyText}</p>
    );
  else
    body = (
      <div className="flex flex-col gap-4">
        {summary ? <p className="text-sm text-ink-muted">{summary}</p> : null}
        {chart ? (
          <div role="img" aria-label={summary ?? title} className="h-64 w-full min-w-0">
            {chart}
          </div>
        ) : null}
        {table}
      </div>
    );
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
        </div>
        {!query.isPending && !query.isError && !empty ? <div className="shrink-0">{download}</div> : null}
      </div>
      {body}
    </section>
  );
}
