import { cx } from './class-names';

/** A licence plate as mechanics read it: black on white with the blue EU band. */
export function PlateChip({ plate, className }: { readonly plate: string; readonly className?: string }) {
  return (
    <span
      className={cx(
        'inline-flex items-stretch overflow-hidden rounded border border-plate-ink/70 bg-plate font-mono text-sm font-bold tracking-wide whitespace-nowrap text-plate-ink',
        className,
      )}
    >
      <span aria-hidden="true" className="w-1.5 bg-plate-band" />
      <span className="px-1.5 py-px">{plate}</span>
    </span>
  );
}
