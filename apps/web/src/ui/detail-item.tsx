import type { ReactNode } from 'react';

/** One term and its value in a record's `<dl>`; `wide` spans both columns of a two-column list. */
export function DetailItem({
  term,
  wide,
  children,
}: {
  readonly term: string;
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}
