import { cx } from './class-names';

/** Placeholder rows while a list loads; the region announces the loading itself. */
export function Skeleton({ className }: { readonly className?: string }) {
  return <span aria-hidden="true" className={cx('block animate-pulse rounded-md bg-surface-2', className)} />;
}

export function LoadingRows({ label, rows = 5 }: { readonly label: string; readonly rows?: number }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-2">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-10 w-full" />
      ))}
    </div>
  );
}
