import type { ReactNode } from 'react';

/** One term and its value in a record's `<dl>`; `wide` spans the whole row of the list's grid. */
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
    <div className={wide ? 'col-span-full' : undefined}>
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}
